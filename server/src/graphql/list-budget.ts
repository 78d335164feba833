import {
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { ErrorCode } from './errors.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './page-size.js';

/**
 * The most items one document may ask for, counting nested pages multiplied out: `conversations(first: 100)`
 * with `messages(first: 100)` inside asks for 10,100. Depth, alias and cost limits cannot see this (they
 * never read `first`, and validation runs before variables are known), so it is checked per request.
 */
export const MAX_LISTED_ITEMS = 5000;

const PAGE_ARGUMENTS = new Set(['first', 'last']);

/** A refusal when the operation asks for more than MAX_LISTED_ITEMS items, else null. */
export function listBudgetError(
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Readonly<Record<string, unknown>> | null | undefined,
): GraphQLError | null {
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  if (!operation) return null;
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const items = count(operation.selectionSet, 1, { fragments, variables: variables ?? {}, visiting: new Set() });
  if (items <= MAX_LISTED_ITEMS) return null;
  return new GraphQLError(
    `This query asks for up to ${items} items, counting nested pages; at most ${MAX_LISTED_ITEMS} are allowed: ask for smaller pages.`,
    { extensions: { code: ErrorCode.BAD_USER_INPUT, maxItems: MAX_LISTED_ITEMS } },
  );
}

interface Walk {
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Readonly<Record<string, unknown>>;
  /** Fragments on the current path: a cycle is a validation error already, never an endless walk here. */
  visiting: Set<string>;
}

/** Items asked for below a selection, each page counted `multiplier` times (once per parent item). */
function count(selectionSet: SelectionSetNode | undefined, multiplier: number, walk: Walk): number {
  let total = 0;
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      total += count(selection.selectionSet, multiplier, walk);
    } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const name = selection.name.value;
      const fragment = walk.fragments.get(name);
      if (!fragment || walk.visiting.has(name)) continue;
      walk.visiting.add(name);
      total += count(fragment.selectionSet, multiplier, walk);
      walk.visiting.delete(name);
    } else {
      const size = pageSize(selection.arguments ?? [], walk.variables);
      if (size === null) {
        total += count(selection.selectionSet, multiplier, walk);
      } else {
        total += multiplier * size + count(selection.selectionSet, multiplier * size, walk);
      }
    }
    // Past the budget already: no need to walk the rest.
    if (total > MAX_LISTED_ITEMS) return total;
  }
  return total;
}

/** A paged field's page size (`first` or `last`, default when absent); null for a field that is not paged. */
function pageSize(
  args: readonly { name: { value: string }; value: ValueNode }[],
  variables: Readonly<Record<string, unknown>>,
): number | null {
  const paging = args.filter((arg) => PAGE_ARGUMENTS.has(arg.name.value));
  if (paging.length === 0) return null;
  const sizes = paging.map((arg) => sizeValue(arg.value, variables));
  const given = sizes.filter((size): size is number => size !== null);
  // Out-of-range sizes are refused by the connection itself with a clearer message; count them as the cap.
  return given.length > 0 ? Math.max(...given.map((size) => Math.min(Math.max(size, 0), MAX_PAGE_SIZE))) : DEFAULT_PAGE_SIZE;
}

function sizeValue(node: ValueNode, variables: Readonly<Record<string, unknown>>): number | null {
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) {
    const value = variables[node.name.value];
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
  }
  return null;
}
