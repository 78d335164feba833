import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog } from '../../server/src/modules/audit/audit-log.entity.js';
import { Conversation } from '../../server/src/modules/conversations/conversation.entity.js';
import { buildAdmin, buildAgent, buildConversation, buildCustomer } from '../fixtures/factories.js';
import { codesOf, fieldCodesOf, startTestServer, type TestServer } from '../fixtures/test-server.js';

const CREATE = 'mutation($input: CreateTeamInput!) { createTeam(input: $input) { id name memberCount members { id } } }';
const UPDATE = 'mutation($id: ID!, $input: UpdateTeamInput!) { updateTeam(id: $id, input: $input) { id name members { id } } }';
const DELETE = 'mutation($id: ID!) { deleteTeam(id: $id) }';
const TRANSFER = 'mutation($input: TransferConversationInput!) { transferConversation(input: $input) { status } }';
const ACCEPT = 'mutation($id: ID!) { acceptTransfer(id: $id) { status assignee { id } } }';

interface TeamRow {
  id: string;
  name: string;
  memberCount?: number;
  members: Array<{ id: string }>;
}

describe('administering teams', () => {
  let server: TestServer;
  let admin: string;
  let agent: string;
  let customer: string;

  beforeAll(async () => {
    server = await startTestServer();
    [admin, agent, customer] = await Promise.all([
      buildAdmin(server).then((u) => u.login()),
      buildAgent(server).then((u) => u.login()),
      buildCustomer(server).then((u) => u.login()),
    ]);
  });
  afterAll(() => server.close());

  const create = async (input: Record<string, unknown>) => {
    const result = await server.gql<{ createTeam: TeamRow }>(CREATE, { input }, { token: admin });
    expect(result.errors).toBeUndefined();
    return result.data?.createTeam as TeamRow;
  };

  it('creates, renames and staffs teams; names are unique and members must exist', async () => {
    const [a, b] = await Promise.all([buildAgent(server), buildAgent(server)]);
    const team = await create({ name: '  Returns  ', memberIds: [a.id] });
    expect(team).toMatchObject({ name: 'Returns', memberCount: 1, members: [{ id: a.id }] });

    const taken = await server.gql(CREATE, { input: { name: 'Returns' } }, { token: admin });
    expect(codesOf(taken)).toEqual(['CONFLICT']);
    expect(
      fieldCodesOf(
        await server.gql(CREATE, { input: { name: 'Ghosts', memberIds: ['00000000-0000-0000-0000-000000000000'] } }, { token: admin }),
      ),
    ).toEqual(['memberIds:unknown']);
    expect(fieldCodesOf(await server.gql(CREATE, { input: { name: '  ' } }, { token: admin }))).toEqual(['name:blank']);

    const updated = await server.gql<{ updateTeam: TeamRow }>(
      UPDATE,
      { id: team.id, input: { name: 'Returns & refunds', memberIds: [b.id] } },
      { token: admin },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateTeam).toMatchObject({ name: 'Returns & refunds', members: [{ id: b.id }] });
    const record = await server.orm.em.fork().findOneOrFail(AuditLog, { action: 'team.update', targetId: team.id });
    expect(record.detail).toMatchObject({ name: { from: 'Returns', to: 'Returns & refunds' } });
  });

  it('are changed only by those who manage people', async () => {
    const team = await create({ name: 'Guarded' });
    for (const token of [agent, customer]) {
      expect(codesOf(await server.gql(CREATE, { input: { name: 'Nope' } }, { token }))).toEqual(['FORBIDDEN']);
      expect(codesOf(await server.gql(UPDATE, { id: team.id, input: { name: 'Nope' } }, { token }))).toEqual(['FORBIDDEN']);
      expect(codesOf(await server.gql(DELETE, { id: team.id }, { token }))).toEqual(['FORBIDDEN']);
    }
    expect(
      codesOf(await server.gql(UPDATE, { id: '00000000-0000-0000-0000-000000000000', input: { name: 'X' } }, { token: admin })),
    ).toEqual(['NOT_FOUND']);
  });

  it("a new member may accept the team's hand-overs on their next request, with the same token", async () => {
    const [owner, joiner] = await Promise.all([buildAgent(server), buildAgent(server)]);
    const [ownerToken, joinerToken] = await Promise.all([owner.login(), joiner.login()]);
    const team = await create({ name: 'Escalations', memberIds: [owner.id] });
    const conversation = await buildConversation(server, { assignee: owner });
    const transferred = await server.gql(
      TRANSFER,
      { input: { id: conversation.id, toTeamId: team.id, reason: 'Needs a specialist' } },
      { token: ownerToken },
    );
    expect(transferred.errors).toBeUndefined();
    // The joiner is cached as a member of no team: refused.
    expect(codesOf(await server.gql(ACCEPT, { id: conversation.id }, { token: joinerToken }))).not.toEqual([]);

    await server.gql(UPDATE, { id: team.id, input: { memberIds: [owner.id, joiner.id] } }, { token: admin });
    const accepted = await server.gql<{ acceptTransfer: { status: string; assignee: { id: string } } }>(
      ACCEPT,
      { id: conversation.id },
      { token: joinerToken },
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptTransfer).toEqual({ status: 'IN_PROGRESS', assignee: { id: joiner.id } });
  });

  it('deletes a team: its conversations keep their history and lose the team', async () => {
    const member = await buildAgent(server);
    const team = await create({ name: 'Short-lived', memberIds: [member.id] });
    const conversation = await buildConversation(server);
    await server.orm.em.fork().nativeUpdate(Conversation, { id: conversation.id }, { team: team.id });
    expect((await server.gql(DELETE, { id: team.id }, { token: admin })).data).toEqual({ deleteTeam: true });
    const after = await server.orm.em.fork().findOneOrFail(Conversation, { id: conversation.id });
    expect(after.team ?? null).toBeNull();
    const teams = await server.gql<{ teams: Array<{ id: string }> }>('{ teams { id } }', {}, { token: admin });
    expect(teams.data?.teams.map((t) => t.id)).not.toContain(team.id);
    expect(codesOf(await server.gql(DELETE, { id: team.id }, { token: admin }))).toEqual(['NOT_FOUND']);
  });
});
