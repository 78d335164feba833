import type { EntityManager } from '@mikro-orm/core';
import type { Config } from '../../config.js';
import { badInput, conflict, forbidden, unauthenticated } from '../../graphql/errors.js';
import type { RequestOrigin } from '../../graphql/viewer.js';
import type { Logger } from '../../logger.js';
import { ApiToken } from '../api-tokens/api-token.entity.js';
import type { AuditService } from '../audit/audit.service.js';
import { assertStrongPassword, dummyPasswordHash, hashPassword, verifyPassword } from '../passwords/password.js';
import { Role } from '../roles/role.entity.js';
import { readSettings } from '../settings/settings.service.js';
import type { SecondStep, TwoFactorService } from '../two-factor/two-factor.service.js';
import { type Locale, User } from '../users/user.entity.js';
import type { AuthPayload } from './auth.types.js';
import { addressKey } from './client-address.js';
import { DeviceCookies } from './device-cookie.js';
import { type Limiter, type RateLimits, throttle } from './rate-limiter.js';
import { RefreshToken } from './refresh-token.entity.js';
import { hashToken, randomToken, signAccessToken } from './tokens.js';

const DAY_MS = 24 * 3_600_000;

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

/** Accounts and sessions: registration, login, refresh rotation and logout. Password flows live in PasswordService. */
export class AuthService {
  /**
   * Login: 5 failures per 5 minutes per address; 10 per 15 minutes per account from browsers the account has
   * not signed in from, and 10 per 15 minutes per browser that carries the account's device cookie.
   */
  readonly ipFailures: Limiter;
  readonly accountFailures: Limiter;
  private readonly deviceFailures: Limiter;
  private readonly registrations: Limiter;
  readonly devices: DeviceCookies;

  constructor(
    private readonly config: Config,
    private readonly audit: AuditService,
    private readonly logger: Logger,
    limits: RateLimits,
    private readonly twoFactor: TwoFactorService,
  ) {
    this.ipFailures = limits.limiter('login-ip', 5, 5 * MINUTE);
    this.accountFailures = limits.limiter('login-account', 10, 15 * MINUTE);
    this.deviceFailures = limits.limiter('login-device', 10, 15 * MINUTE);
    this.registrations = limits.limiter('register-ip', 10, 60 * MINUTE);
    this.devices = new DeviceCookies(config.jwtSecret, config.publicUrl.startsWith('https:'));
  }

  async register(
    em: EntityManager,
    input: { email: string; password: string; displayName: string; locale?: Locale },
    origin: RequestOrigin,
  ): Promise<AuthPayload> {
    await throttle([this.registrations, addressKey(origin.ip)]);
    const email = normalizeEmail(input.email);
    const displayName = input.displayName.trim();
    if (!displayName) throw badInput([{ field: 'displayName', message: 'Name must not be blank.', code: 'blank' }]);
    const { passwordPolicy } = await readSettings(em);
    await assertStrongPassword(input.password, { email, displayName, locale: input.locale, policy: passwordPolicy }, 'password');
    const duplicate = () =>
      conflict('An account with this email already exists.', {
        fields: [{ field: 'email', message: 'Already registered.', code: 'taken' }],
      });
    if (await em.count(User, { email })) throw duplicate();
    const passwordHash = await hashPassword(input.password);
    // When the settings require two-factor sign-in of customers, the new account starts with enrolment, not a session.
    const setupRequired = await this.twoFactor.requiredFor(em, 'customer');
    try {
      const { user, payload } = await em.transactional(async (tx) => {
        const role = await tx.findOneOrFail(Role, { key: 'customer' });
        const created = tx.create(User, { email, displayName, passwordHash, role, locale: input.locale ?? 'en' });
        await tx.flush();
        return { user: created, payload: setupRequired ? null : await this.startSession(tx, created) };
      });
      this.audit.recordLater(em, {
        actorId: user.id,
        action: 'auth.register',
        targetType: 'User',
        targetId: user.id,
        ...origin,
      });
      if (payload) return payload;
      const secondStep = await this.twoFactor.secondStep(em, user);
      if (!secondStep) throw new Error('two-factor setup required but no challenge issued');
      throw secondStepRequired(secondStep);
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
    await throttle([this.ipFailures, ipKey], [accountLimiter, accountKey]);

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
    await Promise.all([this.ipFailures.undo(ipKey), accountLimiter.reset(accountKey)]);
    if (!user.active) throw forbidden('This account is deactivated. Contact your administrator.');
    const secondStep = await this.twoFactor.secondStep(em, user);
    if (secondStep) throw secondStepRequired(secondStep);
    return this.completeSignIn(em, user, origin);
  }

  /** The end of a successful sign-in (password, and the second factor when there is one): the session and its audit record. */
  async completeSignIn(em: EntityManager, user: User, origin: RequestOrigin, detail?: Record<string, unknown>): Promise<AuthPayload> {
    user.lastSeenAt = new Date();
    const payload = await this.startSession(em, user);
    this.audit.recordLater(em, { actorId: user.id, action: 'auth.login', targetType: 'User', targetId: user.id, detail, ...origin });
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
    // A session from before the settings required two-factor sign-in of this role ends here: sign in again and enrol.
    if (await this.twoFactor.setupMissing(em, user)) {
      throw unauthenticated('Your role now requires two-factor sign-in. Please sign in again to set it up.', {
        reason: 'TWO_FACTOR_SETUP_REQUIRED',
      });
    }

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

  /** Revokes every refresh token of the user and, when asked, every API token: both credentials of an account. */
  async endSessions(em: EntityManager, userId: string, options: { apiTokens: boolean }): Promise<void> {
    const now = new Date();
    await em.nativeUpdate(RefreshToken, { user: userId, revokedAt: null }, { revokedAt: now });
    if (options.apiTokens) await em.nativeUpdate(ApiToken, { user: userId, revokedAt: null }, { revokedAt: now });
  }

  /** A new session (refresh token family and access token) for a user who has just proved who they are. */
  async startSession(em: EntityManager, user: User): Promise<AuthPayload> {
    return (await this.issueSession(em, user)).payload;
  }

  /** A new refresh token (in the given family, or a new one) and an access token for it. */
  private async issueSession(em: EntityManager, user: User, family?: string): Promise<{ payload: AuthPayload; tokenId: string }> {
    const refreshToken = randomToken();
    const { sessions } = await readSettings(em);
    const stored = em.create(RefreshToken, {
      user,
      tokenHash: hashToken(refreshToken),
      family: family ?? crypto.randomUUID(),
      expiresAt: new Date(Date.now() + sessions.refreshTokenDays * DAY_MS),
    });
    await em.flush();
    const claims = { sub: user.id, role: user.role.getEntity().key, sv: user.sessionVersion };
    const { token, expiresAt } = signAccessToken(this.config, claims, sessions.accessTokenMinutes * 60);
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

/** No tokens yet: the answer carries a short-lived challenge for `completeTwoFactorSignIn`, or for enrolment. */
function secondStepRequired(secondStep: SecondStep) {
  return unauthenticated(
    secondStep.setupRequired
      ? 'Your role requires two-factor sign-in. Set up an authenticator app to continue.'
      : 'Enter the code from your authenticator app.',
    {
      reason: secondStep.setupRequired ? 'TWO_FACTOR_SETUP_REQUIRED' : 'TWO_FACTOR_REQUIRED',
      twoFactorChallenge: secondStep.challenge,
      twoFactorSetupRequired: secondStep.setupRequired,
    },
  );
}

function justRotated() {
  return unauthenticated('This session was just refreshed by another request. Retry with the newest refresh token.', { reason: 'ROTATED' });
}
