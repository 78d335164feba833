import type { EntityManager } from '@mikro-orm/core';
import type { BackgroundTasks } from '../../background.js';
import type { Config } from '../../config.js';
import type { Viewer } from '../../graphql/context.js';
import { badInput, conflict, forbidden, rateLimited, unauthenticated } from '../../graphql/errors.js';
import type { Logger } from '../../logger.js';
import type { Mailer } from '../../mail/mailer.js';
import type { SocketRegistry } from '../../realtime/socket-registry.js';
import type { AuditService } from '../audit/audit.service.js';
import { Role } from '../roles/role.entity.js';
import { type Locale, User } from '../users/user.entity.js';
import { ApiToken } from './api-token.entity.js';
import { passwordResetMail } from './auth.mails.js';
import type { AuthPayload } from './auth.types.js';
import { addressKey } from './client-address.js';
import { DeviceCookies } from './device-cookie.js';
import { dummyPasswordHash, hashPassword, PASSWORD_MAX_LENGTH, type PasswordStrength, scorePassword, verifyPassword } from './password.js';
import { PasswordResetToken } from './password-reset-token.entity.js';
import { SlidingWindowLimiter } from './rate-limiter.js';
import { RefreshToken } from './refresh-token.entity.js';
import { hashToken, PASSWORD_RESET_TTL_MS, REFRESH_TOKEN_TTL_MS, randomToken, signAccessToken } from './tokens.js';
import type { ViewerCache } from './viewer-cache.js';

/** Where a request came from, for throttling and the audit log. */
export interface RequestOrigin {
  ip: string | null;
  userAgent: string | null;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

const MINUTE = 60_000;

/**
 * A token rotated this recently and presented again is most likely a second tab that raced the first (no
 * Web Locks on plain-http installs), not a thief: it gets no new session (`reason: ROTATED`, retry with the
 * cookie) but does not revoke the family. Later reuse revokes the family.
 */
export const ROTATION_GRACE_MS = 10_000;

/** Accounts, sessions and passwords: registration, login, refresh rotation, logout, reset and change. */
export class AuthService {
  /**
   * Login: 5 failures per 5 minutes per address; 10 per 15 minutes per account from browsers the account has
   * not signed in from, and 10 per 15 minutes per browser that carries the account's device cookie.
   */
  readonly ipFailures = new SlidingWindowLimiter(5, 5 * MINUTE);
  readonly accountFailures = new SlidingWindowLimiter(10, 15 * MINUTE);
  private readonly deviceFailures = new SlidingWindowLimiter(10, 15 * MINUTE);
  private readonly passwordChangeFailures = new SlidingWindowLimiter(10, 15 * MINUTE);
  private readonly registrations = new SlidingWindowLimiter(10, 60 * MINUTE);
  /**
   * Reset requests: 5 per 15 minutes per address, 3 per 15 minutes per account and address (a stranger
   * uses up only their own share of someone's resets), and 20 an hour per account against mail floods, which
   * a browser with the account's device cookie is exempt from.
   */
  private readonly resetByIp = new SlidingWindowLimiter(5, 15 * MINUTE);
  private readonly resetByRequester = new SlidingWindowLimiter(3, 15 * MINUTE);
  private readonly resetByAccount = new SlidingWindowLimiter(20, 60 * MINUTE);
  private readonly strengthChecks = new SlidingWindowLimiter(120, MINUTE);
  readonly devices: DeviceCookies;

  constructor(
    private readonly config: Config,
    private readonly mailer: Mailer,
    private readonly audit: AuditService,
    private readonly background: BackgroundTasks,
    private readonly sockets: SocketRegistry,
    private readonly viewers: ViewerCache,
    private readonly logger: Logger,
  ) {
    this.devices = new DeviceCookies(config.jwtSecret, config.publicUrl.startsWith('https:'));
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
    this.throttle(this.strengthChecks, addressKey(origin.ip));
    if (context.resetToken && context.resetToken.length <= 200) {
      const reset = await em.findOne(
        PasswordResetToken,
        { tokenHash: hashToken(context.resetToken), usedAt: null },
        { populate: ['user'] },
      );
      const user = reset && reset.expiresAt > new Date() ? reset.user.getEntity() : null;
      if (user) return scorePassword(password, { email: user.email, displayName: user.displayName, locale: context.locale });
    }
    return scorePassword(password, context);
  }

