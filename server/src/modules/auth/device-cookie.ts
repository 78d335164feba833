import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import { readCookie } from './cookies.js';

const DEVICE_COOKIE_TTL_MS = 365 * 24 * 3_600_000;

/**
 * OWASP's "device cookie": a browser that has signed in to an account carries a cookie signed by the server
 * for that account. Failed logins from such a browser are counted per device, not against the account, so a
 * stranger who guesses wrong ten times locks out only the untrusted browsers, never the owner's own.
 * One cookie per account (its name is a hash of the email), httpOnly and scoped to the API path.
 */
export class DeviceCookies {
  private readonly key: Buffer;

  constructor(
    secret: string,
    private readonly secure: boolean,
  ) {
    // A key of its own, derived from the server secret: a device cookie is never a valid JWT signature.
    this.key = createHash('sha256').update(`device-cookie:${secret}`).digest();
  }

  /** The device id of a valid cookie this browser carries for the account, or null. */
  read(req: Request | undefined, email: string): string | null {
    const value = readCookie(req, cookieName(email));
    if (!value) return null;
    const [device, signature] = value.split('.');
    if (!device || !signature) return null;
    const expected = this.sign(email, device);
    const given = Buffer.from(signature);
    return given.length === expected.length && timingSafeEqual(given, expected) ? device : null;
  }

  /** Issued (anew) on every successful sign-in. */
  issue(res: Response | undefined, email: string): void {
    const device = randomBytes(16).toString('base64url');
    res?.cookie(cookieName(email), `${device}.${this.sign(email, device).toString()}`, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.secure || (res?.req?.secure ?? false),
      path: '/graphql',
      maxAge: DEVICE_COOKIE_TTL_MS,
    });
  }

  private sign(email: string, device: string): Buffer {
    return Buffer.from(createHmac('sha256', this.key).update(`${email}\n${device}`).digest('base64url'));
  }
}

function cookieName(email: string): string {
  return `ics_device_${createHash('sha256').update(email).digest('hex').slice(0, 16)}`;
}
