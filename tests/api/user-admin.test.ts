import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog } from '../../server/src/modules/audit/audit-log.entity.js';
import { Conversation } from '../../server/src/modules/conversations/conversation.entity.js';
import { ConversationStatus } from '../../server/src/modules/conversations/conversation-status.js';
import { Role } from '../../server/src/modules/roles/role.entity.js';
import { Team } from '../../server/src/modules/teams/team.entity.js';
import { User } from '../../server/src/modules/users/user.entity.js';
import { buildAdmin, buildAgent, buildConversation, buildCustomer, FACTORY_PASSWORD } from '../fixtures/factories.js';
import { eventually } from '../fixtures/redis-server.js';
import { type SmtpCapture, startSmtpCapture } from '../fixtures/smtp.js';
import { codesOf, fieldCodesOf, startTestServer, type TestServer } from '../fixtures/test-server.js';
import { watchingSocket } from '../fixtures/ws.js';

const CREATE =
  'mutation($input: CreateUserInput!) { createUser(input: $input) { id email displayName active capacity role { key } teams { name } } }';
const UPDATE =
  'mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id displayName capacity role { key } teams { name } } }';
const SET_ACTIVE = 'mutation($id: ID!, $active: Boolean!) { setUserActive(id: $id, active: $active) { id active } }';
const SEND_RESET = 'mutation($id: ID!) { sendPasswordReset(userId: $id) }';
const RESET = 'mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }';
const LOGIN = 'mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }';
const USERS = '{ users(first: 1) { totalCount } }';
const NEW_PASSWORD = 'harbour-Lilac-58-engine';

interface Created {
  id: string;
  email: string;
  displayName: string;
  active: boolean;
  capacity: number;
  role: { key: string };
  teams: Array<{ name: string }>;
}

