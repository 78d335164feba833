import type { EntityManager } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import jwt from 'jsonwebtoken';
import type { Config } from '../../config.js';
import { badInput, conflict, forbidden, unauthenticated } from '../../graphql/errors.js';
import type { RequestOrigin } from '../../graphql/viewer.js';
import type { AuditService } from '../audit/audit.service.js';
import { addressKey } from '../auth/client-address.js';
import { type Limiter, type RateLimits, throttle } from '../auth/rate-limiter.js';
import { verifyPassword } from '../passwords/password.js';
import { readSettings } from '../settings/settings.service.js';
import { User } from '../users/user.entity.js';
import { generateRecoveryCodes, hashRecoveryCode, looksLikeRecoveryCode } from './recovery-codes.js';
import { SecretBox } from './secret-box.js';
import { generateSecret, matchingStep, otpauthUri } from './totp.js';
import { UserTwoFactor } from './user-two-factor.entity.js';

/** The setting that lists the role keys that must use two-factor sign-in, e.g. `["admin","agent"]`. Absent: nobody. */
export const REQUIRE_TWO_FACTOR_SETTING = 'security.requireTwoFactor';
export const CHALLENGE_TTL_SECONDS = 5 * 60;
const MINUTE = 60_000;
const ISSUER = 'Customer Service Desk';

/** `sign-in`: the password was right, a code completes the sign-in. `enrol`: the role requires 2FA and the user has none yet. */
export type ChallengePurpose = 'sign-in' | 'enrol';

interface ChallengeClaims {
  sub: string;
  sv: number;
  purpose: ChallengePurpose;
  /** The factor's version when issued (sign-in): any use of the factor ends the challenge. */
  ver: number;
}

export interface TwoFactorState {
  enabled: boolean;
  confirmedAt: Date | null;
  recoveryCodesLeft: number;
}

/** What a password sign-in needs next, or null when the session may start. */
export interface SecondStep {
  challenge: string;
  setupRequired: boolean;
}

/**
 * Two-factor sign-in: enrolment (secret, confirmation, recovery codes), the sign-in challenge after a correct
 * password, and code checks. Failed codes are throttled per user and per address; codes work once.
 */
export class TwoFactorService {
  /** Failed codes: 5 per 5 minutes per user, 20 per 5 minutes per address. */
  private readonly userFailures: Limiter;
  private readonly ipFailures: Limiter;
  private readonly box: SecretBox;

  constructor(
    private readonly config: Config,
    private readonly audit: AuditService,
    limits: RateLimits,
  ) {
    this.userFailures = limits.limiter('2fa-user', 5, 5 * MINUTE);
    this.ipFailures = limits.limiter('2fa-ip', 20, 5 * MINUTE);
    this.box = new SecretBox(config.jwtSecret);
  }

  async state(em: EntityManager, userId: string): Promise<TwoFactorState> {
    const factor = await em.findOne(UserTwoFactor, { user: userId, confirmedAt: { $ne: null } });
    return { enabled: Boolean(factor), confirmedAt: factor?.confirmedAt ?? null, recoveryCodesLeft: factor?.recoveryCodes.length ?? 0 };
  }

  /** Whether the setting requires a second factor for this role. */
  async requiredFor(em: EntityManager, roleKey: string): Promise<boolean> {
    return (await readSettings(em)).security.requireTwoFactor.includes(roleKey);
  }

  /** Whether the settings require a second factor of this user (role loaded) and none is on yet. */
  async setupMissing(em: EntityManager, user: User): Promise<boolean> {
    if (!(await this.requiredFor(em, user.role.getEntity().key))) return false;
    return (await em.count(UserTwoFactor, { user: user.id, confirmedAt: { $ne: null } })) === 0;
  }

  /** After a correct password: the challenge to answer, or null when this user signs in with the password alone. */
  async secondStep(em: EntityManager, user: User): Promise<SecondStep | null> {
    const factor = await em.findOne(UserTwoFactor, { user: user.id, confirmedAt: { $ne: null } });
    if (factor) return { challenge: this.signChallenge(user, 'sign-in', factor.version), setupRequired: false };
    if (await this.requiredFor(em, user.role.getEntity().key)) {
      return { challenge: this.signChallenge(user, 'enrol', 0), setupRequired: true };
    }
    return null;
  }