  async register(
    em: EntityManager,
    input: { email: string; password: string; displayName: string; locale?: Locale },
    origin: RequestOrigin,
  ): Promise<AuthPayload> {
    this.throttle(this.registrations, addressKey(origin.ip));
    const email = normalizeEmail(input.email);
    const displayName = input.displayName.trim();
    if (!displayName) throw badInput([{ field: 'displayName', message: 'Name must not be blank.', code: 'blank' }]);
    await this.assertStrongPassword(input.password, { email, displayName, locale: input.locale }, 'password');
    const duplicate = () =>
      conflict('An account with this email already exists.', {
        fields: [{ field: 'email', message: 'Already registered.', code: 'taken' }],
      });
    if (await em.count(User, { email })) throw duplicate();
    const passwordHash = await hashPassword(input.password);
    try {
      const payload = await em.transactional(async (tx) => {
        const role = await tx.findOneOrFail(Role, { key: 'customer' });
        const user = tx.create(User, { email, displayName, passwordHash, role, locale: input.locale ?? 'en' });
        await tx.flush();
        return this.startSession(tx, user);
      });
      this.audit.recordLater(em, {
        actorId: payload.user.id,
        action: 'auth.register',
        targetType: 'User',
        targetId: payload.user.id,
        ...origin,
      });
      return payload;
    } catch (error) {
      if ((error as { name?: string }).name === 'UniqueConstraintViolationException') throw duplicate();
      throw error;
    }
  }

  /**
   * Counts the attempt before the (slow) password check, so parallel guesses cannot all slip under the limit;
   * a success takes its count back and clears the account's (or the device's) failures. `device` is the id
   * of a valid device cookie for this account: such a browser is counted on its own, so strangers' failures
   * cannot lock the owner out.
   */
  async login(
    em: EntityManager,
    input: { email: string; password: string },
    origin: RequestOrigin,
    device: string | null = null,
  ): Promise<AuthPayload> {
    const email = normalizeEmail(input.email);
    const ipKey = addressKey(origin.ip);
    const [accountLimiter, accountKey] = device ? [this.deviceFailures, `${email}\n${device}`] : [this.accountFailures, email];
    const retryAfter = Math.max(this.ipFailures.retryAfter(ipKey), accountLimiter.retryAfter(accountKey));
    if (retryAfter > 0) throw rateLimited(retryAfter);
    this.ipFailures.hit(ipKey);
    accountLimiter.hit(accountKey);

    const user = await em.findOne(User, { email }, { populate: ['passwordHash', 'role'] });
    const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
    if (!user || !valid) {
      this.audit.recordLater(em, {
        actorId: user?.id,
        action: 'auth.login_failed',
        targetType: 'User',
        targetId: user?.id,
        detail: { email },
        ...origin,
      });
      throw unauthenticated('Email or password is incorrect.');
    }
    this.ipFailures.undo(ipKey);
    accountLimiter.reset(accountKey);
    if (!user.active) throw forbidden('This account is deactivated. Contact your administrator.');
    user.lastSeenAt = new Date();
    const payload = await this.startSession(em, user);
    this.audit.recordLater(em, { actorId: user.id, action: 'auth.login', targetType: 'User', targetId: user.id, ...origin });
    return payload;
  }

  /** Rotates a refresh token. Presenting one that was already rotated revokes its whole family. */
  async refresh(em: EntityManager, presented: string, origin: RequestOrigin): Promise<AuthPayload> {
    const token = presented
      ? await em.findOne(RefreshToken, { tokenHash: hashToken(presented) }, { populate: ['user', 'user.role'] })
      : null;
    if (!token) throw unauthenticated('The session is invalid. Please sign in again.');
    const user = token.user.getEntity();
    if (token.revokedAt) {
      if (token.replacedBy && Date.now() - token.revokedAt.getTime() < ROTATION_GRACE_MS) throw justRotated();
      if (token.replacedBy) await this.reuseDetected(em, token, origin);
      throw unauthenticated('The session has ended. Please sign in again.');
    }
    if (token.expiresAt < new Date() || !user.active) throw unauthenticated('The session has expired. Please sign in again.');

    return em
      .transactional(async (tx) => {
        const { payload, tokenId } = await this.issueSession(tx, user, token.family);
        // Conditional: of concurrent refreshes with one token, exactly one wins.
        const claimed = await tx.nativeUpdate(
          RefreshToken,
          { id: token.id, revokedAt: null },
          { revokedAt: new Date(), replacedBy: tokenId },
        );
        if (claimed !== 1) throw new LostRotationRace();
        return payload;
      })
      .catch((error: unknown) => {
        // Another request rotated the same token at the same moment: a race, inside the grace period by definition.
        throw error instanceof LostRotationRace ? justRotated() : error;
      });
  }

