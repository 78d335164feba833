import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { startsWithText } from '../../db/text-match.js';
import { type ConnectionShape, type KeysetOrder, type PageRequest, paginate } from '../../graphql/connection.js';
import { badInput } from '../../graphql/errors.js';
import type { AuditLogFilter } from './audit.inputs.js';
import { auditHash, GENESIS } from './audit.service.js';
import type { AuditVerification } from './audit.types.js';
import { AuditLog } from './audit-log.entity.js';

/** Newest first; `seq` is unique, so the keyset is too (index on created_at). */
const NEWEST_FIRST: KeysetOrder[] = [
  { property: 'createdAt', direction: 'desc' },
  { property: 'seq', direction: 'desc' },
];

/** Rows read per batch while verifying: the chain is walked in constant memory, however long it is. */
const VERIFY_BATCH = 1000;

/** Reading the audit log: filtered pages, and the verification of its hash chain. */
export class AuditLogFinder {
  find(em: EntityManager, filter: AuditLogFilter, page: PageRequest): Promise<ConnectionShape<AuditLog>> {
    return paginate(em, AuditLog, whereOf(filter), NEWEST_FIRST, page);
  }

  /**
   * Recomputes every record's hash in chain order and checks that each names its predecessor's: an edited
   * record fails its own hash, a removed one breaks the link (or the numbering) of the record after it.
   */
  async verify(em: EntityManager): Promise<AuditVerification> {
    let previous = { seq: 0, hash: GENESIS };
    let checked = 0;
    for (;;) {
      const rows = await em.fork().find(AuditLog, { seq: { $gt: previous.seq } }, { orderBy: { seq: 'asc' }, limit: VERIFY_BATCH });
      for (const row of rows) {
        checked += 1;
        const intact =
          row.seq === previous.seq + 1 &&
          row.prevHash === previous.hash &&
          row.hash === auditHash({ ...row, actorId: row.actor?.id ?? null });
        if (!intact) return { ok: false, checked, brokenAt: row.seq, brokenId: row.id };
        previous = { seq: row.seq, hash: row.hash };
      }
      if (rows.length < VERIFY_BATCH) return { ok: true, checked, brokenAt: null, brokenId: null };
    }
  }
}

function whereOf(filter: AuditLogFilter): FilterQuery<AuditLog> {
  if (filter.from && filter.to && filter.from >= filter.to) {
    throw badInput([{ field: 'to', message: 'The end of the range must come after its start.', code: 'range' }]);
  }
  const where: Record<string, unknown> = {};
  if (filter.actorId) where.actor = filter.actorId;
  if (filter.action?.endsWith('.')) Object.assign(where, startsWithText<AuditLog>('action', filter.action));
  else if (filter.action) where.action = filter.action;
  if (filter.targetType) where.targetType = filter.targetType;
  if (filter.targetId) where.targetId = filter.targetId;
  if (filter.from || filter.to) {
    where.createdAt = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lt: filter.to } : {}) };
  }
  return where as FilterQuery<AuditLog>;
}
