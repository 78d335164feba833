import type { EntityManager, EntityName, FilterQuery, FindOptions } from '@mikro-orm/core';
import type { ClassType } from 'type-graphql';
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { badInput } from './errors.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `How many items, 1..${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
  after?: string | null;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
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

/** The page size asked for, checked at the edge. */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput([{ field: 'first', message: `Ask for 1 to ${MAX_PAGE_SIZE} items.`, code: 'range' }]);
  }
  return first;
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

export function decodeCursor(cursor: string, length: number): CursorValue[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(values) && values.length === length && values.every((v) => ['string', 'number'].includes(typeof v) || v === null)) {
      return values as CursorValue[];
    }
  } catch {
    // falls through to the error below
  }
  throw badInput([{ field: 'after', message: 'This cursor is not valid here.', code: 'invalidCursor' }]);
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

/** The MikroORM `orderBy` of a keyset order. */
export function orderByOf(order: KeysetOrder[]): Record<string, 'asc' | 'desc'>[] {
  return order.map((key) => ({ [key.property]: key.direction }));
}

/**
 * Builds a connection from rows fetched with `limit: size + 1` (the extra row only says whether a next page
 * exists) and the total count.
 */
export function toConnection<T extends object>(rows: T[], size: number, order: KeysetOrder[], totalCount: number): ConnectionShape<T> {
  const nodes = rows.slice(0, size);
  const edges = nodes.map((node) => ({ node, cursor: encodeCursor(order.map((key) => sortKeyOf(node, key.property))) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}

/**
 * One page of any entity list: the keyset-filtered rows (one indexed query) and the total count (one more).
 * `where` must already hold the viewer's scope; `order` must end with a unique property (the id).
 */
export async function paginate<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  order: KeysetOrder[],
  args: { first?: number | null; after?: string | null },
  options: Pick<FindOptions<T>, 'populate'> = {},
): Promise<ConnectionShape<T>> {
  const size = pageSize(args.first);
  const meta = em.getMetadata().find(entity as never);
  const dates = new Set(order.filter((key) => meta?.properties[key.property as never]?.type === 'datetime').map((key) => key.property));
  const after = args.after ? keysetWhere(order, decodeCursor(args.after, order.length), dates) : null;
  const [rows, totalCount] = await Promise.all([
    em.find(
      entity,
      (after ? { $and: [where, after] } : where) as never,
      {
        ...options,
        orderBy: orderByOf(order) as never,
        limit: size + 1,
      } as FindOptions<T>,
    ),
    em.count(entity, where as never),
  ]);
  return toConnection(rows as T[], size, order, totalCount);
}