  /** The user a challenge was issued to, when it is genuine, unexpired, of that purpose and the sessions it was issued in still stand. */
  async challengeUser(em: EntityManager, challenge: string, purpose: ChallengePurpose): Promise<{ user: User; claims: ChallengeClaims }> {
    const refused = () => unauthenticated('The sign-in has expired or is invalid. Please sign in again.', { reason: 'CHALLENGE_INVALID' });
    let claims: ChallengeClaims;
    try {
      const payload = jwt.verify(challenge, this.config.jwtSecret, {
        algorithms: ['HS256'],
        issuer: this.config.jwtIssuer,
        audience: `${this.config.jwtAudience}:two-factor`,
      });
      if (typeof payload !== 'object' || typeof payload.sub !== 'string' || payload.purpose !== purpose) throw refused();
      claims = { sub: payload.sub, sv: Number(payload.sv), purpose, ver: Number(payload.ver) };
    } catch {
      throw refused();
    }
    const user = await em.findOne(User, { id: claims.sub }, { populate: ['role'] });
    if (!user?.active || user.sessionVersion !== claims.sv) throw refused();
    return { user, claims };
  }

  /** A new secret, replacing any unconfirmed one. Refused while a confirmed factor exists (disable it first). */
  async begin(em: EntityManager, user: User): Promise<{ secret: string; otpauthUri: string }> {
    const existing = await em.findOne(UserTwoFactor, { user: user.id });
    if (existing?.confirmedAt) throw conflict('Two-factor sign-in is already on. Turn it off first to enrol a new authenticator.');
    const secret = generateSecret();
    if (existing) {
      existing.secretEncrypted = this.box.seal(secret);
      existing.lastUsedStep = 0;
      existing.version += 1;
    } else {
      em.create(UserTwoFactor, { user, secretEncrypted: this.box.seal(secret) });
    }
    await em.flush();
    return { secret, otpauthUri: otpauthUri(secret, user.email, ISSUER) };
  }

  /** Turns the pending factor on with a first code; returns the recovery codes (shown once). */
  async confirm(em: EntityManager, user: User, code: string, origin: RequestOrigin): Promise<string[]> {
    const factor = await em.findOne(UserTwoFactor, { user: user.id }, { populate: ['secretEncrypted'] });
    if (!factor || factor.confirmedAt) throw conflict('There is no pending two-factor enrolment. Begin one first.');
    const step = await this.guarded(em, user.id, origin, () => matchingStep(this.box.open(factor.secretEncrypted), code.trim()));
    const codes = generateRecoveryCodes();
    await em.transactional(async (tx) => {
      const updated = await tx.nativeUpdate(
        UserTwoFactor,
        { id: factor.id, confirmedAt: null, version: factor.version },
        { confirmedAt: new Date(), lastUsedStep: step, recoveryCodes: codes.map(hashRecoveryCode), version: factor.version + 1 },
      );
      if (updated !== 1) throw conflict('The enrolment changed meanwhile. Begin again.');
      await this.audit.recordIn(tx, {
        actorId: user.id,
        action: 'auth.two_factor_enable',
        targetType: 'User',
        targetId: user.id,
        ...origin,
      });
    });
    return codes;
  }

  /**
   * Checks a TOTP or recovery code against the user's confirmed factor and uses it up (conditional UPDATE: of two
   * concurrent uses one wins). With `expectedVersion` (a sign-in challenge), the factor must not have been used
   * since the challenge was issued, so a challenge completes one sign-in at most.
   */
  async useCode(em: EntityManager, user: User, code: string, origin: RequestOrigin, expectedVersion?: number): Promise<void> {
    const factor = await em.findOne(
      UserTwoFactor,
      { user: user.id, confirmedAt: { $ne: null } },
      { populate: ['secretEncrypted', 'recoveryCodes'] },
    );
    if (!factor) throw conflict('Two-factor sign-in is not on for this account.');
    if (expectedVersion !== undefined && factor.version !== expectedVersion) {
      throw unauthenticated('This sign-in was already completed or has expired. Please sign in again.', { reason: 'CHALLENGE_INVALID' });
    }
    const typed = code.trim();
    await this.guarded(em, user.id, origin, async () => {
      if (looksLikeRecoveryCode(typed)) {
        const hash = hashRecoveryCode(typed);
        if (!factor.recoveryCodes.includes(hash)) return null;
        const left = factor.recoveryCodes.filter((stored) => stored !== hash);
        return em.transactional(async (tx) => {
          const updated = await tx.nativeUpdate(
            UserTwoFactor,
            { id: factor.id, version: factor.version },
            { recoveryCodes: left, version: factor.version + 1 },
          );
          if (updated !== 1) return null;
          await this.audit.recordIn(tx, {
            actorId: user.id,
            action: 'auth.two_factor_recovery_use',
            targetType: 'User',
            targetId: user.id,
            detail: { recoveryCodesLeft: left.length },
            ...origin,
          });
          return true;
        });
      }
      const step = matchingStep(this.box.open(factor.secretEncrypted), typed);
      if (step === null || step <= factor.lastUsedStep) return null;
      const updated = await em.nativeUpdate(
        UserTwoFactor,
        { id: factor.id, version: factor.version, lastUsedStep: { $lt: step } },
        { lastUsedStep: step, version: factor.version + 1 },
      );
      return updated === 1 ? true : null;
    });
  }

