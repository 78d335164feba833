import type { EntityManager } from '@mikro-orm/core';
import { SERIAL_LOCKS, serializeOn } from '../../db/dialect.js';
import { badInput } from '../../graphql/errors.js';
import type { Permission } from '../../permissions/catalogue.js';
import { User } from '../users/user.entity.js';
import { Role } from './role.entity.js';

/** The permission that manages roles: someone active must always keep it, or nobody could give it back. */
export const MANAGES_ROLES: Permission = 'role:manage';

/**
 * Serializes changes that could leave nobody able to manage roles (role edits, role changes and deactivations
 * of people), so two admins cannot each pass the check below at once. Call first in the transaction.
 */
export function serializeManagerChanges(tx: EntityManager): Promise<void> {
  return serializeOn(tx, SERIAL_LOCKS.roleChange);
}

/**
 * Refuses (BAD_USER_INPUT on `field`) when, without the given role's permission or the given person, nobody
 * active would hold role:manage any more.
 */
export async function assertSomeoneElseManagesRoles(
  tx: EntityManager,
  without: { roleId?: string; userId?: string },
  field: string,
): Promise<void> {
  const roles = await tx.find(Role, without.roleId ? { id: { $ne: without.roleId } } : {});
  const managing = roles.filter((r) => r.permissions.includes(MANAGES_ROLES)).map((r) => r.id);
  const keepers =
    managing.length === 0
      ? 0
      : await tx.count(User, { role: { $in: managing }, active: true, ...(without.userId ? { id: { $ne: without.userId } } : {}) });
  if (keepers === 0) {
    throw badInput([
      { field, message: 'Nobody active would be left to manage roles: give role:manage to someone else first.', code: 'lastRoleManager' },
    ]);
  }
}
