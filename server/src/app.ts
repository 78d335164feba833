import 'reflect-metadata';
import { isUtf8 } from 'node:buffer';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Config } from './config.js';
import { migrate, type Orm, openOrm } from './db/orm.js';
import { ensureBuiltInRoles, type SeedResult, seedDemoData } from './db/seeders/demo.seeder.js';
import type { Context } from './graphql/context.js';
import { httpContext, requestIdOf } from './graphql/context-factory.js';
import { logUnexpectedErrors } from './graphql/error-log.js';
import { ErrorCode } from './graphql/errors.js';
import { createErrorFormatter } from './graphql/format-error.js';
import { InFlightOperations } from './graphql/in-flight.js';
import { limitRules, parseOptions, QUERY_LIMITS, queryTooLong } from './graphql/limits.js';
import { requestInputError } from './graphql/request-checks.js';
import { buildAppSchema } from './graphql/schema.js';
import { attachGraphQLWebSocket } from './graphql/websocket.js';
import type { Logger } from './logger.js';
import { createMailer } from './mail/mailer.js';
import { closePasswordScorer } from './modules/passwords/password.js';
import { reportExportHandler } from './modules/reports/report-export.js';
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
  const services = createServices(config, logger, mailer, orm);
  // Give Redis a moment to connect, so the first events already reach the other instances; the server
  // starts without it all the same (one instance alone until Redis is reachable; the link logs the warning).
  await services.redis?.whenReady(3000);
  const deps = { config, orm, logger, services };
  const schema = await buildAppSchema();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  const httpServer: Server = createServer(app);

  const formatError = createErrorFormatter(production);
  const sockets = attachGraphQLWebSocket(httpServer, schema, deps, formatError);

  const inFlight = new InFlightOperations();
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: !production,
    validationRules: limitRules(),
    parseOptions,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    formatError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are used; the plugin would otherwise instrument every field of every response.
      ApolloServerPluginCacheControlDisabled(),
      inFlight.plugin(),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await sockets.dispose();
            },
          };
        },
      },
      {
        async requestDidStart() {
          return {
            async didResolveOperation({ document, request }) {
              const refused = requestInputError(schema, document, request.operationName, request.variables);
              if (refused) throw refused;
            },
            async didEncounterErrors({ contextValue, errors }) {
              logUnexpectedErrors(contextValue?.logger ?? logger, errors);
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
    // Invalid UTF-8 is refused, not decoded into replacement characters: text is stored exactly as sent or not at all.
    express.json({ limit: '100kb', verify: refuseInvalidUtf8 }),
    (req: Request, res: Response, next: NextFunction) => {
      const query = req.method === 'GET' ? req.query.query : req.body?.query;
      if (typeof query === 'string' && query.length > QUERY_LIMITS.documentLength) {
        res.status(400).json({ errors: [queryTooLong().toJSON()] });
        return;
      }
      next();
    },
    expressMiddleware(apollo, { context: ({ req, res }) => httpContext(deps, req, res) }),
  );

  app.get('/api/reports/export', reportExportHandler(deps));

  serveWebApp(app, config.webDist);

  // Malformed JSON, oversized bodies and anything unexpected: a clean JSON error, never a stack trace.
  app.use((error: Error & { status?: number; type?: string }, _req: Request, res: Response, _next: NextFunction) => {
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) logger.error({ err: error, requestId: res.locals.requestId }, 'unhandled error');
    const message =
      status === 413
        ? 'The request body is too large.'
        : status === 500
          ? 'Internal server error.'
          : error.type === INVALID_UTF8
            ? 'The request body is not valid UTF-8.'
            : 'The request body is not valid JSON.';
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
    await services.close();
    await orm.close();
    throw error;
  });
  const { port } = httpServer.address() as AddressInfo;
  const wildcard = config.host === '0.0.0.0' || config.host === '::';
  const url = `http://${wildcard ? 'localhost' : config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      for (const client of sockets.server.clients) client.close(1001, 'Server shutting down');
      await apollo.stop(); // stops accepting, waits for open connections, drains websockets
      sockets.server.close();
      await inFlight.idle(10_000); // operations whose clients hung up still run: let them finish
      await services.background.drain(); // mails and audit writes promised to callers
      mailer.close();
      await closePasswordScorer();
      await services.close();
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

const INVALID_UTF8 = 'encoding.invalid';

function refuseInvalidUtf8(_req: unknown, _res: unknown, body: Buffer): void {
  if (!isUtf8(body)) throw Object.assign(new Error('The request body is not valid UTF-8.'), { status: 400, type: INVALID_UTF8 });
}
