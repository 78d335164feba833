import { createHash, randomBytes } from 'node:crypto';
import jwt from 'jsonwebtoken';
import type { Config } from '../../config.js';
import { unauthenticated } from '../../graphql/errors.js';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
export const REFRESH_TOKEN_TTL_MS = 30 * 24 * 3_600_000;
export const API_TOKEN_PREFIX = 'ics_';

export interface AccessClaims {
  sub: string;
  role: string;
  /** The user's session version when the token was issued. */
  sv: number;
}

/** What a verified token says, with its expiry in milliseconds. */
export interface VerifiedAccessClaims extends AccessClaims {
  exp: number;
}

/** SHA-256 hex: tokens are stored only as hashes. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** An access token for `ttlSeconds` (the sessions setting; 15 minutes by default). */
export function signAccessToken(
  config: Config,
  claims: AccessClaims,
  ttlSeconds = ACCESS_TOKEN_TTL_SECONDS,
): { token: string; expiresAt: Date } {
  const token = jwt.sign({ role: claims.role, sv: claims.sv }, config.jwtSecret, {
    algorithm: 'HS256',
    expiresIn: ttlSeconds,
    issuer: config.jwtIssuer,
    audience: config.jwtAudience,
    subject: claims.sub,
  });
  return { token, expiresAt: new Date(Date.now() + ttlSeconds * 1000) };
}

/** Verifies signature (HS256 only: `none` and other algorithms are refused), expiry, issuer and audience. */
export function verifyAccessToken(config: Config, token: string): VerifiedAccessClaims {
  try {
    const payload = jwt.verify(token, config.jwtSecret, {
      algorithms: ['HS256'],
      issuer: config.jwtIssuer,
      audience: config.jwtAudience,
      complete: false,
    });
    if (typeof payload !== 'object' || typeof payload.sub !== 'string' || typeof payload.exp !== 'number') {
      throw new Error('missing claims');
    }
    return { sub: payload.sub, role: String(payload.role ?? ''), sv: Number(payload.sv ?? 0), exp: payload.exp * 1000 };
  } catch (error) {
    const expired = error instanceof jwt.TokenExpiredError;
    throw unauthenticated(expired ? 'Your session has expired.' : 'The access token is invalid.');
  }
}
