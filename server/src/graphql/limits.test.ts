import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { limitRules, parseOptions } from './limits.js';

// A recursive schema, so depth and cost can grow without bound.
const schema = buildSchema(`
  type Node { id: ID!  name: String  child: Node  children(first: Int): [Node!]! }
  type Query { node: Node  nodes(first: Int): [Node!]! }
`);

function problems(query: string): string[] {
  return validate(schema, parse(query, parseOptions), [...specifiedRules, ...limitRules()]).map((e) => e.message);
}

const nested = (depth: number) => `{ node ${'{ child '.repeat(depth - 1)}{ id }${' }'.repeat(depth - 1)} }`;

describe('query limits', () => {
  it('allow depth 8 and refuse depth 9, through fragments too', () => {
    expect(problems(nested(7))).toEqual([]);
    expect(problems(nested(9)).join()).toMatch(/depth/i);
    const viaFragments = `fragment F on Node { child { child { child { child { child { child { child { child { id } } } } } } } } } { node { ...F } }`;
    expect(problems(viaFragments).join()).toMatch(/depth/i);
  });

  it('refuse more than 15 aliases', () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: node { id }`).join(' ')} }`;
    expect(problems(aliases(15))).toEqual([]);
    expect(problems(aliases(16)).join()).toMatch(/aliases/i);
  });

  it('refuse costly documents', () => {
    // Fragments multiply: each level spreads the one below twice, in few tokens.
    const fragments = Array.from({ length: 6 }, (_, i) =>
      i === 0 ? 'fragment L0 on Node { id name }' : `fragment L${i} on Node { id child { ...L${i - 1} } children { ...L${i - 1} } }`,
    ).join(' ');
    const wide = `${fragments} { ${Array.from({ length: 12 }, (_, i) => `n${i}: nodes { ...L5 }`).join(' ')} }`;
    expect(problems(wide).join()).toMatch(/cost/i);
  });

  it('refuse more than 1000 tokens at parse time', () => {
    expect(() => parse(`{ node { ${'id '.repeat(1000)} } }`, parseOptions)).toThrow(/tokens/i);
  });
});

describe('expensive fields', () => {
  const authSchema = buildSchema(`
    type Strength { score: Int }
    type Query { passwordStrength(password: String!): Strength }
  `);
  const problemsIn = (query: string) => validate(authSchema, parse(query), [...specifiedRules, ...limitRules()]).map((e) => e.message);

  it('may appear once per document, so aliases cannot multiply their cost', () => {
    expect(problemsIn('{ passwordStrength(password: "a") { score } }')).toEqual([]);
    expect(problemsIn('{ a: passwordStrength(password: "a") { score } b: passwordStrength(password: "b") { score } }').join()).toMatch(
      /only once/,
    );
  });
});
