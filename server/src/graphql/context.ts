import type { EntityManager } from '@mikro-orm/core';
import type { Request, Response } from 'express';
import type { GraphQLError } from 'graphql';
import type { Logger } from '../logger.js';
import type { Services } from '../services.js';
import type { RequestOrigin, Viewer } from './viewer.js';

export type { RequestOrigin, Viewer } from './viewer.js';
export { can, requireViewer } from './viewer.js';

export interface Context {
  requestId: string;
  em: EntityManager;
  viewer: Viewer | null;
  /**
   * Why the presented credentials were refused (expired, forged, revoked). The caller is then anonymous:
   * public operations (login, logout, refresh) still work, protected ones answer with this error.
   */
  credentialError?: GraphQLError;
  /** Set by sign-in, registration and refresh: the user their answer is about, before any token is sent back. */
  authenticatedAs?: string;
  ip: string | null;
  userAgent: string | null;
  /** `ip` and `userAgent` together, as services take them. */
  origin: RequestOrigin;
  logger: Logger;
  services: Services;
  /** Present for HTTP requests (cookies); absent over WebSocket. */
  req?: Request;
  res?: Response;
}
