import type { EntityManager, EntityName, FilterQuery, FindOptions } from '@mikro-orm/core';
import type { ClassType } from 'type-graphql';
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { badInput } from './errors.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './page-size.js';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `How many items, 1..${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
  after?: string | null;
}

/**
 * Paging both ways, for lists read from their end (a thread opens at its latest messages): `first`/`after`
 * reads forward, `last`/`before` backward. One direction per request.
 */
@ArgsType()
export class BidirectionalPageArgs extends PageArgs {
  @Field(() => Int, { nullable: true, description: `How many items from the end (or before \`before\`), 1..${MAX_PAGE_SIZE}.` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'The `startCursor` of the page read before (reading backward).' })
  before?: string | null;
}

/** What a page request may say; `last`/`before` only where the arguments offer them. */
export interface PageRequest {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;

  @Field({ description: 'Reading backward: more items before this page. Reading forward: the page started after a cursor.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'The cursor of the first item of the page: `before` for the page preceding it.' })
  startCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * The GraphQL types of a cursor connection for one node type: `<Name>Connection { edges { cursor node }
 * pageInfo totalCount }`. Extend the returned class to add fields (the inbox adds its tab counts).
 */
export function Connection<T extends object>(nodeType: ClassType<T>, name = nodeType.name) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType()
  abstract class ConnectionType implements ConnectionShape<T> {
    @Field(() => [EdgeType])
    edges!: Edge<T>[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Items matching the filter, on every page.' })
    totalCount!: number;
  }
  return ConnectionType;
}

/** The page size asked for (`first`, or `last` when reading backward), checked at the edge. */
export function pageSize(first: number | null | undefined, field: 'first' | 'last' = 'first'): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput([{ field, message: `Ask for 1 to ${MAX_PAGE_SIZE} items.`, code: 'range' }]);
  }
  return first;
}

const given = (value: unknown) => value !== null && value !== undefined;

/** Whether a request reads backward (`last`/`before`); refuses one that mixes both directions. */
export function readsBackward(args: PageRequest): boolean {
  const backward = given(args.last) || given(args.before);
  if (backward && (given(args.first) || given(args.after))) {
    const field = given(args.first) ? 'first' : 'after';
    throw badInput([{ field, message: 'Page forward (first, after) or backward (last, before), not both.', code: 'direction' }]);
  }
  return backward;
}

/** One sort key of a keyset: the property, the column it is stored in, and the direction. */
export interface KeysetOrder {
  property: string;
  direction: 'asc' | 'desc';
}

type CursorValue = string | number | null;

/** Cursors are opaque to clients: the sort key values of the last row, as base64url JSON. */
export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, length: number, field: 'after' | 'before' = 'after'): CursorValue[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(values) && values.length === length && values.every((v) => ['string', 'number'].includes(typeof v) || v === null)) {
      return values as CursorValue[];
    }
  } catch {
    // falls through to the error below
  }
  throw badInput([{ field, message: 'This cursor is not valid here.', code: 'invalidCursor' }]);
}

function sortKeyOf(entity: object, property: string): CursorValue {
  const value = (entity as Record<string, unknown>)[property];
  if (value instanceof Date) return value.getTime();
  return (value ?? null) as CursorValue;
}

function fromCursor(value: CursorValue, sample: unknown): unknown {
  return typeof value === 'number' && sample === 'date' ? new Date(value) : value;
}

/**
 * The filter that starts a page right after the cursor, for an order whose last key is unique (the id):
 * `(a, b, id) < (x, y, z)` in the order's directions, written as nested OR/AND that indexes serve.
 */
export function keysetWhere(order: KeysetOrder[], cursor: CursorValue[], dateProperties: ReadonlySet<string>): Record<string, unknown> {
  const clauses: Record<string, unknown>[] = [];
  order.forEach((key, index) => {
    const clause: Record<string, unknown> = {};
    for (let i = 0; i < index; i++) {
      const earlier = order[i];
      clause[earlier.property] = fromCursor(cursor[i], dateProperties.has(earlier.property) ? 'date' : undefined);
    }
    const value = fromCursor(cursor[index], dateProperties.has(key.property) ? 'date' : undefined);
    clause[key.property] = { [key.direction === 'desc' ? '$lt' : '$gt']: value };
    clauses.push(clause);
  });
  return { $or: clauses };
}

/** The same keys, each the other way round: a backward read walks the order from its end. */
export function reversed(order: KeysetOrder[]): KeysetOrder[] {
  return order.map((key) => ({ ...key, direction: key.direction === 'asc' ? 'desc' : 'asc' }));
}

/** The MikroORM `orderBy` of a keyset order. */
export function orderByOf(order: KeysetOrder[]): Record<string, 'asc' | 'desc'>[] {
  return order.map((key) => ({ [key.property]: key.direction }));
}

/** Where a page sits in the list, beyond its rows: whether items exist on either side of it. */
export interface PageSides {
  /** Reading backward: the rows were fetched in reverse order (they are put back in list order here). */
  backward?: boolean;
  /** The request started from a cursor (`after` forward, `before` backward): items exist on that side. */
  fromCursor?: boolean;
}

/**
 * Builds a connection from rows fetched with `limit: size + 1` (the extra row only says whether another page
 * exists in the reading direction) and the total count. Backward reads pass their rows as fetched (nearest
 * the cursor first); the edges always come in list order.
 */
export function toConnection<T extends object>(
  rows: T[],
  size: number,
  order: KeysetOrder[],
  totalCount: number,
  sides: PageSides = {},
): ConnectionShape<T> {
  const more = rows.length > size;
  const nodes = sides.backward ? rows.slice(0, size).reverse() : rows.slice(0, size);
  const edges = nodes.map((node) => ({ node, cursor: encodeCursor(order.map((key) => sortKeyOf(node, key.property))) }));
  const fromCursor = sides.fromCursor ?? false;
  return {
    edges,
    pageInfo: {
      hasNextPage: sides.backward ? fromCursor : more,
      hasPreviousPage: sides.backward ? more : fromCursor,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}

/**
 * One page of any entity list: the keyset-filtered rows (one indexed query) and the total count (one more).
 * `where` must already hold the viewer's scope; `order` must end with a unique property (the id).
 * Forward (`first`, `after`) by default; backward (`last`, `before`) reads the same order from its end, so
 * `last: 20` is the newest 20 of an oldest-first thread, still oldest first on the page.
 */
export async function paginate<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  order: KeysetOrder[],
  args: PageRequest,
  options: Pick<FindOptions<T>, 'populate'> = {},
): Promise<ConnectionShape<T>> {
  const backward = readsBackward(args);
  const size = backward ? pageSize(args.last, 'last') : pageSize(args.first);
  const cursor = backward ? args.before : args.after;
  const walk = backward ? reversed(order) : order;
  const meta = em.getMetadata().find(entity as never);
  const dates = new Set(order.filter((key) => meta?.properties[key.property as never]?.type === 'datetime').map((key) => key.property));
  const from = cursor ? keysetWhere(walk, decodeCursor(cursor, order.length, backward ? 'before' : 'after'), dates) : null;
  const [rows, totalCount] = await Promise.all([
    em.find(
      entity,
      (from ? { $and: [where, from] } : where) as never,
      {
        ...options,
        orderBy: orderByOf(walk) as never,
        limit: size + 1,
      } as FindOptions<T>,
    ),
    em.count(entity, where as never),
  ]);
  return toConnection(rows as T[], size, order, totalCount, { backward, fromCursor: !!cursor });
}