  /** New recovery codes (the old ones stop working), after a code from the authenticator or a recovery code. */
  async regenerateRecoveryCodes(em: EntityManager, user: User, code: string, origin: RequestOrigin): Promise<string[]> {
    await this.useCode(em, user, code, origin);
    const codes = generateRecoveryCodes();
    await em.transactional(async (tx) => {
      const factor = await tx.findOneOrFail(UserTwoFactor, { user: user.id });
      factor.recoveryCodes = codes.map(hashRecoveryCode);
      factor.version += 1;
      await tx.flush();
      await this.audit.recordIn(tx, {
        actorId: user.id,
        action: 'auth.two_factor_recovery_regenerate',
        targetType: 'User',
        targetId: user.id,
        ...origin,
      });
    });
    return codes;
  }

  /** Turns two-factor sign-in off: needs the password and a code, and is refused while the user's role requires it. */
  async disable(em: EntityManager, user: User, password: string, code: string, origin: RequestOrigin): Promise<boolean> {
    const withRole = await em.findOneOrFail(User, { id: user.id }, { populate: ['passwordHash', 'role'] });
    if (await this.requiredFor(em, withRole.role.getEntity().key)) {
      throw forbidden('Two-factor sign-in is required for your role and cannot be turned off.');
    }
    await throttle([this.userFailures, user.id], [this.ipFailures, addressKey(origin.ip)]);
    if (!(await verifyPassword(withRole.passwordHash, password))) {
      throw badInput([{ field: 'password', message: 'The password is incorrect.', code: 'incorrect' }]);
    }
    await this.userFailures.undo(user.id);
    await this.useCode(em, user, code, origin);
    await em.transactional(async (tx) => {
      await tx.nativeDelete(UserTwoFactor, { user: user.id });
      await this.audit.recordIn(tx, {
        actorId: user.id,
        action: 'auth.two_factor_disable',
        targetType: 'User',
        targetId: user.id,
        ...origin,
      });
    });
    return true;
  }

  /**
   * Runs a code check under the failure limits: counted before checking (parallel guesses cannot all slip under
   * the limit), taken back on success. A wrong code is BAD_USER_INPUT on `code`; going over the limit is audited.
   */
  private async guarded<T>(
    em: EntityManager,
    userId: string,
    origin: RequestOrigin,
    check: () => T | null | Promise<T | null>,
  ): Promise<T> {
    const ipKey = addressKey(origin.ip);
    try {
      await throttle([this.userFailures, userId], [this.ipFailures, ipKey]);
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions.code === 'RATE_LIMITED') {
        this.audit.recordLater(em, {
          actorId: userId,
          action: 'auth.two_factor_rate_limited',
          targetType: 'User',
          targetId: userId,
          ...origin,
        });
      }
      throw error;
    }
    const result = await check();
    if (result === null) throw badInput([{ field: 'code', message: 'The code is incorrect or was already used.', code: 'incorrect' }]);
    await Promise.all([this.userFailures.reset(userId), this.ipFailures.undo(ipKey)]);
    return result;
  }

  private signChallenge(user: User, purpose: ChallengePurpose, version: number): string {
    return jwt.sign({ sv: user.sessionVersion, purpose, ver: version }, this.config.jwtSecret, {
      algorithm: 'HS256',
      expiresIn: CHALLENGE_TTL_SECONDS,
      issuer: this.config.jwtIssuer,
      audience: `${this.config.jwtAudience}:two-factor`,
      subject: user.id,
      jwtid: crypto.randomUUID(),
    });
  }
}
