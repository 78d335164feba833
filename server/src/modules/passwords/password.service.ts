import type { EntityManager } from '@mikro-orm/core';
import type { BackgroundTasks } from '../../background.js';
import type { Config } from '../../config.js';
import { badInput, forbidden } from '../../graphql/errors.js';
import type { RequestOrigin, Viewer } from '../../graphql/viewer.js';
import type { Mailer } from '../../mail/mailer.js';
import type { SocketRegistry } from '../../realtime/socket-registry.js';
import type { AuditService } from '../audit/audit.service.js';
import type { AuthService } from '../auth/auth.service.js';
import type { AuthPayload } from '../auth/auth.types.js';
import { addressKey } from '../auth/client-address.js';
import { assertUnderLimit, type Limiter, type RateLimits, throttle } from '../auth/rate-limiter.js';
import { hashToken, randomToken } from '../auth/tokens.js';
import type { ViewerCache } from '../auth/viewer-cache.js';
import { readSettings } from '../settings/settings.service.js';
import { User } from '../users/user.entity.js';
import {
  assertStrongPassword,
  hashPassword,
  PASSWORD_MAX_LENGTH,
  type PasswordContext,
  type PasswordStrength,
  scorePassword,
  verifyPassword,
} from './password.js';
import { invitationMail, passwordResetMail } from './password.mails.js';
import { PasswordResetToken } from './password-reset-token.entity.js';

export const PASSWORD_RESET_TTL_MS = 30 * 60_000;
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60_000;

const MINUTE = 60_000;

/** Passwords of accounts: the strength meter, forgotten-password reset by mail, and change in a signed-in session. */
export class PasswordService {
  private readonly passwordChangeFailures: Limiter;
  /**
   * Reset requests: 5 per 15 minutes per address, 3 per 15 minutes per account and address (a stranger
   * uses up only their own share of someone's resets), and 20 an hour per account against mail floods, which
   * a browser with the account's device cookie is exempt from.
   */
  private readonly resetByIp: Limiter;
  private readonly resetByRequester: Limiter;
  private readonly resetByAccount: Limiter;
  private readonly strengthChecks: Limiter;

  constructor(
    private readonly config: Config,
    private readonly mailer: Mailer,
    private readonly audit: AuditService,
    private readonly background: BackgroundTasks,
    private readonly sockets: SocketRegistry,
    private readonly viewers: ViewerCache,
    private readonly auth: AuthService,
    limits: RateLimits,
  ) {
    this.passwordChangeFailures = limits.limiter('password-change', 10, 15 * MINUTE);
    this.resetByIp = limits.limiter('reset-ip', 5, 15 * MINUTE);
    this.resetByRequester = limits.limiter('reset-requester', 3, 15 * MINUTE);
    this.resetByAccount = limits.limiter('reset-account', 20, 60 * MINUTE);
    this.strengthChecks = limits.limiter('strength-ip', 120, MINUTE);
  }

  /**
   * Scores a password for the live meter; throttled because scoring costs CPU. On the reset page the
   * reset token names the account, so the meter knows the email and name the server will check against.
   */
  async strength(
    em: EntityManager,
    password: string,
    context: { email?: string | null; displayName?: string | null; locale?: string | null; resetToken?: string | null },
    origin: RequestOrigin,
  ): Promise<PasswordStrength> {
    if ((context.email?.length ?? 0) > 254) throw badInput([{ field: 'email', message: 'Email is too long.', code: 'maxLength' }]);
    if ((context.displayName?.length ?? 0) > 80)
      throw badInput([{ field: 'displayName', message: 'Name is too long.', code: 'maxLength' }]);
    await throttle([this.strengthChecks, addressKey(origin.ip)]);
    if (context.resetToken && context.resetToken.length <= 200) {
      const reset = await em.findOne(
        PasswordResetToken,
        { tokenHash: hashToken(context.resetToken), usedAt: null },
        { populate: ['user'] },
      );
      const user = reset && reset.expiresAt > new Date() ? reset.user.getEntity() : null;
      if (user) return scorePassword(password, { ...(await policyFor(em, user)), locale: context.locale });
    }
    return scorePassword(password, { ...context, policy: (await readSettings(em)).passwordPolicy });
  }

  /**
   * Always answers true at once, whether or not the account exists: the lookup, the token and the mail happen
   * in the background, so neither the answer nor its timing reveals accounts.
   */
  async requestPasswordReset(em: EntityManager, email: string, origin: RequestOrigin, device: string | null = null): Promise<boolean> {
    if (email.length > 254) throw badInput([{ field: 'email', message: 'Email is too long.', code: 'maxLength' }]);
    const ipKey = addressKey(origin.ip);
    const requesterKey = `${email}\n${ipKey}`;
    await throttle(
      [this.resetByIp, ipKey],
      [this.resetByRequester, requesterKey],
      ...(device ? [] : ([[this.resetByAccount, email]] as const)),
    );
    const fork = em.fork();
    this.background.run('password reset mail', () => this.sendResetMail(fork, email, origin));
    return true;
  }

  private async sendResetMail(em: EntityManager, email: string, origin: RequestOrigin): Promise<void> {
    const user = await em.findOne(User, { email, active: true });
    if (!user) return;
    const link = await this.issuePasswordLink(em, user, PASSWORD_RESET_TTL_MS);
    this.audit.recordLater(em, {
      actorId: user.id,
      action: 'auth.password_reset_requested',
      targetType: 'User',
      targetId: user.id,
      ...origin,
    });
    await this.mailer.send({ to: user.email, link, ...passwordResetMail(user, link) });
  }

