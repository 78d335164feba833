import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { dialectOf } from '../../db/dialect.js';
import { readSettings } from '../settings/settings.service.js';
import { ConversationStatus } from './conversation-status.js';

/** The setting that turns auto-assignment on (`true`). Edited on the settings page. */
export const AUTO_ASSIGN_SETTING = 'conversations.autoAssign';

export async function autoAssignEnabled(em: EntityManager): Promise<boolean> {
  return (await readSettings(em)).conversations.autoAssign;
}

/**
 * The least-loaded agent who can take one more conversation: active, allowed to handle conversations, in the
 * team when one is given, with fewer open conversations than their capacity. Ties go to whoever was seen
 * most recently (likely at their desk). One statement.
 */
export async function leastLoadedAgent(em: EntityManager, teamId: string | null): Promise<string | null> {
  const open = [ConversationStatus.IN_PROGRESS, ConversationStatus.TRANSFERRED];
  const teamClause = teamId ? 'and u.id in (select tm.user_id from team_members tm where tm.team_id = ?)' : '';
  // The permission list is JSON: json_each on SQLite, jsonb containment on PostgreSQL.
  const mayHandle =
    dialectOf(em) === 'postgresql'
      ? `r.permissions @> '["conversation:handle"]'::jsonb`
      : `exists (select 1 from json_each(r.permissions) p where p.value = 'conversation:handle')`;
  const rows = await (em as SqlEntityManager).getConnection().execute<{ id: string }[]>(
    `select u.id, (select count(*) from conversations c where c.assignee_id = u.id and c.status in (?, ?)) as load
       from users u join roles r on r.id = u.role_id
      where u.active = true and ${mayHandle}
        ${teamClause}
        and (select count(*) from conversations c where c.assignee_id = u.id and c.status in (?, ?)) < u.capacity
      order by load asc, u.last_seen_at desc nulls last
      limit 1`,
    [...open, ...(teamId ? [teamId] : []), ...open],
    'all',
    em.getTransactionContext(),
  );
  return rows[0]?.id ?? null;
}