  async logout(em: EntityManager, presented: string | null | undefined): Promise<boolean> {
    if (!presented) return true;
    const token = await em.findOne(RefreshToken, { tokenHash: hashToken(presented) });
    if (token) await this.revokeFamily(em, token.family);
    return true;
  }

  /**
   * Always answers true at once, whether or not the account exists: the lookup, the token and the mail happen
   * in the background, so neither the answer nor its timing reveals accounts.
   */
  requestPasswordReset(em: EntityManager, email: string, origin: RequestOrigin, device: string | null = null): boolean {
    if (email.length > 254) throw badInput([{ field: 'email', message: 'Email is too long.', code: 'maxLength' }]);
    const ipKey = addressKey(origin.ip);
    const requesterKey = `${email}\n${ipKey}`;
    const retryAfter = Math.max(
      this.resetByIp.retryAfter(ipKey),
      this.resetByRequester.retryAfter(requesterKey),
      device ? 0 : this.resetByAccount.retryAfter(email),
    );
    if (retryAfter > 0) throw rateLimited(retryAfter);
    this.resetByIp.hit(ipKey);
    this.resetByRequester.hit(requesterKey);
    if (!device) this.resetByAccount.hit(email);
    const fork = em.fork();
    this.background.run('password reset mail', () => this.sendResetMail(fork, email, origin));
    return true;
  }

