import type { Request, Response } from 'express';
import type { AuthPayload } from './auth.types.js';
import { REFRESH_TOKEN_TTL_MS } from './tokens.js';

export const REFRESH_COOKIE = 'ics_refresh';

/** What cookie handling needs of a request context (the GraphQL context has it; over WebSocket there is none). */
export interface HttpExchange {
  req?: Request;
  res?: Response;
  services: { config: { publicUrl: string } };
}

/** The web keeps the refresh token in an httpOnly, SameSite=Strict cookie scoped to the API path. */
export function setRefreshCookie(ctx: HttpExchange, token: string): void {
  ctx.res?.cookie(REFRESH_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: ctx.services.config.publicUrl.startsWith('https:') || (ctx.req?.secure ?? false),
    path: '/graphql',
    maxAge: REFRESH_TOKEN_TTL_MS,
  });
}

/** Answers with a session just issued to the caller: sets its refresh cookie and lets the answer show them their own user. */
export function withSessionCookie(ctx: HttpExchange & { authenticatedAs?: string }, payload: AuthPayload): AuthPayload {
  // The caller has just proved who they are: the answer may show them their own user (email included).
  ctx.authenticatedAs = payload.user.id;
  setRefreshCookie(ctx, payload.refreshToken);
  return payload;
}

export function clearRefreshCookie(ctx: HttpExchange): void {
  ctx.res?.clearCookie(REFRESH_COOKIE, { path: '/graphql', httpOnly: true, sameSite: 'strict' });
}

export function readRefreshCookie(req: Request | undefined): string | null {
  return readCookie(req, REFRESH_COOKIE);
}

/** One cookie's value from the request, or null (a mangled value counts as absent, not as a server error). */
export function readCookie(req: Request | undefined, wanted: string): string | null {
  const header = req?.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name !== wanted) continue;
    try {
      return decodeURIComponent(rest.join('='));
    } catch {
      return null; // a mangled cookie is no session, not a server error
    }
  }
  return null;
}
