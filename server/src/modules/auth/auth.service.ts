import type { EntityManager } from '@mikro-orm/core';
import type { Config } from '../../config.js';
import { badInput, conflict, forbidden, rateLimited, unauthenticated } from '../../graphql/errors.js';
import type { Logger } from '../../logger.js';
import type { Mailer } from '../../mail/mailer.js';
import type { AuditService } from '../audit/audit.service.js';
import { Role } from '../roles/role.entity.js';
import { type Locale, User } from '../users/user.entity.js';
import { passwordResetMail } from './auth.mails.js';
import type { AuthPayload } from './auth.types.js';
import { checkPasswordStrength, dummyPasswordHash, hashPassword, PASSWORD_MAX_LENGTH, verifyPassword } from './password.js';
import { PasswordResetToken } from './password-reset-token.entity.js';
import { SlidingWindowLimiter } from './rate-limiter.js';
import { RefreshToken } from './refresh-token.entity.js';
import { hashToken, PASSWORD_RESET_TTL_MS, REFRESH_TOKEN_TTL_MS, randomToken, signAccessToken } from './tokens.js';

/** Where a request came from, for throttling and the audit log. */
export interface RequestOrigin {
  ip: string | null;
  userAgent: string | null;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Accounts, sessions and passwords: registration, login, refresh rotation, logout, reset and change. */
export class AuthService {
  /** 5 failures per 5 minutes per IP, 10 per 15 minutes per account. */
  readonly ipFailures = new SlidingWindowLimiter(5, 5 * 60_000);
  readonly accountFailures = new SlidingWindowLimiter(10, 15 * 60_000);
  /** Reset mails: 5 per 15 minutes per IP and 3 per 15 minutes per address. */
  private readonly resetByIp = new SlidingWindowLimiter(5, 15 * 60_000);
  private readonly resetByEmail = new SlidingWindowLimiter(3, 15 * 60_000);

  constructor(
    private readonly config: Config,
    private readonly mailer: Mailer,
    private readonly audit: AuditService,
    private readonly logger: Logger,
  ) {}

  async register(
    em: EntityManager,
    input: { email: string; password: string; displayName: string; locale?: Locale },
    origin: RequestOrigin,
  ): Promise<AuthPayload> {
    const email = normalizeEmail(input.email);
    const displayName = input.displayName.trim();
    if (!displayName) throw badInput([{ field: 'displayName', message: 'Name must not be blank.' }]);
    this.assertStrongPassword(input.password, { email, displayName, locale: input.locale }, 'password');
    if (await em.count(User, { email }))
      throw conflict('An account with this email already exists.', { fields: [{ field: 'email', message: 'Already registered.' }] });
    const role = await em.findOneOrFail(Role, { key: 'customer' });
    const user = em.create(User, {
      email,
      displayName,
      passwordHash: await hashPassword(input.password),
      role,
      locale: input.locale ?? 'en',
    });
    try {
      await em.flush();
    } catch (error) {
      if ((error as { name?: string }).name === 'UniqueConstraintViolationException')
        throw conflict('An account with this email already exists.');
      throw error;
    }
    await this.audit.record(em, { actorId: user.id, action: 'auth.register', targetType: 'User', targetId: user.id, ...origin });
    return this.startSession(em, user);
  }

  async login(em: EntityManager, input: { email: string; password: string }, origin: RequestOrigin): Promise<AuthPayload> {
    const email = normalizeEmail(input.email);
    const ipKey = origin.ip ?? 'unknown';
    const retryAfter = Math.max(this.ipFailures.retryAfter(ipKey), this.accountFailures.retryAfter(email));
    if (retryAfter > 0) throw rateLimited(retryAfter);

    const user = await em.findOne(User, { email }, { populate: ['passwordHash', 'role'] });
    const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
    if (!user || !valid) {
      this.ipFailures.hit(ipKey);
      this.accountFailures.hit(email);
      await this.audit.record(em, {
        actorId: user?.id,
        action: 'auth.login_failed',
        targetType: 'User',
        targetId: user?.id,
        detail: { email },
        ...origin,
      });
      throw unauthenticated('Email or password is incorrect.');
    }
    if (!user.active) throw forbidden('This account is deactivated. Contact your administrator.');
    this.accountFailures.reset(email);
    user.lastSeenAt = new Date();
    await em.flush();
    await this.audit.record(em, { actorId: user.id, action: 'auth.login', targetType: 'User', targetId: user.id, ...origin });
    return this.startSession(em, user);
  }

  /** Rotates a refresh token. Presenting one that was already rotated revokes its whole family. */
  async refresh(em: EntityManager, presented: string, origin: RequestOrigin): Promise<AuthPayload> {
    const token = presented
      ? await em.findOne(RefreshToken, { tokenHash: hashToken(presented) }, { populate: ['user', 'user.role'] })
      : null;
    if (!token) throw unauthenticated('The session is invalid. Please sign in again.');
    if (token.revokedAt) {
      if (token.replacedBy) {
        await this.revokeFamily(em, token.family);
        await this.audit.record(em, {
          actorId: token.user.id,
          action: 'auth.refresh_reuse',
          targetType: 'User',
          targetId: token.user.id,
          detail: { family: token.family },
          ...origin,
        });
        this.logger.warn({ family: token.family, userId: token.user.id }, 'refresh token reuse: session family revoked');
      }
      throw unauthenticated('The session has ended. Please sign in again.');
    }
    const user = token.user.getEntity();
    if (token.expiresAt < new Date() || !user.active) throw unauthenticated('The session has expired. Please sign in again.');
    const payload = await this.startSession(em, user, token.family, token);
    return payload;
  }

