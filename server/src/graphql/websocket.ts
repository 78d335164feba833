import type { IncomingMessage, Server } from 'node:http';
import {
  type ExecutionArgs,
  GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { type WebSocket, WebSocketServer } from 'ws';
import { closeWhenTokenExpires, resolveViewer } from '../modules/auth/viewer.service.js';
import type { Context, Viewer } from './context.js';
import { type ContextDeps, socketContext } from './context-factory.js';
import { logUnexpectedErrors } from './error-log.js';
import { unauthenticated } from './errors.js';
import { limitRules, parseOptions, QUERY_LIMITS, queryTooLong } from './limits.js';
import { requestInputError } from './request-checks.js';
import { subscribeShared } from './shared-subscribe.js';

type ErrorFormatter = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

interface SocketState {
  authorization?: string;
  viewer: Viewer | null;
}

export interface GraphQLWebSocket {
  server: WebSocketServer;
  /** Stops taking operations and completes the running ones (used while draining). */
  dispose(): Promise<void>;
}

/**
 * graphql-ws on the same port and path as HTTP GraphQL; the token travels in connection_init. Every operation
 * goes through the same gates as HTTP: the caller re-checked, the document size and query limits, unsafe text
 * refused, and every error formatted (codes, masking in production) and logged with a request id.
 */
export function attachGraphQLWebSocket(
  httpServer: Server,
  schema: GraphQLSchema,
  deps: ContextDeps,
  formatError: ErrorFormatter,
): GraphQLWebSocket {
  const production = deps.config.env === 'production';
  // noServer: we route upgrades ourselves, so listen errors stay with the HTTP server (no noisy re-emits).
  const server = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  httpServer.on('upgrade', (request, socket, head) => {
    if (new URL(request.url ?? '/', 'http://localhost').pathname !== '/graphql') {
      socket.destroy();
      return;
    }
    server.handleUpgrade(request, socket, head, (ws) => server.emit('connection', ws, request));
  });

  const states = new WeakMap<object, SocketState>();
  const rules = [...specifiedRules, ...limitRules(), ...(production ? [NoSchemaIntrospectionCustomRule] : [])];
  const format = (errors: readonly GraphQLError[]) => errors.map((error) => formatError(error.toJSON(), error));

  const cleanup = useServer<{ authorization?: string }, { request: IncomingMessage; socket: WebSocket }>(
    {
      schema,
      subscribe: subscribeShared,
      onConnect: async (ctx) => {
        const authorization = ctx.connectionParams?.authorization;
        let viewer: Viewer | null;
        try {
          viewer = await resolveViewer(deps.orm.em.fork(), deps.services, authorization);
        } catch {
          return false; // 4403 Forbidden
        }
        states.set(ctx.extra, { authorization, viewer });
        closeWhenTokenExpires(ctx.extra.socket, authorization);
        if (viewer) deps.services.sockets.add(viewer.user.id, viewer.user.role.id, ctx.extra.socket);
        return true;
      },
      // Every operation re-checks the caller (a deactivated user or a revoked token stops at once), then
      // parses and validates here so the limits and the input checks match HTTP exactly.
      onSubscribe: async (ctx, _id, payload): Promise<ExecutionArgs | readonly GraphQLError[]> => {
        const state = states.get(ctx.extra);
        if (!state) return [unauthenticated()];
        try {
          state.viewer = await resolveViewer(deps.orm.em.fork(), deps.services, state.authorization);
        } catch (error) {
          return [asGraphQLError(error)];
        }
        if (payload.query.length > QUERY_LIMITS.documentLength) return [queryTooLong()];
        let document: ReturnType<typeof parse>;
        try {
          document = parse(payload.query, parseOptions);
        } catch (error) {
          return [withCode(asGraphQLError(error), 'GRAPHQL_PARSE_FAILED')];
        }
        const invalid = validate(schema, document, rules);
        if (invalid.length > 0) return invalid.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED'));
        const refused = requestInputError(schema, document, payload.operationName, payload.variables);
        if (refused) return [refused];
        return { schema, document, operationName: payload.operationName, variableValues: payload.variables };
      },
      context: (ctx) =>
        socketContext(
          deps,
          states.get(ctx.extra)?.viewer ?? null,
          ctx.extra.request.socket.remoteAddress ?? null,
          ctx.extra.request.headers['user-agent'] ?? null,
        ),
      onError: (_ctx, _id, _payload, errors) => {
        logUnexpectedErrors(deps.logger, errors);
        return format(errors);
      },
      onNext: (_ctx, _id, _payload, args, result) => {
        if (!result.errors?.length) return;
        const context = args.contextValue as Context | undefined;
        logUnexpectedErrors(context?.logger ?? deps.logger, result.errors);
        return { ...result, errors: format(result.errors) };
      },
    },
    server,
  );
  return { server, dispose: async () => cleanup.dispose() };
}

/** Tags parse and validation errors as Apollo does over HTTP, so the formatter reports them as BAD_USER_INPUT. */
function withCode(error: GraphQLError, code: string): GraphQLError {
  if (error.extensions.code || error.originalError) return error;
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { code } });
}

/** Unexpected failures become an uncoded GraphQLError, which the formatter masks and the log records. */
function asGraphQLError(error: unknown): GraphQLError {
  return error instanceof GraphQLError ? error : new GraphQLError('Internal server error.', { originalError: error as Error });
}
