import { type EntityManager, type FilterQuery, raw } from '@mikro-orm/core';
import { containsText } from '../../db/text-match.js';
import { type ConnectionShape, type KeysetOrder, paginate } from '../../graphql/connection.js';
import { can, type Viewer } from '../../graphql/viewer.js';
import { OPEN_STATUSES } from '../conversations/conversation-status.js';
import { Team } from '../teams/team.entity.js';
import { User } from './user.entity.js';

/** The filters of `users(filter:)`; all optional, combined with AND. */
export interface UserQuery {
  /** A role key: `admin`, `agent`, `customer` or a custom one. */
  role?: string | null;
  teamId?: string | null;
  active?: boolean | null;
  /** Part of the display name or the email, any case. */
  query?: string | null;
}

/** By display name; the id breaks ties so the keyset is unique (index `users_display_name_id_index`). */
export const DIRECTORY_ORDER: KeysetOrder[] = [
  { property: 'displayName', direction: 'asc' },
  { property: 'id', direction: 'asc' },
];

/** The people a viewer may list: everyone for those who may see users, otherwise only themselves. */
export function userScope(viewer: Viewer): FilterQuery<User> {
  return can(viewer, 'user:read') ? {} : { id: viewer.user.id };
}

/**
 * The one way people are listed (the transfer and assign pickers, the admin pages): the viewer's scope, the
 * filters, a keyset page. Also the batched lookups of a page's people (their teams, their open load), one
 * statement per page each, for the field resolvers' loaders.
 */
export class UserFinder {
  find(
    em: EntityManager,
    viewer: Viewer,
    query: UserQuery,
    page: { first?: number | null; after?: string | null },
  ): Promise<ConnectionShape<User>> {
    return paginate(em, User, this.whereOf(viewer, query), DIRECTORY_ORDER, { first: page.first, after: page.after });
  }

  whereOf(viewer: Viewer, query: UserQuery): FilterQuery<User> {
    const parts: FilterQuery<User>[] = [userScope(viewer)];
    if (query.role) parts.push({ role: { key: query.role } });
    if (query.active !== null && query.active !== undefined) parts.push({ active: query.active });
    if (query.teamId) {
      // A subquery on the pivot, not a join: each person once.
      parts.push({
        [raw((alias) => `${alias}.id in (select tm.user_id from team_members tm where tm.team_id = ?)`, [query.teamId])]: [],
      } as FilterQuery<User>);
    }
    const text = query.query?.trim();
    if (text) parts.push({ $or: [containsText<User>('display_name', text), containsText<User>('email', text)] } as FilterQuery<User>);
    return { $and: parts } as FilterQuery<User>;
  }

  /**
   * How many open conversations (waiting, in progress or transferred) each person is assigned now: their load
   * against `capacity`. One grouped statement for all of them.
   */
  async openLoads(em: EntityManager, userIds: readonly string[]): Promise<number[]> {
    const marks = userIds.map(() => '?').join(', ');
    const statuses = OPEN_STATUSES.map(() => '?').join(', ');
    const rows = (await em.getConnection().execute(
      `select assignee_id, count(*) as open_count from conversations
        where assignee_id in (${marks}) and status in (${statuses}) group by assignee_id`,
      [...userIds, ...OPEN_STATUSES],
    )) as { assignee_id: string; open_count: number | string }[];
    const byId = new Map(rows.map((row) => [row.assignee_id, Number(row.open_count)]));
    return userIds.map((id) => byId.get(id) ?? 0);
  }

  /** Each person's teams, by name: the pivot rows, then the teams (two plain statements for any number of people). */
  async teamsOf(em: EntityManager, userIds: readonly string[]): Promise<Team[][]> {
    const marks = userIds.map(() => '?').join(', ');
    const pairs = (await em
      .getConnection()
      .execute(`select user_id, team_id from team_members where user_id in (${marks})`, [...userIds])) as {
      user_id: string;
      team_id: string;
    }[];
    const teamIds = [...new Set(pairs.map((pair) => pair.team_id))];
    const teams = teamIds.length ? await em.find(Team, { id: { $in: teamIds } }, { orderBy: { name: 'asc', id: 'asc' } }) : [];
    return userIds.map((id) => {
      const mine = new Set(pairs.filter((pair) => pair.user_id === id).map((pair) => pair.team_id));
      return teams.filter((team) => mine.has(team.id));
    });
  }
}
