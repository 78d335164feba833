import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { Config } from '../config.js';
import type { Orm } from '../db/orm.js';
import type { Logger } from '../logger.js';
import { resolveViewer } from '../modules/auth/viewer.service.js';
import type { Services } from '../services.js';
import type { Context, Viewer } from './context.js';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** Reuses a sane incoming X-Request-Id so logs correlate across proxies; otherwise mints one. */
export function requestIdOf(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && REQUEST_ID.test(value) ? value : randomUUID();
}

export interface ContextDeps {
  config: Config;
  orm: Orm;
  logger: Logger;
  services: Services;
}

/** One context per HTTP request: a fresh EntityManager fork and the caller resolved from its bearer token. */
export async function httpContext(deps: ContextDeps, req: Request, res: Response): Promise<Context> {
  const em = deps.orm.em.fork();
  const requestId = res.locals.requestId as string;
  let viewer: Viewer | null = null;
  let credentialError: GraphQLError | undefined;
  try {
    viewer = await resolveViewer(em, deps.services, req.headers.authorization);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    credentialError = error;
  }
  return {
    requestId,
    em,
    viewer,
    credentialError,
    ip: req.ip ?? null,
    userAgent: req.headers['user-agent'] ?? null,
    origin: { ip: req.ip ?? null, userAgent: req.headers['user-agent'] ?? null },
    logger: deps.logger.child({ requestId }),
    services: deps.services,
    req,
    res,
  };
}

/** One context per WebSocket operation, for the viewer authenticated at connection_init. */
export function socketContext(deps: ContextDeps, viewer: Viewer | null, ip: string | null, userAgent: string | null): Context {
  const requestId = randomUUID();
  return {
    requestId,
    em: deps.orm.em.fork(),
    viewer,
    ip,
    userAgent,
    origin: { ip, userAgent },
    logger: deps.logger.child({ requestId }),
    services: deps.services,
  };
}
