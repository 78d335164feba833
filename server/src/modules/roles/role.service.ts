import type { EntityManager } from '@mikro-orm/core';
import { transactionalUnique } from '../../db/unique-violation.js';
import { badInput, conflict, notFound } from '../../graphql/errors.js';
import type { RequestOrigin, Viewer } from '../../graphql/viewer.js';
import { isPermission, PERMISSION_KEYS, PERMISSIONS, type Permission } from '../../permissions/catalogue.js';
import type { SocketRegistry } from '../../realtime/socket-registry.js';
import type { AuditService } from '../audit/audit.service.js';
import type { ViewerCache } from '../auth/viewer-cache.js';
import { User } from '../users/user.entity.js';
import { Role } from './role.entity.js';
import type { PermissionInfo } from './role.types.js';
import { assertSomeoneElseManagesRoles, MANAGES_ROLES, serializeManagerChanges } from './role-managers.js';

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export interface RoleChanges {
  name?: string | null;
  description?: string | null;
  permissions?: readonly string[] | null;
}

/** Roles and the permission catalogue. A change applies to the role's holders on their very next request. */
export class RoleService {
  constructor(
    private readonly audit: AuditService,
    private readonly viewers: ViewerCache,
    private readonly sockets: SocketRegistry,
  ) {}

  /** Built-in roles first (admin, agent, customer as created), then custom ones by name. */
  async list(em: EntityManager): Promise<Role[]> {
    const roles = await em.find(Role, {}, { orderBy: { createdAt: 'asc', id: 'asc' } });
    const builtIn = roles.filter((r) => r.builtIn);
    const custom = roles.filter((r) => !r.builtIn).sort((a, b) => byName.compare(a.name, b.name));
    return [...builtIn, ...custom];
  }

  catalogue(): PermissionInfo[] {
    return PERMISSION_KEYS.map((key) => ({ key, area: key.split(':')[0], en: PERMISSIONS[key].en, zhCN: PERMISSIONS[key].zh }));
  }

  async create(em: EntityManager, viewer: Viewer, input: NewRole, origin: RequestOrigin): Promise<Role> {
    const permissions = validPermissions(input.permissions);
    const name = input.name.trim();
    if (name === '') throw badInput([{ field: 'name', message: 'The name must not be blank.', code: 'blank' }]);
    const description = input.description?.trim() || null;
    return transactionalUnique(em, /roles[._]key/, keyTaken, async (tx) => {
      if (await tx.count(Role, { key: input.key })) throw keyTaken();
      const role = tx.create(Role, { key: input.key, name, description, permissions, builtIn: false });
      await tx.flush();
      await this.audit.recordIn(tx, {
        actorId: viewer.user.id,
        action: 'role.create',
        targetType: 'Role',
        targetId: role.id,
        detail: { key: role.key, name, permissions },
        ...origin,
      });
      return role;
    });
  }

  /**
   * Removes a custom role. Its holders move to `moveToRoleId` (required when it has any), and they get that
   * role's permissions on their next request.
   */
  async delete(em: EntityManager, viewer: Viewer, id: string, moveToRoleId: string | null | undefined, origin: RequestOrigin) {
    const moved = await em.transactional(async (tx) => {
      await serializeManagerChanges(tx);
      const role = await tx.findOne(Role, { id });
      if (!role) throw notFound('Role');
      if (role.builtIn) throw conflict('Built-in roles can be edited but not deleted.', { reason: 'BUILT_IN' });
      const holders = await tx.count(User, { role: role.id });
      let target: Role | null = null;
      if (holders > 0) {
        if (!moveToRoleId || moveToRoleId === role.id) {
          throw badInput([
            { field: 'moveToRoleId', message: `${holders} people hold this role: choose the role they move to.`, code: 'required' },
          ]);
        }
        target = await tx.findOne(Role, { id: moveToRoleId });
        if (!target) throw badInput([{ field: 'moveToRoleId', message: 'No such role.', code: 'unknown' }]);
        if (role.permissions.includes(MANAGES_ROLES) && !target.permissions.includes(MANAGES_ROLES)) {
          await assertSomeoneElseManagesRoles(tx, { roleId: role.id }, 'moveToRoleId');
        }
        await tx.nativeUpdate(User, { role: role.id }, { role: target.id });
      }
      tx.remove(role);
      await tx.flush();
      await this.audit.recordIn(tx, {
        actorId: viewer.user.id,
        action: 'role.delete',
        targetType: 'Role',
        targetId: role.id,
        detail: { key: role.key, movedTo: target?.key ?? null, holders },
        ...origin,
      });
      return holders > 0;
    });
    if (moved) {
      await this.viewers.invalidate('*');
      await this.sockets.closeAllWithRole(id);
    }
    return true;
  }

  async update(em: EntityManager, viewer: Viewer, id: string, input: RoleChanges, origin: RequestOrigin): Promise<Role> {
    const permissions = input.permissions == null ? null : validPermissions(input.permissions);
    const name = input.name == null ? null : input.name.trim();
    if (name === '') throw badInput([{ field: 'name', message: 'The name must not be blank.', code: 'blank' }]);
    const { role, permissionsChanged } = await em.transactional(async (tx) => {
      // One role change at a time, so two admins cannot each take role:manage from a different role at once.
      await serializeManagerChanges(tx);
      const role = await tx.findOne(Role, { id });
      if (!role) throw notFound('Role');
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      if (name !== null && name !== role.name) changes.name = { from: role.name, to: name };
      const description = input.description == null ? null : input.description.trim() || null;
      if (input.description != null && description !== (role.description ?? null)) {
        changes.description = { from: role.description ?? null, to: description };
      }
      const permissionsChanged = permissions !== null && !sameList(permissions, role.permissions);
      if (permissionsChanged) {
        if (role.permissions.includes(MANAGES_ROLES) && !permissions.includes(MANAGES_ROLES)) {
          await assertSomeoneElseManagesRoles(tx, { roleId: role.id }, 'permissions');
        }
        changes.permissions = { from: role.permissions, to: permissions };
      }
      if (Object.keys(changes).length === 0) return { role, permissionsChanged: false };
      if (name !== null) role.name = name;
      if (input.description != null) role.description = description;
      if (permissionsChanged) role.permissions = permissions;
      await tx.flush();
      await this.audit.recordIn(tx, {
        actorId: viewer.user.id,
        action: 'role.update',
        targetType: 'Role',
        targetId: role.id,
        detail: changes,
        ...origin,
      });
      return { role, permissionsChanged };
    });
    if (permissionsChanged) {
      // After the commit: every instance forgets who may do what, and running subscriptions start over.
      await this.viewers.invalidate('*');
      await this.sockets.closeAllWithRole(role.id);
    }
    return role;
  }
}

export interface NewRole {
  key: string;
  name: string;
  description?: string | null;
  permissions: readonly string[];
}

/** Known keys only (the unknown ones named in the error), without repeats, in the catalogue's order. */
function validPermissions(keys: readonly string[]): Permission[] {
  const unknown = keys.filter((key) => !isPermission(key));
  if (unknown.length > 0) {
    throw badInput([{ field: 'permissions', message: `Unknown permission: ${unknown.slice(0, 5).join(', ')}.`, code: 'unknown' }]);
  }
  const wanted = new Set(keys);
  return PERMISSION_KEYS.filter((key) => wanted.has(key));
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}

function keyTaken() {
  return conflict('A role with this key exists already.', { fields: [{ field: 'key', message: 'Already taken.', code: 'taken' }] });
}