  async logout(em: EntityManager, presented: string | null | undefined): Promise<boolean> {
    if (!presented) return true;
    const token = await em.findOne(RefreshToken, { tokenHash: hashToken(presented) });
    if (token) await this.revokeFamily(em, token.family);
    return true;
  }

  /** Always succeeds, whether or not the account exists: no account enumeration. */
  async requestPasswordReset(em: EntityManager, rawEmail: string, origin: RequestOrigin): Promise<boolean> {
    const email = normalizeEmail(rawEmail);
    if (email.length > 254) throw badInput([{ field: 'email', message: 'Email is too long.' }]);
    const ipKey = origin.ip ?? 'unknown';
    const retryAfter = Math.max(this.resetByIp.retryAfter(ipKey), this.resetByEmail.retryAfter(email));
    if (retryAfter > 0) throw rateLimited(retryAfter);
    this.resetByIp.hit(ipKey);
    this.resetByEmail.hit(email);

    const user = await em.findOne(User, { email, active: true });
    if (!user) return true;
    // A new link supersedes older ones.
    await em.nativeUpdate(PasswordResetToken, { user, usedAt: null }, { usedAt: new Date() });
    const token = randomToken();
    em.create(PasswordResetToken, { user, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + PASSWORD_RESET_TTL_MS) });
    await em.flush();
    await this.audit.record(em, {
      actorId: user.id,
      action: 'auth.password_reset_requested',
      targetType: 'User',
      targetId: user.id,
      ...origin,
    });
    const link = `${this.config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
    // Sent in the background so the response time does not tell whether the account exists.
    this.mailer.send({ to: user.email, link, ...passwordResetMail(user, link) }).catch((error: unknown) => {
      this.logger.error({ err: error, userId: user.id }, 'password reset mail failed');
    });
    return true;
  }

  async resetPassword(em: EntityManager, token: string, newPassword: string, origin: RequestOrigin): Promise<boolean> {
    if (!token || token.length > 200) throw badInput([{ field: 'token', message: 'This reset link is invalid or has expired.' }]);
    const reset = await em.findOne(PasswordResetToken, { tokenHash: hashToken(token) }, { populate: ['user'] });
    if (!reset || reset.usedAt || reset.expiresAt < new Date() || !reset.user.getEntity().active) {
      throw badInput([{ field: 'token', message: 'This reset link is invalid or has expired.' }]);
    }
    const user = reset.user.getEntity();
    this.assertStrongPassword(newPassword, user, 'newPassword');
    user.passwordHash = await hashPassword(newPassword);
    reset.usedAt = new Date();
    await em.flush();
    await em.nativeUpdate(RefreshToken, { user, revokedAt: null }, { revokedAt: new Date() });
    this.accountFailures.reset(user.email);
    await this.audit.record(em, { actorId: user.id, action: 'auth.password_reset', targetType: 'User', targetId: user.id, ...origin });
    return true;
  }

  /** Changes the password, ends every other session and returns a fresh one. */
  async changePassword(
    em: EntityManager,
    viewer: User,
    currentPassword: string,
    newPassword: string,
    origin: RequestOrigin,
  ): Promise<AuthPayload> {
    if (currentPassword.length > PASSWORD_MAX_LENGTH)
      throw badInput([{ field: 'currentPassword', message: 'The current password is incorrect.' }]);
    const user = await em.findOneOrFail(User, { id: viewer.id }, { populate: ['passwordHash', 'role'] });
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      throw badInput([{ field: 'currentPassword', message: 'The current password is incorrect.' }]);
    }
    if (currentPassword === newPassword)
      throw badInput([{ field: 'newPassword', message: 'Choose a password different from the current one.' }]);
    this.assertStrongPassword(newPassword, user, 'newPassword');
    user.passwordHash = await hashPassword(newPassword);
    await em.flush();
    await em.nativeUpdate(RefreshToken, { user, revokedAt: null }, { revokedAt: new Date() });
    await this.audit.record(em, { actorId: user.id, action: 'auth.password_change', targetType: 'User', targetId: user.id, ...origin });
    return this.startSession(em, user);
  }

  private assertStrongPassword(password: string, context: { email?: string; displayName?: string; locale?: string }, field: string): void {
    const strength = checkPasswordStrength(password, context);
    if (!strength.acceptable) {
      const message = [strength.warning, ...strength.suggestions].filter(Boolean).join(' ');
      throw badInput([{ field, message }], message);
    }
  }

  private async startSession(em: EntityManager, user: User, family?: string, replaces?: RefreshToken): Promise<AuthPayload> {
    const refreshToken = randomToken();
    const stored = em.create(RefreshToken, {
      user,
      tokenHash: hashToken(refreshToken),
      family: family ?? crypto.randomUUID(),
      expiresAt: new Date(Date.now() + REFRESH_TOKEN_TTL_MS),
    });
    if (replaces) {
      replaces.revokedAt = new Date();
      replaces.replacedBy = stored.id;
    }
    await em.flush();
    const { token, expiresAt } = signAccessToken(this.config, { sub: user.id, role: user.role.getEntity().key });
    return { accessToken: token, refreshToken, expiresAt, user };
  }

  private async revokeFamily(em: EntityManager, family: string): Promise<void> {
    await em.nativeUpdate(RefreshToken, { family, revokedAt: null }, { revokedAt: new Date() });
  }
}
