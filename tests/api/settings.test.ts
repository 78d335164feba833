import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog } from '../../server/src/modules/audit/audit-log.entity.js';
import { Role } from '../../server/src/modules/roles/role.entity.js';
import { buildAdmin, buildAgent, buildCustomer } from '../fixtures/factories.js';
import { codesOf, fieldCodesOf, startTestServer, type TestServer } from '../fixtures/test-server.js';

const SETTINGS = `{ settings {
  businessHours { timezone days { weekday opens closes } }
  conversations { autoAssign defaultCapacity }
  sla { firstResponseMinutes resolutionMinutes }
  passwordPolicy { minLength minScore }
  sessions { accessTokenMinutes refreshTokenDays }
  security { requireTwoFactor }
  assistant { enabled replySuggestions autoTags handOffConfidence }
  updatedAt updatedBy { id }
} }`;
const UPDATE = 'mutation($input: SettingsInput!) { updateSettings(input: $input) { sla { firstResponseMinutes } updatedBy { id } } }';
const REGISTER = 'mutation($input: RegisterInput!) { register(input: $input) { accessToken } }';
const LOGIN = 'mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { expiresAt } }';

type Settings = Record<string, Record<string, unknown>> & { updatedAt: string | null; updatedBy: { id: string } | null };

describe('system settings', () => {
  let server: TestServer;
  let admin: string;
  let adminId: string;
  let agent: string;
  let customer: string;
  let ip = 1;
  const fresh = () => ({ 'x-forwarded-for': `10.41.0.${ip++}` });

  beforeAll(async () => {
    server = await startTestServer();
    const builtAdmin = await buildAdmin(server);
    adminId = builtAdmin.id;
    [admin, agent, customer] = await Promise.all([
      builtAdmin.login(),
      buildAgent(server).then((u) => u.login()),
      buildCustomer(server).then((u) => u.login()),
    ]);
  });
  afterAll(() => server.close());

  const read = async () => {
    const result = await server.gql<{ settings: Settings }>(SETTINGS, {}, { token: admin });
    expect(result.errors).toBeUndefined();
    return result.data?.settings as Settings;
  };
  const update = (input: Record<string, unknown>, token = admin) => server.gql(UPDATE, { input }, { token });

  it('answers every setting with its default, to those who manage settings only', async () => {
    expect(await read()).toEqual({
      businessHours: {
        timezone: 'UTC',
        days: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '09:00', closes: '18:00' })),
      },
      conversations: { autoAssign: false, defaultCapacity: 5 },
      sla: { firstResponseMinutes: 60, resolutionMinutes: 1440 },
      passwordPolicy: { minLength: 8, minScore: 3 },
      sessions: { accessTokenMinutes: 15, refreshTokenDays: 30 },
      security: { requireTwoFactor: [] },
      assistant: { enabled: true, replySuggestions: true, autoTags: true, handOffConfidence: 0.5 },
      updatedAt: null,
      updatedBy: null,
    });
    for (const token of [agent, customer]) {
      expect(codesOf(await server.gql(SETTINGS, {}, { token }))).toEqual(['FORBIDDEN']);
      expect(codesOf(await update({ sla: { firstResponseMinutes: 5 } }, token))).toEqual(['FORBIDDEN']);
    }
  });

  it('refuses bad values naming each field, and changes nothing', async () => {
    const refused = await update({
      businessHours: {
        timezone: 'Mars/Olympus',
        days: [
          { weekday: 1, opens: '18:00', closes: '09:00' },
          { weekday: 8, opens: '9am', closes: '17:00' },
        ],
      },
      sla: { firstResponseMinutes: 0 },
      passwordPolicy: { minLength: 6 },
      sessions: { refreshTokenDays: 90 },
      security: { requireTwoFactor: ['agent', 'wizard'] },
      assistant: { handOffConfidence: 1.5 },
    });
    expect(codesOf(refused)).toEqual(['BAD_USER_INPUT']);
    expect(fieldCodesOf(refused)?.sort()).toEqual(
      [
        'sla.firstResponseMinutes:range',
        'passwordPolicy.minLength:range',
        'sessions.refreshTokenDays:range',
        'businessHours.timezone:timezone',
        'businessHours.days.0.closes:range',
        'businessHours.days.1.weekday:range',
        'businessHours.days.1.opens:time',
        'assistant.handOffConfidence:range',
        'security.requireTwoFactor:unknown',
      ].sort(),
    );
    const twice = await update({ businessHours: { days: [1, 1].map((weekday) => ({ weekday, opens: '09:00', closes: '10:00' })) } });
    expect(fieldCodesOf(twice)).toEqual(['businessHours.days:duplicate']);
    expect((await read()).updatedAt).toBeNull();
  });

  it('saves what changed, audits before and after, and says who changed it last', async () => {
    const result = await update({
      businessHours: { timezone: 'Asia/Shanghai', days: [{ weekday: 6, opens: '10:00', closes: '16:00' }] },
      sla: { firstResponseMinutes: 30, resolutionMinutes: 1440 },
    });
    expect(result.errors).toBeUndefined();
    const settings = await read();
    expect(settings.businessHours).toEqual({ timezone: 'Asia/Shanghai', days: [{ weekday: 6, opens: '10:00', closes: '16:00' }] });
    expect(settings.sla).toEqual({ firstResponseMinutes: 30, resolutionMinutes: 1440 });
    expect(settings.updatedBy).toEqual({ id: adminId });
    const [record] = await server.orm.em.fork().find(AuditLog, { action: 'settings.update' });
    // resolutionMinutes kept its value: not a change.
    expect(record.detail).toEqual({
      'businessHours.timezone': { from: 'UTC', to: 'Asia/Shanghai' },
      'businessHours.days': { from: expect.any(Array), to: [{ weekday: 6, opens: '10:00', closes: '16:00' }] },
      'sla.firstResponseMinutes': { from: 60, to: 30 },
    });
  });

  it('applies at once: password policy, session lifetime, default capacity, two-factor requirement', async () => {
    await update({
      passwordPolicy: { minLength: 14 },
      sessions: { accessTokenMinutes: 5 },
      conversations: { defaultCapacity: 9 },
    });
    // Strong but 13 characters: now too short, for registration and the meter alike.
    const short = await server.gql(
      REGISTER,
      { input: { email: 'policy@example.test', password: 'Zq8-vX2#mK9!w', displayName: 'Policy' } },
      { headers: fresh() },
    );
    expect(fieldCodesOf(short)).toEqual(['password:tooShort']);
    expect(short.errors?.[0].message).toMatch(/at least 14 characters/);
    const meter = await server.gql<{ passwordStrength: { acceptable: boolean } }>(
      '{ passwordStrength(password: "Zq8-vX2#mK9!w") { acceptable } }',
      {},
      {
        headers: fresh(),
      },
    );
    expect(meter.data?.passwordStrength.acceptable).toBe(false);

    const agentRole = await server.orm.em.fork().findOneOrFail(Role, { key: 'agent' });
    const created = await server.gql<{ createUser: { capacity: number } }>(
      'mutation($input: CreateUserInput!) { createUser(input: $input) { capacity } }',
      { input: { email: 'capacity@example.test', displayName: 'Capacity', roleId: agentRole.id } },
      { token: admin },
    );
    expect(created.data?.createUser.capacity).toBe(9);

    const person = await buildCustomer(server);
    const login = await server.gql<{ login: { expiresAt: string } }>(LOGIN, { e: person.email, p: person.password }, { headers: fresh() });
    const minutes = (Date.parse(login.data?.login.expiresAt as string) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(4);
    expect(minutes).toBeLessThanOrEqual(5);

    await update({ security: { requireTwoFactor: ['customer'] } });
    const required = await server.gql(LOGIN, { e: person.email, p: person.password }, { headers: fresh() });
    expect(codesOf(required)).toEqual(['UNAUTHENTICATED']);
    expect(required.errors?.[0].extensions?.reason).toMatch(/TWO_FACTOR/);
  });
});
