import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type NextFunction, type Request, type Response } from 'express';
import { GraphQLError, NoSchemaIntrospectionCustomRule, parse, specifiedRules, validate } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { type WebSocket, WebSocketServer } from 'ws';
import type { Config } from './config.js';
import { migrate, type Orm, openOrm } from './db/orm.js';
import { ensureBuiltInRoles, type SeedResult, seedDemoData } from './db/seeders/demo.seeder.js';
import type { Context, Viewer } from './graphql/context.js';
import { httpContext, requestIdOf, socketContext } from './graphql/context-factory.js';
import { ErrorCode, unauthenticated } from './graphql/errors.js';
import { createErrorFormatter } from './graphql/format-error.js';
import { limitRules, parseOptions, QUERY_LIMITS } from './graphql/limits.js';
import { buildAppSchema } from './graphql/schema.js';
import type { Logger } from './logger.js';
import { createMailer } from './mail/mailer.js';
import { closeWhenTokenExpires, resolveViewer } from './modules/auth/viewer.service.js';
import { securityHeaders } from './security-headers.js';
import { createServices, type Services } from './services.js';

export interface RunningApp {
  url: string;
  port: number;
  orm: Orm;
  services: Services;
  seed: SeedResult;
  stop(): Promise<void>;
}

function errorBody(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

/** Opens the database, migrates, seeds on first run, and serves GraphQL (HTTP + WebSocket), health checks and the web app. */
export async function startApp(config: Config, logger: Logger): Promise<RunningApp> {
  const production = config.env === 'production';
  const orm = await openOrm(config);
  await migrate(orm);
  await ensureBuiltInRoles(orm.em.fork());
  const seed = config.seedDemo ? await seedDemoData(orm.em.fork(), { password: config.demoPassword, logger }) : { seeded: false };

  const mailer = createMailer(config, logger);
  const services = createServices(config, logger, mailer);
  const deps = { config, orm, logger, services };
  const schema = await buildAppSchema();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  const httpServer: Server = createServer(app);

  // graphql-ws on the same port and path as HTTP GraphQL; the token travels in connection_init.
  // noServer: we route upgrades ourselves, so listen errors stay with the HTTP server (no noisy re-emits).
  const wsServer = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  httpServer.on('upgrade', (request, socket, head) => {
    if (new URL(request.url ?? '/', 'http://localhost').pathname !== '/graphql') {
      socket.destroy();
      return;
    }
    wsServer.handleUpgrade(request, socket, head, (ws) => wsServer.emit('connection', ws, request));
  });
  const socketStates = new WeakMap<object, { authorization?: string; viewer: Viewer | null }>();
  const socketRules = [...specifiedRules, ...limitRules(), ...(production ? [NoSchemaIntrospectionCustomRule] : [])];
  const wsCleanup = useServer<{ authorization?: string }, { request: IncomingMessage; socket: WebSocket }>(
    {
      schema,
      parse: (source) => parse(source, parseOptions),
      validate: (s, document) => validate(s, document, socketRules),
      onConnect: async (ctx) => {
        const authorization = ctx.connectionParams?.authorization;
        let viewer: Viewer | null;
        try {
          viewer = await resolveViewer(orm.em.fork(), config, authorization);
        } catch {
          return false; // 4403 Forbidden
        }
        socketStates.set(ctx.extra, { authorization, viewer });
        closeWhenTokenExpires(ctx.extra.socket, authorization);
        if (viewer) services.sockets.add(viewer.user.id, ctx.extra.socket);
        return true;
      },
      // Every operation re-checks the caller: a deactivated user or a revoked API token stops at once.
      onSubscribe: async (ctx) => {
        const state = socketStates.get(ctx.extra);
        if (!state) return [unauthenticated()];
        try {
          state.viewer = await resolveViewer(orm.em.fork(), config, state.authorization);
        } catch (error) {
          return [error instanceof GraphQLError ? error : unauthenticated()];
        }
        return undefined;
      },
      context: (ctx) =>
        socketContext(
          deps,
          socketStates.get(ctx.extra)?.viewer ?? null,
          ctx.extra.request.socket.remoteAddress ?? null,
          ctx.extra.request.headers['user-agent'] ?? null,
        ),
    },
    wsServer,
  );

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: !production,
    validationRules: limitRules(),
    parseOptions,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    formatError: createErrorFormatter(production),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
      },
      {
        async requestDidStart() {
          return {
            async didEncounterErrors({ contextValue, errors }) {
              for (const error of errors) {
                const code = error.extensions?.code;
                if (!code || code === ErrorCode.INTERNAL_SERVER_ERROR) {
                  (contextValue?.logger ?? logger).error({ err: error.originalError ?? error, path: error.path }, 'unexpected error');
                }
              }
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.use(securityHeaders);
  app.use((req, res, next) => {
    const requestId = requestIdOf(req.headers['x-request-id']);
    res.locals.requestId = requestId;
    res.setHeader('X-Request-Id', requestId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logger.info(
        { requestId, method: req.method, url: req.originalUrl.split('?')[0], status: res.statusCode, ms: Math.round(ms * 10) / 10 },
        'request',
      );
    });
    next();
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await orm.em.getConnection().execute('select 1');
      res.json({ status: 'ready', database: config.database.kind });
    } catch (error) {
      logger.error({ err: error }, 'readiness check failed');
      res.status(503).json({ status: 'unavailable', database: config.database.kind });
    }
  });

  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    (req: Request, res: Response, next: NextFunction) => {
      const query = req.method === 'GET' ? req.query.query : req.body?.query;
      if (typeof query === 'string' && query.length > QUERY_LIMITS.documentLength) {
        res
          .status(400)
          .json(errorBody(`The query document is longer than ${QUERY_LIMITS.documentLength} characters.`, ErrorCode.BAD_USER_INPUT));
        return;
      }
      next();
    },
    expressMiddleware(apollo, { context: ({ req, res }) => httpContext(deps, req, res) }),
  );

  serveWebApp(app, config.webDist);

  // Malformed JSON, oversized bodies and anything unexpected: a clean JSON error, never a stack trace.
  app.use((error: Error & { status?: number; type?: string }, _req: Request, res: Response, _next: NextFunction) => {
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) logger.error({ err: error, requestId: res.locals.requestId }, 'unhandled error');
    const message =
      status === 413 ? 'The request body is too large.' : status === 500 ? 'Internal server error.' : 'The request body is not valid JSON.';
    const code = status === 500 ? ErrorCode.INTERNAL_SERVER_ERROR : status === 404 ? ErrorCode.NOT_FOUND : ErrorCode.BAD_USER_INPUT;
    res.status(status).json(errorBody(message, code));
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  }).catch(async (error: unknown) => {
    await apollo.stop();
    await orm.close();
    throw error;
  });
  const { port } = httpServer.address() as AddressInfo;
  const wildcard = config.host === '0.0.0.0' || config.host === '::';
  const url = `http://${wildcard ? 'localhost' : config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      for (const client of wsServer.clients) client.close(1001, 'Server shutting down');
      await apollo.stop(); // stops accepting, finishes in-flight requests, drains websockets
      wsServer.close();
      await services.background.drain(); // mails and audit writes promised to callers
      mailer.close();
      await orm.close();
    })();
    return stopping;
  };
  return { url, port, orm, services, seed, stop };
}

/** Serves the built web app and answers every client-side route with index.html. */
function serveWebApp(app: express.Express, webDist: string): void {
  const index = join(webDist, 'index.html');
  app.use('/assets', express.static(join(webDist, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }));
  app.use(express.static(webDist, { index: false }));
  app.get(/^\/(?!graphql|api\/|healthz|readyz).*/, (_req, res) => {
    if (!existsSync(index)) {
      res.status(503).type('text/plain').send('The web app is not built yet. Run `npm run build`.');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