  private async sendResetMail(em: EntityManager, email: string, origin: RequestOrigin): Promise<void> {
    const user = await em.findOne(User, { email, active: true });
    if (!user) return;
    const token = randomToken();
    await em.transactional(async (tx) => {
      // A new link supersedes older ones.
      await tx.nativeUpdate(PasswordResetToken, { user, usedAt: null }, { usedAt: new Date() });
      tx.create(PasswordResetToken, { user, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + PASSWORD_RESET_TTL_MS) });
    });
    this.audit.recordLater(em, {
      actorId: user.id,
      action: 'auth.password_reset_requested',
      targetType: 'User',
      targetId: user.id,
      ...origin,
    });
    const link = `${this.config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
    await this.mailer.send({ to: user.email, link, ...passwordResetMail(user, link) });
  }

  async resetPassword(em: EntityManager, token: string, newPassword: string, origin: RequestOrigin): Promise<boolean> {
    const invalid = () => badInput([{ field: 'token', message: 'This reset link is invalid or has expired.', code: 'invalidToken' }]);
    if (!token || token.length > 200) throw invalid();
    const reset = await em.findOne(PasswordResetToken, { tokenHash: hashToken(token) }, { populate: ['user'] });
    if (!reset || reset.usedAt || reset.expiresAt < new Date() || !reset.user.getEntity().active) throw invalid();
    const user = reset.user.getEntity();
    await this.assertStrongPassword(newPassword, user, 'newPassword');
    const passwordHash = await hashPassword(newPassword);
    await em.transactional(async (tx) => {
      // Conditional, so two concurrent uses of one link cannot both succeed.
      const claimed = await tx.nativeUpdate(PasswordResetToken, { id: reset.id, usedAt: null }, { usedAt: new Date() });
      if (claimed !== 1) throw invalid();
      await tx.nativeUpdate(User, { id: user.id }, { passwordHash, sessionVersion: user.sessionVersion + 1 });
      await this.endSessions(tx, user.id, { apiTokens: true });
    });
    this.accountFailures.reset(user.email);
    await this.viewers.invalidate(user.id);
    this.sockets.closeAllOf(user.id);
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
    this.throttle(this.passwordChangeFailures, key, false);
    if (currentPassword.length > PASSWORD_MAX_LENGTH) throw wrong();
    this.passwordChangeFailures.hit(key);
    const user = await em.findOneOrFail(User, { id: viewer.user.id }, { populate: ['passwordHash', 'role'] });
    if (!(await verifyPassword(user.passwordHash, currentPassword))) throw wrong();
    this.passwordChangeFailures.undo(key);
    if (currentPassword === newPassword)
      throw badInput([{ field: 'newPassword', message: 'Choose a password different from the current one.', code: 'unchanged' }]);
    await this.assertStrongPassword(newPassword, user, 'newPassword');
    const passwordHash = await hashPassword(newPassword);
    const revokeApiTokens = input.revokeApiTokens === true;
    const payload = await em.transactional(async (tx) => {
      await this.endSessions(tx, user.id, { apiTokens: revokeApiTokens });
      user.passwordHash = passwordHash;
      user.sessionVersion += 1; // every access token issued before this one stops working
      return this.startSession(tx, user);
    });
    await this.viewers.invalidate(user.id);
    this.sockets.closeAllOf(user.id);
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

  /** Revokes every refresh token of the user and, when asked, every API token: both credentials of an account. */
  private async endSessions(em: EntityManager, userId: string, options: { apiTokens: boolean }): Promise<void> {
    const now = new Date();
    await em.nativeUpdate(RefreshToken, { user: userId, revokedAt: null }, { revokedAt: now });
    if (options.apiTokens) await em.nativeUpdate(ApiToken, { user: userId, revokedAt: null }, { revokedAt: now });
  }

  /** Throws RATE_LIMITED when the key is over its limit; otherwise counts this call (unless told not to). */
  private throttle(limiter: SlidingWindowLimiter, key: string, count = true): void {
    const retryAfter = limiter.retryAfter(key);
    if (retryAfter > 0) throw rateLimited(retryAfter);
    if (count) limiter.hit(key);
  }

  private async assertStrongPassword(
    password: string,
    context: { email?: string; displayName?: string; locale?: string },
    field: string,
  ): Promise<void> {
    const strength = await scorePassword(password, context);
    if (!strength.acceptable) {
      const message = [strength.warning, ...strength.suggestions].filter(Boolean).join(' ');
      throw badInput([{ field, message, code: strength.problem ?? 'weakPassword' }], message);
    }
  }

  private async startSession(em: EntityManager, user: User): Promise<AuthPayload> {
    return (await this.issueSession(em, user)).payload;
  }

  /** A new refresh token (in the given family, or a new one) and an access token for it. */
  private async issueSession(em: EntityManager, user: User, family?: string): Promise<{ payload: AuthPayload; tokenId: string }> {
    const refreshToken = randomToken();
    const stored = em.create(RefreshToken, {
      user,
      tokenHash: hashToken(refreshToken),
      family: family ?? crypto.randomUUID(),
      expiresAt: new Date(Date.now() + REFRESH_TOKEN_TTL_MS),
    });
    await em.flush();
    const { token, expiresAt } = signAccessToken(this.config, { sub: user.id, role: user.role.getEntity().key, sv: user.sessionVersion });
    return { payload: { accessToken: token, refreshToken, expiresAt, user }, tokenId: stored.id };
  }

  private async reuseDetected(em: EntityManager, token: RefreshToken, origin: RequestOrigin): Promise<void> {
    await this.revokeFamily(em, token.family);
    this.audit.recordLater(em, {
      actorId: token.user.id,
      action: 'auth.refresh_reuse',
      targetType: 'User',
      targetId: token.user.id,
      detail: { family: token.family },
      ...origin,
    });
    this.logger.warn({ family: token.family, userId: token.user.id }, 'refresh token reuse: session family revoked');
  }

  private async revokeFamily(em: EntityManager, family: string): Promise<void> {
    await em.nativeUpdate(RefreshToken, { family, revokedAt: null }, { revokedAt: new Date() });
  }
}

class LostRotationRace extends Error {}

function justRotated() {
  return unauthenticated('This session was just refreshed by another request. Retry with the newest refresh token.', { reason: 'ROTATED' });
}
