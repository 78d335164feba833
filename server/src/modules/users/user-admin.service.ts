import type { EntityManager } from '@mikro-orm/core';
import type { BackgroundTasks } from '../../background.js';
import { transactionalUnique } from '../../db/unique-violation.js';
import { badInput, conflict, notFound } from '../../graphql/errors.js';
import type { RequestOrigin, Viewer } from '../../graphql/viewer.js';
import type { SocketRegistry } from '../../realtime/socket-registry.js';
import type { AuditService } from '../audit/audit.service.js';
import type { AuthService } from '../auth/auth.service.js';
import { normalizeEmail } from '../auth/auth.service.js';
import { randomToken } from '../auth/tokens.js';
import type { ViewerCache } from '../auth/viewer-cache.js';
import type { Conversation } from '../conversations/conversation.entity.js';
import type { ConversationService } from '../conversations/conversation.service.js';
import { hashPassword } from '../passwords/password.js';
import type { PasswordService } from '../passwords/password.service.js';
import { Role } from '../roles/role.entity.js';
import { assertSomeoneElseManagesRoles, MANAGES_ROLES, serializeManagerChanges } from '../roles/role-managers.js';
import { readSettings } from '../settings/settings.service.js';
import { Team } from '../teams/team.entity.js';
import { type Locale, User } from './user.entity.js';

export interface NewUser {
  email: string;
  displayName: string;
  roleId: string;
  teamIds?: readonly string[] | null;
  locale?: Locale | null;
  capacity?: number | null;
}

export interface UserChanges {
  displayName?: string | null;
  roleId?: string | null;
  teamIds?: readonly string[] | null;
  capacity?: number | null;
}

type Changes = Record<string, { from: unknown; to: unknown }>;

/**
 * What administrators do to people's accounts (user:manage): add them with an invitation, change their name,
 * role, teams and capacity, deactivate and reactivate them, send them a reset link. Nobody active may be left
 * who can manage roles, every change is audited, and a change of role or status applies at once everywhere.
 */
export class UserAdminService {
  constructor(
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly passwords: PasswordService,
    private readonly conversations: ConversationService,
    private readonly viewers: ViewerCache,
    private readonly sockets: SocketRegistry,
    private readonly background: BackgroundTasks,
  ) {}

  async create(em: EntityManager, viewer: Viewer, input: NewUser, origin: RequestOrigin): Promise<User> {
    const email = normalizeEmail(input.email);
    const displayName = cleanName(input.displayName);
    // Nobody knows this password: the invitation link sets the real one.
    const passwordHash = await hashPassword(randomToken());
    const user = await transactionalUnique(em, /users[._]email/, emailTaken, async (tx) => {
      if (await tx.count(User, { email })) throw emailTaken();
      const role = await roleById(tx, input.roleId);
      const teams = await teamsByIds(tx, input.teamIds ?? []);
      const created = tx.create(User, {
        email,
        displayName,
        passwordHash,
        role,
        locale: input.locale ?? 'en',
        capacity: input.capacity ?? (await readSettings(tx)).conversations.defaultCapacity,
      });
      created.teams.set(teams);
      await tx.flush();
      await this.audit.recordIn(tx, {
        actorId: viewer.user.id,
        action: 'user.create',
        targetType: 'User',
        targetId: created.id,
        detail: { email, displayName, role: role.key, teams: teams.map((t) => t.name), capacity: created.capacity },
        ...origin,
      });
      return created;
    });
    const inviter = viewer.user.displayName;
    const fork = em.fork();
    this.background.run('invitation mail', async () =>
      this.passwords.sendInvitation(fork, await fork.findOneOrFail(User, { id: user.id }), inviter),
    );
    return user;
  }

  async update(em: EntityManager, viewer: Viewer, id: string, input: UserChanges, origin: RequestOrigin): Promise<User> {
    const displayName = input.displayName == null ? null : cleanName(input.displayName);
    const { user, roleChanged, changed } = await em.transactional(async (tx) => {
      if (input.roleId != null) await serializeManagerChanges(tx);
      const user = await userById(tx, id, ['role', 'teams']);
      const changes: Changes = {};
      if (displayName !== null && displayName !== user.displayName) {
        changes.displayName = { from: user.displayName, to: displayName };
        user.displayName = displayName;
      }
      const roleChanged = input.roleId != null && input.roleId !== user.role.id;
      if (roleChanged) {
        const role = await roleById(tx, input.roleId as string);
        const before = user.role.getEntity();
        if (user.active && before.permissions.includes(MANAGES_ROLES) && !role.permissions.includes(MANAGES_ROLES)) {
          await assertSomeoneElseManagesRoles(tx, { userId: user.id }, 'roleId');
        }
        changes.role = { from: before.key, to: role.key };
        user.role = tx.getReference(Role, role.id, { wrapped: true });
      }
      if (input.teamIds != null) {
        const teams = await teamsByIds(tx, input.teamIds);
        const before = user.teams
          .getItems()
          .map((t) => t.name)
          .sort();
        const after = teams.map((t) => t.name).sort();
        if (before.join('\n') !== after.join('\n')) {
          changes.teams = { from: before, to: after };
          user.teams.set(teams);
        }
      }
      if (input.capacity != null && input.capacity !== user.capacity) {
        changes.capacity = { from: user.capacity, to: input.capacity };
        user.capacity = input.capacity;
      }
      const changed = Object.keys(changes).length > 0;
      if (changed) {
        await tx.flush();
        await this.audit.recordIn(tx, {
          actorId: viewer.user.id,
          action: 'user.update',
          targetType: 'User',
          targetId: user.id,
          detail: changes,
          ...origin,
        });
      }
      return { user, roleChanged, changed };
    });
    if (changed) await this.viewers.invalidate(user.id);
    // Running subscriptions were checked against the old role: reconnecting checks them again.
    if (roleChanged) await this.sockets.closeAllOf(user.id, 'Role changed');
    return user;
  }

