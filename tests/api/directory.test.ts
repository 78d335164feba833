import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConversationStatus } from '../../server/src/modules/conversations/conversation-status.js';
import { Team } from '../../server/src/modules/teams/team.entity.js';
import { User } from '../../server/src/modules/users/user.entity.js';
import { type BuiltUser, buildAdmin, buildAgent, buildConversation, buildCustomer } from '../fixtures/factories.js';
import { codesOf, gqlData, startTestServer, type TestServer } from '../fixtures/test-server.js';

interface UserNode {
  id: string;
  displayName: string;
  email: string;
  active: boolean;
  capacity: number;
  openConversations: number;
  role: { key: string };
  teams: { id: string; name: string }[];
}

type UsersPage = {
  users: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null; startCursor: string | null };
    edges: { cursor: string; node: UserNode }[];
  };
};

const USERS = `query($filter: UserFilter, $first: Int, $after: String) {
  users(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor startCursor }
    edges { cursor node { id displayName email active capacity openConversations role { key } teams { id name } } }
  }
}`;

const TEAMS = '{ teams { id name memberCount members { id displayName } } }';

describe('users and teams (the desk directory)', () => {
  let server: TestServer;
  let admin: BuiltUser;
  let busy: BuiltUser;
  let idle: BuiltUser;
  let away: BuiltUser;
  let customer: BuiltUser;
  let teamId: string;
  const tokens = new Map<BuiltUser, string>();
  const as = (user: BuiltUser) => tokens.get(user) as string;
  const users = (token: string | undefined, variables: Record<string, unknown> = {}) => server.gql<UsersPage>(USERS, variables, { token });
  const names = (page: UsersPage | null | undefined) => page?.users.edges.map((edge) => edge.node.displayName) ?? [];

  beforeAll(async () => {
    server = await startTestServer();
    [admin, busy, idle, away, customer] = await Promise.all([
      buildAdmin(server, { displayName: 'Quinn Admin' }),
      buildAgent(server, { displayName: 'Quilla Busy', capacity: 4 }),
      buildAgent(server, { displayName: 'quentin idle' }),
      buildAgent(server, { displayName: 'Quade Away' }),
      buildCustomer(server, { displayName: 'Quincy Customer' }),
    ]);
    for (const user of [admin, busy, idle, customer]) tokens.set(user, await user.login());

    const em = server.orm.em.fork();
    const team = em.create(Team, { name: 'Escalations' });
    for (const member of [busy, admin]) (await em.findOneOrFail(User, { id: member.id })).teams.add(team);
    (await em.findOneOrFail(User, { id: away.id })).active = false;
    await em.flush();
    teamId = team.id;

    // Busy: two in progress, one transferred away (still theirs until accepted), one completed (not counted).
    await buildConversation(server, { assignee: busy });
    await buildConversation(server, { assignee: busy });
    await buildConversation(server, { assignee: busy, status: ConversationStatus.TRANSFERRED });
    await buildConversation(server, { assignee: busy, status: ConversationStatus.COMPLETED });
    await buildConversation(server, { assignee: idle, status: ConversationStatus.COMPLETED });
    await buildConversation(server);
  });
  afterAll(() => server.close());

  describe('who may read them', () => {
    it.each([
      ['admin', 'ok'],
      ['agent', 'ok'],
      ['customer', 'FORBIDDEN'],
      ['anonymous', 'UNAUTHENTICATED'],
    ])('%s → users and teams: %s', async (who, expected) => {
      const caller = { admin, agent: idle, customer } as Record<string, BuiltUser | undefined>;
      const token = caller[who] ? as(caller[who] as BuiltUser) : undefined;
      expect(codesOf(await users(token, { first: 1 })).join() || 'ok').toBe(expected);
      expect(codesOf(await server.gql(TEAMS, {}, { token })).join() || 'ok').toBe(expected);
    });

    it('follows an API token’s scopes: unscoped or `user:read` may, a token scoped to something else may not', async () => {
      const mint = async (scopes: string[]) =>
        (
          await gqlData<{ createApiToken: { token: string } }>(
            server,
            as(idle),
            'mutation($s: [String!]) { createApiToken(input: { name: "directory", scopes: $s }) { token } }',
            { s: scopes },
          )
        ).createApiToken.token;
      for (const [scopes, expected] of [
        [[], 'ok'],
        [['user:read'], 'ok'],
        [['conversation:read:any'], 'FORBIDDEN'],
      ] as const) {
        const token = await mint([...scopes]);
        expect(codesOf(await users(token, { first: 1 })).join() || 'ok', scopes.join()).toBe(expected);
        expect(codesOf(await server.gql(TEAMS, {}, { token })).join() || 'ok', scopes.join()).toBe(expected);
      }
    });

    it('keeps an agent’s workload, teams and team members from customers, who still see the agent’s name', async () => {
      // Completed: it shows the agent without changing their load.
      const { id } = await buildConversation(server, { customer, assignee: busy, status: ConversationStatus.COMPLETED });
      const read = (fields: string) =>
        server.gql<{ conversation: { assignee: { displayName: string } } }>(
          `query($id: ID!) { conversation(id: $id) { assignee { ${fields} } team { id } } }`,
          { id },
          { token: as(customer) },
        );
      const name = await read('displayName');
      expect(name.errors).toBeUndefined();
      expect(name.data?.conversation.assignee.displayName).toBe('Quilla Busy');
      for (const field of ['openConversations', 'teams { id }', 'email']) expect(codesOf(await read(field)), field).toEqual(['FORBIDDEN']);
      // Their own teams and load are theirs to read.
      const me = await server.gql<{ me: unknown }>('{ me { teams { id } openConversations } }', {}, { token: as(customer) });
      expect(me.data?.me).toEqual({ teams: [], openConversations: 0 });
    });
  });

  describe('users(filter, first, after)', () => {
    it('finds people by part of their name or email, in any case', async () => {
      const byName = await users(as(idle), { filter: { query: 'QUI' } });
      expect(names(byName.data)).toEqual(expect.arrayContaining(['Quilla Busy', 'Quincy Customer', 'Quinn Admin']));
      expect(names(byName.data)).not.toContain('quentin idle');
      expect(names((await users(as(idle), { filter: { query: 'uENTIN' } })).data)).toEqual(['quentin idle']);
      const byEmail = await users(as(idle), { filter: { query: busy.email.slice(0, 12).toUpperCase() } });
      expect(byEmail.data?.users.edges.map((edge) => edge.node.email)).toEqual([busy.email]);
      // LIKE's wildcards are matched literally.
      expect((await users(as(idle), { filter: { query: '%' } })).data?.users.totalCount).toBe(0);
      expect(codesOf(await users(as(idle), { filter: { query: 'x'.repeat(101) } }))).toEqual(['BAD_USER_INPUT']);
    });

    it('filters by role, team and active, combined', async () => {
      const agents = await users(as(admin), { filter: { role: 'agent', query: 'qu' } });
      expect(names(agents.data)).toEqual(['Quade Away', 'Quilla Busy', 'quentin idle']);
      expect(agents.data?.users.edges.every((edge) => edge.node.role.key === 'agent')).toBe(true);

      const active = await users(as(admin), { filter: { role: 'agent', active: true, query: 'qu' } });
      expect(names(active.data)).toEqual(['Quilla Busy', 'quentin idle']);
      const inactive = await users(as(admin), { filter: { active: false, query: 'qu' } });
      expect(names(inactive.data)).toEqual(['Quade Away']);

      const team = await users(as(admin), { filter: { teamId } });
      expect(names(team.data)).toEqual(['Quilla Busy', 'Quinn Admin']);
      expect(team.data?.users.edges[0].node.teams).toEqual([{ id: teamId, name: 'Escalations' }]);
      const agentsOfTeam = await users(as(admin), { filter: { teamId, role: 'agent' } });
      expect(names(agentsOfTeam.data)).toEqual(['Quilla Busy']);
      expect((await users(as(admin), { filter: { role: 'nobody' } })).data?.users.totalCount).toBe(0);
    });

    it('shows each agent’s open load against their capacity', async () => {
      const page = await users(as(idle), { filter: { role: 'agent', query: 'qu' } });
      const load = Object.fromEntries(
        page.data?.users.edges.map(({ node }) => [node.displayName, `${node.openConversations}/${node.capacity}`]) ?? [],
      );
      expect(load).toEqual({ 'Quade Away': '0/5', 'Quilla Busy': '3/4', 'quentin idle': '0/5' });
    });

    it('pages by display name with cursors, each person once', async () => {
      const all = names((await users(as(admin), { filter: { query: 'qu' }, first: 100 })).data);
      expect(all).toEqual([...all].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const page: UsersPage['users'] | undefined = (await users(as(admin), { filter: { query: 'qu' }, first: 2, after })).data?.users;
        if (!page) throw new Error('no page');
        pages += 1;
        expect(page.totalCount).toBe(all.length);
        expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
        expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
        seen.push(...page.edges.map((edge) => edge.node.displayName));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual(all);
      expect(pages).toBe(Math.ceil(all.length / 2));
      expect(codesOf(await users(as(admin), { first: 101 }))).toEqual(['BAD_USER_INPUT']);
      expect(codesOf(await users(as(admin), { first: 0 }))).toEqual(['BAD_USER_INPUT']);
      expect(codesOf(await users(as(admin), { after: 'garbage' }))).toEqual(['BAD_USER_INPUT']);
    });

    it('runs the same number of SQL statements for a page of 2 and of 40 (teams, load and role batched)', async () => {
      for (let i = 0; i < 40; i++) {
        const agent = await buildAgent(server, { displayName: `Batch agent ${String(i).padStart(2, '0')}` });
        if (i % 3 === 0) await buildConversation(server, { assignee: agent });
      }
      // Counted as the ORM logs them (each executed statement once), whether or not the driver reuses prepared ones.
      const statements = async (first: number) => {
        const connection = server.orm.em.getConnection() as unknown as { logQuery: (...args: unknown[]) => void };
        const original = connection.logQuery;
        let count = 0;
        connection.logQuery = function (this: unknown, ...args: unknown[]) {
          count += 1;
          return original.apply(this, args);
        };
        try {
          const result = await users(as(admin), { filter: { query: 'batch agent' }, first });
          expect(result.errors).toBeUndefined();
          expect(result.data?.users.edges).toHaveLength(first);
        } finally {
          connection.logQuery = original;
        }
        return count;
      };
      await statements(2); // warm caches
      const small = await statements(2);
      const large = await statements(40);
      expect(large).toBe(small);
      expect(small).toBeGreaterThanOrEqual(4); // the page, the count, roles, team pivot, loads
      expect(small).toBeLessThanOrEqual(10);
    });
  });

  describe('teams', () => {
    it('lists every team by name with its members and their count', async () => {
      const { teams } = await gqlData<{ teams: { id: string; name: string; memberCount: number; members: { displayName: string }[] }[] }>(
        server,
        as(idle),
        TEAMS,
      );
      expect(teams.map((team) => team.name)).toEqual([...teams.map((team) => team.name)].sort());
      const escalations = teams.find((team) => team.id === teamId);
      expect(escalations).toMatchObject({ name: 'Escalations', memberCount: 2 });
      expect(escalations?.members.map((member) => member.displayName)).toEqual(['Quilla Busy', 'Quinn Admin']);
      // The demo desk's team is there too.
      expect(teams.find((team) => team.name === 'Support')?.memberCount).toBe(2);
    });
  });
});
