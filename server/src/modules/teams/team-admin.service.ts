import type { EntityManager } from '@mikro-orm/core';
import { transactionalUnique } from '../../db/unique-violation.js';
import { badInput, conflict, notFound } from '../../graphql/errors.js';
import type { RequestOrigin, Viewer } from '../../graphql/viewer.js';
import type { AuditService } from '../audit/audit.service.js';
import type { ViewerCache } from '../auth/viewer-cache.js';
import { Conversation } from '../conversations/conversation.entity.js';
import { User } from '../users/user.entity.js';
import { Team } from './team.entity.js';

/**
 * Creating, renaming and staffing teams, and removing them. A person's teams are part of who they are to
 * the desk (hand-overs to a team are theirs to accept), so a membership change applies on their next request.
 */
export class TeamAdminService {
  constructor(
    private readonly audit: AuditService,
    private readonly viewers: ViewerCache,
  ) {}

  async create(em: EntityManager, viewer: Viewer, input: { name: string; memberIds?: readonly string[] | null }, origin: RequestOrigin) {
    const name = cleanName(input.name);
    const team = await transactionalUnique(em, /teams[._]name/, nameTaken, async (tx) => {
      if (await tx.count(Team, { name })) throw nameTaken();
      const members = await peopleByIds(tx, input.memberIds ?? []);
      const team = tx.create(Team, { name });
      team.members.set(members);
      await tx.flush();
      await this.audit.recordIn(tx, {
        actorId: viewer.user.id,
        action: 'team.create',
        targetType: 'Team',
        targetId: team.id,
        detail: { name, members: members.map((m) => m.displayName) },
        ...origin,
      });
      return team;
    });
    await this.forgetAll(input.memberIds ?? []);
    return team;
  }

  async update(
    em: EntityManager,
    viewer: Viewer,
    id: string,
    input: { name?: string | null; memberIds?: readonly string[] | null },
    origin: RequestOrigin,
  ): Promise<Team> {
    const name = input.name == null ? null : cleanName(input.name);
    const { team, affected } = await transactionalUnique(em, /teams[._]name/, nameTaken, async (tx) => {
      const team = await tx.findOne(Team, { id }, { populate: ['members'] });
      if (!team) throw notFound('Team');
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      let affected: string[] = [];
      if (name !== null && name !== team.name) {
        if (await tx.count(Team, { name, id: { $ne: team.id } })) throw nameTaken();
        changes.name = { from: team.name, to: name };
        team.name = name;
      }
      if (input.memberIds != null) {
        const members = await peopleByIds(tx, input.memberIds);
        const before = new Set(team.members.getItems().map((m) => m.id));
        const after = new Set(members.map((m) => m.id));
        affected = [...before, ...after].filter((userId) => before.has(userId) !== after.has(userId));
        if (affected.length > 0) {
          changes.members = {
            from: team.members
              .getItems()
              .map((m) => m.displayName)
              .sort(),
            to: members.map((m) => m.displayName).sort(),
          };
          team.members.set(members);
        }
      }
      if (Object.keys(changes).length === 0) return { team, affected };
      await tx.flush();
      await this.audit.recordIn(tx, {
        actorId: viewer.user.id,
        action: 'team.update',
        targetType: 'Team',
        targetId: team.id,
        detail: changes,
        ...origin,
      });
      return { team, affected };
    });
    await this.forgetAll(affected);
    return team;
  }

  /** Its conversations keep their history and lose the team; its members lose the membership. */
  async delete(em: EntityManager, viewer: Viewer, id: string, origin: RequestOrigin): Promise<boolean> {
    const members = await em.transactional(async (tx) => {
      const team = await tx.findOne(Team, { id }, { populate: ['members'] });
      if (!team) throw notFound('Team');
      const members = team.members.getItems().map((m) => m.id);
      await tx.nativeUpdate(Conversation, { team: team.id }, { team: null });
      team.members.removeAll();
      tx.remove(team);
      await tx.flush();
      await this.audit.recordIn(tx, {
        actorId: viewer.user.id,
        action: 'team.delete',
        targetType: 'Team',
        targetId: id,
        detail: { name: team.name, members: members.length },
        ...origin,
      });
      return members;
    });
    await this.forgetAll(members);
    return true;
  }

  private async forgetAll(userIds: readonly string[]): Promise<void> {
    for (const userId of new Set(userIds)) await this.viewers.invalidate(userId);
  }
}

function cleanName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw badInput([{ field: 'name', message: 'The name must not be blank.', code: 'blank' }]);
  return trimmed;
}

function nameTaken() {
  return conflict('A team with this name exists already.', { reason: 'TAKEN', field: 'name' });
}

async function peopleByIds(em: EntityManager, ids: readonly string[]): Promise<User[]> {
  const unique = [...new Set(ids)];
  const people = unique.length === 0 ? [] : await em.find(User, { id: { $in: unique } });
  if (people.length !== unique.length) throw badInput([{ field: 'memberIds', message: 'No such person.', code: 'unknown' }]);
  return people;
}