describe('administering people', () => {
  let server: TestServer;
  let smtp: SmtpCapture;
  let admin: string;
  let agent: string;
  let customer: string;
  let roleIds: Record<string, string>;
  let ip = 1;
  const fresh = () => ({ 'x-forwarded-for': `10.31.0.${ip++}` });
  const tokenOf = (link: string) => new URL(link).searchParams.get('token') as string;

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    server = await startTestServer({ SMTP_URL: smtp.url, PUBLIC_URL: 'http://support.example.test' });
    [admin, agent, customer] = await Promise.all([
      buildAdmin(server).then((u) => u.login()),
      buildAgent(server).then((u) => u.login()),
      buildCustomer(server).then((u) => u.login()),
    ]);
    const roles = await server.orm.em.fork().find(Role, {});
    roleIds = Object.fromEntries(roles.map((r) => [r.key, r.id]));
  });
  afterAll(async () => {
    await server.close();
    await smtp.close();
  });

  const create = (input: Record<string, unknown>, token: string | null = admin) =>
    server.gql<{ createUser: Created }>(CREATE, { input }, { token: token ?? undefined });
  const login = (email: string, password: string) =>
    server.gql<{ login: { accessToken: string } }>(LOGIN, { e: email, p: password }, { headers: fresh() });
  const auditOf = (action: string, targetId: string) => server.orm.em.fork().findOne(AuditLog, { action, targetId });

  it('adds an agent who gets an invitation in their language and chooses a password from it', async () => {
    const [team] = await server.orm.em.fork().find(Team, {}, { limit: 1 });
    const result = await create({
      email: 'New.Agent@Example.TEST',
      displayName: ' 新同事 ',
      roleId: roleIds.agent,
      teamIds: [team.id],
      locale: 'zh-CN',
      capacity: 8,
    });
    expect(result.errors).toBeUndefined();
    const created = result.data?.createUser as Created;
    expect(created).toMatchObject({
      email: 'new.agent@example.test',
      displayName: '新同事',
      active: true,
      capacity: 8,
      role: { key: 'agent' },
    });
    expect(created.teams).toEqual([{ name: team.name }]);
    expect(await auditOf('user.create', created.id)).toMatchObject({ detail: expect.objectContaining({ role: 'agent', capacity: 8 }) });

    const mail = await smtp.waitFor((m) => m.to.includes('new.agent@example.test'));
    expect(mail.link).toMatch(/^http:\/\/support\.example\.test\/reset-password\?token=/);
    expect(Buffer.from(mail.raw).toString('utf8')).toMatch(/Subject: =\?UTF-8\?/);
    expect((await server.gql(RESET, { t: tokenOf(mail.link as string), p: NEW_PASSWORD })).errors).toBeUndefined();
    const signedIn = await login('new.agent@example.test', NEW_PASSWORD);
    expect(signedIn.errors).toBeUndefined();
    const me = await server.gql<{ me: { role: { key: string } } }>(
      '{ me { role { key } } }',
      {},
      { token: signedIn.data?.login.accessToken },
    );
    expect(me.data?.me.role.key).toBe('agent');
  });

  it('refuses bad input and callers without user:manage, changing nothing', async () => {
    const valid = { email: 'refused@example.test', displayName: 'Refused', roleId: roleIds.agent };
    for (const [token, code] of [
      [agent, 'FORBIDDEN'],
      [customer, 'FORBIDDEN'],
      [null, 'UNAUTHENTICATED'],
    ] as const) {
      expect(codesOf(await create(valid, token))).toEqual([code]);
    }
    expect(fieldCodesOf(await create({ ...valid, email: 'not-an-email' }))).toEqual(['email:isEmail']);
    expect(fieldCodesOf(await create({ ...valid, roleId: '00000000-0000-0000-0000-000000000000' }))).toEqual(['roleId:unknown']);
    expect(fieldCodesOf(await create({ ...valid, teamIds: ['00000000-0000-0000-0000-000000000000'] }))).toEqual(['teamIds:unknown']);
    expect(fieldCodesOf(await create({ ...valid, displayName: '   ' }))).toEqual(['displayName:blank']);
    expect(codesOf(await create({ ...valid, capacity: 101 }))).toEqual(['BAD_USER_INPUT']);
    const taken = await create({ ...valid, email: 'AGENT@demo.local' });
    expect(codesOf(taken)).toEqual(['CONFLICT']);
    expect(fieldCodesOf(taken)).toEqual(['email:taken']);
    const users = await server.gql<{ users: { totalCount: number } }>(
      'query($q: String) { users(filter: { query: $q }, first: 1) { totalCount } }',
      { q: 'refused@' },
      { token: admin },
    );
    expect(users.data?.users.totalCount).toBe(0);
  });

  it("changes someone's role, teams and capacity; the role applies on their next request with the same token", async () => {
    const person = await buildCustomer(server);
    const token = await person.login();
    expect(codesOf(await server.gql(USERS, {}, { token }))).toEqual(['FORBIDDEN']);
    const teams = await server.orm.em.fork().find(Team, {}, { limit: 2, orderBy: { name: 'asc' } });
    const result = await server.gql<{ updateUser: Created }>(
      UPDATE,
      { id: person.id, input: { roleId: roleIds.agent, teamIds: teams.map((t) => t.id), capacity: 3, displayName: 'Promoted' } },
      { token: admin },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateUser).toMatchObject({ displayName: 'Promoted', capacity: 3, role: { key: 'agent' } });
    expect(result.data?.updateUser.teams.map((t) => t.name).sort()).toEqual(teams.map((t) => t.name).sort());
    expect((await server.gql(USERS, {}, { token })).errors).toBeUndefined();
    expect(await auditOf('user.update', person.id)).toMatchObject({
      detail: expect.objectContaining({ role: { from: 'customer', to: 'agent' }, capacity: { from: 5, to: 3 } }),
    });
    expect(codesOf(await server.gql(UPDATE, { id: person.id, input: { capacity: 4 } }, { token: agent }))).toEqual(['FORBIDDEN']);
    expect(
      codesOf(await server.gql(UPDATE, { id: '00000000-0000-0000-0000-000000000000', input: { capacity: 4 } }, { token: admin })),
    ).toEqual(['NOT_FOUND']);
  });

  it('deactivation ends sessions and sockets at once and hands open conversations back; reactivation lets them in again', async () => {
    const leaver = await buildAgent(server);
    const colleague = await buildAgent(server);
    const token = await leaver.login();
    const owner = await buildCustomer(server);
    const owned = await buildConversation(server, { customer: owner, assignee: leaver });
    const waiting = await buildConversation(server, { customer: owner, assignee: colleague });
    // A hand-over from the colleague, waiting for the leaver.
    await server.orm.em
      .fork()
      .nativeUpdate(Conversation, { id: waiting.id }, { status: ConversationStatus.TRANSFERRED, transferTarget: leaver.id });

    const socket = await watchingSocket(server.url, token);
    try {
      const result = await server.gql(SET_ACTIVE, { id: leaver.id, active: false }, { token: admin });
      expect(result.errors).toBeUndefined();
      expect(codesOf(await server.gql('{ me { id } }', {}, { token }))).toEqual(['UNAUTHENTICATED']);
      await eventually(() => socket.closes.includes(4403), 5000, 'the socket to close');
    } finally {
      await socket.dispose();
    }
    expect(codesOf(await login(leaver.email, FACTORY_PASSWORD))).toEqual(['FORBIDDEN']);
    const em = server.orm.em.fork();
    const [afterOwned, afterWaiting] = await Promise.all([
      em.findOneOrFail(Conversation, { id: owned.id }),
      em.findOneOrFail(Conversation, { id: waiting.id }),
    ]);
    expect({ status: afterOwned.status, assignee: afterOwned.assignee?.id ?? null }).toEqual({
      status: ConversationStatus.PENDING,
      assignee: null,
    });
    expect({ status: afterWaiting.status, assignee: afterWaiting.assignee?.id, target: afterWaiting.transferTarget ?? null }).toEqual({
      status: ConversationStatus.IN_PROGRESS,
      assignee: colleague.id,
      target: null,
    });
    expect(await auditOf('user.deactivate', leaver.id)).toMatchObject({
      detail: { handedBack: expect.arrayContaining([owned.number, waiting.number]) },
    });

    expect((await server.gql(SET_ACTIVE, { id: leaver.id, active: true }, { token: admin })).errors).toBeUndefined();
    expect((await login(leaver.email, FACTORY_PASSWORD)).errors).toBeUndefined();
  });

  it('mails a reset link on request of an administrator, for active accounts only', async () => {
    const person = await buildAgent(server);
    expect((await server.gql(SEND_RESET, { id: person.id }, { token: admin })).data).toEqual({ sendPasswordReset: true });
    const mail = await smtp.waitFor((m) => m.to.includes(person.email));
    expect(mail.raw).toMatch(/Reset your password/);
    expect(codesOf(await server.gql(SEND_RESET, { id: person.id }, { token: agent }))).toEqual(['FORBIDDEN']);
    await server.gql(SET_ACTIVE, { id: person.id, active: false }, { token: admin });
    expect(codesOf(await server.gql(SEND_RESET, { id: person.id }, { token: admin }))).toEqual(['CONFLICT']);
  });

  it('never leaves nobody active to manage roles, and nobody deactivates themselves', async () => {
    const solo = await buildAdmin(server);
    const soloToken = await solo.login();
    const others = await server.orm.em.fork().find(User, {
      role: roleIds.admin,
      active: true,
      id: { $ne: solo.id },
    });
    for (const other of others)
      expect((await server.gql(SET_ACTIVE, { id: other.id, active: false }, { token: soloToken })).errors).toBeUndefined();
    try {
      expect(fieldCodesOf(await server.gql(SET_ACTIVE, { id: solo.id, active: false }, { token: soloToken }))).toEqual(['id:self']);
      expect(fieldCodesOf(await server.gql(UPDATE, { id: solo.id, input: { roleId: roleIds.agent } }, { token: soloToken }))).toEqual([
        'roleId:lastRoleManager',
      ]);
      expect(
        (await server.gql<{ me: { role: { key: string } } }>('{ me { role { key } } }', {}, { token: soloToken })).data?.me.role.key,
      ).toBe('admin');
    } finally {
      for (const other of others) await server.gql(SET_ACTIVE, { id: other.id, active: true }, { token: soloToken });
    }
  });
});
