import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { listBudgetError, MAX_LISTED_ITEMS } from './list-budget.js';

const refused = (query: string, variables: Record<string, unknown> = {}, operationName?: string) =>
  listBudgetError(parse(query), operationName, variables) !== null;

describe('the item budget of a request', () => {
  it('multiplies nested pages and adds siblings and aliases', () => {
    expect(refused('{ conversations(first: 50) { edges { node { id } } } }')).toBe(false);
    expect(refused('{ conversations(first: 100) { edges { node { messages(first: 49) { totalCount } } } } }')).toBe(false); // 100 + 4,900
    expect(refused('{ conversations(first: 100) { edges { node { messages(first: 50) { totalCount } } } } }')).toBe(true); // 100 + 5,000
    const aliases = Array.from({ length: 15 }, (_, i) => `a${i}: conversations(first: 100) { totalCount }`).join(' ');
    expect(refused(`{ ${aliases} }`)).toBe(false); // 1,500
    const nested = Array.from(
      { length: 15 },
      (_, i) => `a${i}: conversations(first: 20) { edges { node { messages(first: 20) { totalCount } } } }`,
    );
    expect(refused(`{ ${nested.join(' ')} }`)).toBe(true); // 15 × 420
  });

  it('reads sizes from variables, defaults and `last`, through fragments', () => {
    const query = `query($n: Int) { conversations(first: $n) { edges { node { ...Thread } } } }
      fragment Thread on Conversation { messages(last: 60) { edges { node { id } } } }`;
    expect(refused(query, { n: 80 })).toBe(false); // 80 + 4,800
    expect(refused(query, { n: 90 })).toBe(true); // 90 + 5,400
    // No size: the default page (20): 20 + 1,200.
    expect(refused(query, {})).toBe(false);
    // Out-of-range sizes count as the cap (the connection refuses them itself).
    expect(refused(query, { n: 1_000_000 })).toBe(true);
  });

  it('counts only the operation asked for, and survives fragment cycles (left to validation)', () => {
    const two = `query Small { conversations(first: 5) { totalCount } }
      query Big { conversations(first: 100) { edges { node { messages(first: 100) { totalCount } } } } }`;
    expect(refused(two, {}, 'Small')).toBe(false);
    expect(refused(two, {}, 'Big')).toBe(true);
    const cycle = `{ conversations(first: 10) { ...A } } fragment A on ConversationConnection { ...B } fragment B on ConversationConnection { ...A }`;
    expect(refused(cycle)).toBe(false);
  });

  it('answers BAD_USER_INPUT naming the limit', () => {
    const error = listBudgetError(
      parse('{ conversations(first: 100) { edges { node { messages(first: 100) { totalCount } } } } }'),
      null,
      {},
    );
    expect(error?.extensions).toEqual({ code: 'BAD_USER_INPUT', maxItems: MAX_LISTED_ITEMS });
  });
});