  /**
   * Deactivation ends the person's sessions and open sockets at once and hands their open conversations back
   * to the queue; reactivation lets them sign in again (with their old password, or a reset link).
   */
  async setActive(em: EntityManager, viewer: Viewer, id: string, active: boolean, origin: RequestOrigin): Promise<User> {
    if (!active && id === viewer.user.id) {
      throw badInput([{ field: 'id', message: 'You cannot deactivate your own account.', code: 'self' }]);
    }
    const { user, handedBack } = await em.transactional(async (tx) => {
      if (!active) await serializeManagerChanges(tx);
      const user = await userById(tx, id, ['role']);
      if (user.active === active) return { user, handedBack: [] as Conversation[] };
      if (!active && user.role.getEntity().permissions.includes(MANAGES_ROLES)) {
        await assertSomeoneElseManagesRoles(tx, { userId: user.id }, 'id');
      }
      user.active = active;
      let handedBack: Conversation[] = [];
      if (!active) {
        user.sessionVersion += 1; // every access token issued before stops working
        await this.auth.endSessions(tx, user.id, { apiTokens: false });
        handedBack = await this.conversations.handBackAllOf(tx, user.id, viewer.user.id, 'Agent deactivated');
      }
      await tx.flush();
      await this.audit.recordIn(tx, {
        actorId: viewer.user.id,
        action: active ? 'user.reactivate' : 'user.deactivate',
        targetType: 'User',
        targetId: user.id,
        detail: active ? null : { handedBack: handedBack.map((c) => c.number) },
        ...origin,
      });
      return { user, handedBack };
    });
    await this.viewers.invalidate(user.id);
    if (!active) await this.sockets.closeAllOf(user.id, 'Account deactivated');
    for (const conversation of handedBack) await this.conversations.publishChanged(em, conversation);
    return user;
  }

  /** Mails someone a reset link (they asked the desk for help); audited, answered before the mail goes. */
  async sendPasswordReset(em: EntityManager, viewer: Viewer, id: string, origin: RequestOrigin): Promise<boolean> {
    const user = await userById(em, id, []);
    if (!user.active) throw conflict('This account is deactivated: reactivate it first.', { reason: 'INACTIVE' });
    this.audit.recordLater(em, {
      actorId: viewer.user.id,
      action: 'user.password_reset_sent',
      targetType: 'User',
      targetId: user.id,
      ...origin,
    });
    const fork = em.fork();
    this.background.run('password reset mail', async () =>
      this.passwords.sendResetLinkTo(fork, await fork.findOneOrFail(User, { id: user.id })),
    );
    return true;
  }
}

function cleanName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw badInput([{ field: 'displayName', message: 'Name must not be blank.', code: 'blank' }]);
  return trimmed;
}

function emailTaken() {
  return conflict('An account with this email already exists.', {
    fields: [{ field: 'email', message: 'Already registered.', code: 'taken' }],
  });
}

async function userById(em: EntityManager, id: string, populate: Array<'role' | 'teams'>): Promise<User> {
  const user = await em.findOne(User, { id }, { populate });
  if (!user) throw notFound('User');
  return user;
}

async function roleById(em: EntityManager, id: string): Promise<Role> {
  const role = await em.findOne(Role, { id });
  if (!role) throw badInput([{ field: 'roleId', message: 'No such role.', code: 'unknown' }]);
  return role;
}

async function teamsByIds(em: EntityManager, ids: readonly string[]): Promise<Team[]> {
  const unique = [...new Set(ids)];
  const teams = unique.length === 0 ? [] : await em.find(Team, { id: { $in: unique } });
  if (teams.length !== unique.length) throw badInput([{ field: 'teamIds', message: 'No such team.', code: 'unknown' }]);
  return teams;
}
