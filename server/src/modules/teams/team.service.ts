import type { EntityManager } from '@mikro-orm/core';
import { User } from '../users/user.entity.js';
import { Team } from './team.entity.js';

/** Teams as the desk reads them: the list for routing and transfers, and their members in batches. */
export class TeamService {
  /** Every team, by name. */
  list(em: EntityManager): Promise<Team[]> {
    return em.find(Team, {}, { orderBy: { name: 'asc', id: 'asc' } });
  }

  /** How many people each team has: one grouped statement for all of them. */
  async memberCounts(em: EntityManager, teamIds: readonly string[]): Promise<number[]> {
    const marks = teamIds.map(() => '?').join(', ');
    const rows = (await em
      .getConnection()
      .execute(`select team_id, count(*) as member_count from team_members where team_id in (${marks}) group by team_id`, [
        ...teamIds,
      ])) as { team_id: string; member_count: number | string }[];
    const byId = new Map(rows.map((row) => [row.team_id, Number(row.member_count)]));
    return teamIds.map((id) => byId.get(id) ?? 0);
  }

  /** Each team's members, by display name: the pivot rows, then the people (two statements for any number of teams). */
  async membersOf(em: EntityManager, teamIds: readonly string[]): Promise<User[][]> {
    const marks = teamIds.map(() => '?').join(', ');
    const pairs = (await em
      .getConnection()
      .execute(`select team_id, user_id from team_members where team_id in (${marks})`, [...teamIds])) as {
      team_id: string;
      user_id: string;
    }[];
    const userIds = [...new Set(pairs.map((pair) => pair.user_id))];
    const users = userIds.length ? await em.find(User, { id: { $in: userIds } }, { orderBy: { displayName: 'asc', id: 'asc' } }) : [];
    return teamIds.map((id) => {
      const members = new Set(pairs.filter((pair) => pair.team_id === id).map((pair) => pair.user_id));
      return users.filter((user) => members.has(user.id));
    });
  }
}