  /**
   * A single-use link to the set-password page, valid for `ttlMs`: for a forgotten password, an invitation
   * or a reset an administrator sends. A new link supersedes the person's older ones.
   */
  async issuePasswordLink(em: EntityManager, user: User, ttlMs: number): Promise<string> {
    const token = randomToken();
    await em.transactional(async (tx) => {
      await tx.nativeUpdate(PasswordResetToken, { user, usedAt: null }, { usedAt: new Date() });
      tx.create(PasswordResetToken, { user, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + ttlMs) });
    });
    return `${this.config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
  }

  /** An administrator sends someone the reset mail (no throttling by address: they hold user:manage). */
  async sendResetLinkTo(em: EntityManager, user: User): Promise<void> {
    const link = await this.issuePasswordLink(em, user, PASSWORD_RESET_TTL_MS);
    await this.mailer.send({ to: user.email, link, ...passwordResetMail(user, link) });
  }

  /** The invitation of a person an administrator created: a week to choose their password. */
  async sendInvitation(em: EntityManager, user: User, inviter: string): Promise<void> {
    const link = await this.issuePasswordLink(em, user, INVITATION_TTL_MS);
    await this.mailer.send({ to: user.email, link, ...invitationMail(user, link, inviter) });
  }

  async resetPassword(em: EntityManager, token: string, newPassword: string, origin: RequestOrigin): Promise<boolean> {
    const invalid = () => badInput([{ field: 'token', message: 'This reset link is invalid or has expired.', code: 'invalidToken' }]);
    if (!token || token.length > 200) throw invalid();
    const reset = await em.findOne(PasswordResetToken, { tokenHash: hashToken(token) }, { populate: ['user'] });
    if (!reset || reset.usedAt || reset.expiresAt < new Date() || !reset.user.getEntity().active) throw invalid();
    const user = reset.user.getEntity();
    await assertStrongPassword(newPassword, await policyFor(em, user), 'newPassword');
    const passwordHash = await hashPassword(newPassword);
    await em.transactional(async (tx) => {
      // Conditional, so two concurrent uses of one link cannot both succeed.
      const claimed = await tx.nativeUpdate(PasswordResetToken, { id: reset.id, usedAt: null }, { usedAt: new Date() });
      if (claimed !== 1) throw invalid();
      await tx.nativeUpdate(User, { id: user.id }, { passwordHash, sessionVersion: user.sessionVersion + 1 });
      await this.auth.endSessions(tx, user.id, { apiTokens: true });
    });
    await this.auth.accountFailures.reset(user.email);
    await this.viewers.invalidate(user.id);
    await this.sockets.closeAllOf(user.id);
    this.audit.recordLater(em, { actorId: user.id, action: 'auth.password_reset', targetType: 'User', targetId: user.id, ...origin });
    return true;
  }

  /**
   * Changes the password, ends every other session and returns a fresh one. Only for people, not API tokens.
   * `revokeApiTokens` also revokes every API token of the account (for someone who fears a takeover).
   */
  async changePassword(
    em: EntityManager,
    viewer: Viewer,
    input: { currentPassword: string; newPassword: string; revokeApiTokens?: boolean | null },
    origin: RequestOrigin,
  ): Promise<AuthPayload> {
    const { currentPassword, newPassword } = input;
    if (viewer.via !== 'session') throw forbidden('Passwords can only be changed in a signed-in session.');
    const wrong = () => badInput([{ field: 'currentPassword', message: 'The current password is incorrect.', code: 'incorrect' }]);
    // Counted per signed-in user, apart from login failures, so strangers' wrong logins cannot block it.
    const key = viewer.user.id;
    await assertUnderLimit(this.passwordChangeFailures, key);
    if (currentPassword.length > PASSWORD_MAX_LENGTH) throw wrong();
    await throttle([this.passwordChangeFailures, key]);
    const user = await em.findOneOrFail(User, { id: viewer.user.id }, { populate: ['passwordHash', 'role'] });
    if (!(await verifyPassword(user.passwordHash, currentPassword))) throw wrong();
    await this.passwordChangeFailures.undo(key);
    if (currentPassword === newPassword)
      throw badInput([{ field: 'newPassword', message: 'Choose a password different from the current one.', code: 'unchanged' }]);
    await assertStrongPassword(newPassword, await policyFor(em, user), 'newPassword');
    const passwordHash = await hashPassword(newPassword);
    const revokeApiTokens = input.revokeApiTokens === true;
    const payload = await em.transactional(async (tx) => {
      await this.auth.endSessions(tx, user.id, { apiTokens: revokeApiTokens });
      user.passwordHash = passwordHash;
      user.sessionVersion += 1; // every access token issued before this one stops working
      return this.auth.startSession(tx, user);
    });
    await this.viewers.invalidate(user.id);
    await this.sockets.closeAllOf(user.id);
    this.audit.recordLater(em, {
      actorId: user.id,
      action: 'auth.password_change',
      targetType: 'User',
      targetId: user.id,
      detail: { revokedApiTokens: revokeApiTokens },
      ...origin,
    });
    return payload;
  }
}

/** What a person's new password is checked against: who they are, and the desk's password policy. */
async function policyFor(em: EntityManager, user: User): Promise<PasswordContext> {
  return { email: user.email, displayName: user.displayName, locale: user.locale, policy: (await readSettings(em)).passwordPolicy };
}
