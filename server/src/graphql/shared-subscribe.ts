import { createSourceEventStream, type ExecutionArgs, type ExecutionResult, execute } from 'graphql';
import type { Context, Viewer } from './context.js';

/**
 * Subscriptions that execute each event once per audience instead of once per subscriber.
 *
 * graphql-js runs the subscription document for every subscriber and every event. With a thousand people
 * watching one conversation that is a thousand identical executions. Here the first subscriber of an
 * audience (same document, same variables, same permissions) executes the event, and the others reuse its
 * result, unless that execution read something personal: the viewer's identity or teams, or the request's
 * origin. Those reads are observed, not declared, so a new per-viewer field (`unread`, `viewerCan`, an
 * owner-only email) can never leak through a shared result: it simply makes the result personal, and every
 * subscriber executes it for themselves as before.
 *
 * Each event also runs in a fresh EntityManager fork and a fresh per-request cache (dataloaders, shield's
 * contextual cache), so a long-lived subscription never reads stale entities from an earlier event.
 */
export async function subscribeShared(args: ExecutionArgs): Promise<AsyncIterable<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!isAsyncIterable(source)) return source;
  const context = args.contextValue as Context;
  const audience = audienceOf(args, context.viewer);
  return mapEvents(source, (event) => executeEvent(args, context, audience, event));
}

/** How often a result was computed or reused; tests read it to prove that sharing happens. */
export const sharedExecutionStats = { executed: 0, reused: 0 };

interface EventResult {
  result: ExecutionResult;
  /** The execution read something of its viewer beyond the permissions: nobody else may receive it. */
  personal: boolean;
}

/** Results by event object (the pubsub hands every listener the same one), then by audience. */
const resultsByEvent = new WeakMap<object, Map<string, Promise<EventResult>>>();

async function executeEvent(args: ExecutionArgs, context: Context, audience: string | null, event: unknown): Promise<ExecutionResult> {
  if (audience === null || typeof event !== 'object' || event === null) return run(args, eventContext(context), event);
  let byAudience = resultsByEvent.get(event);
  if (!byAudience) {
    byAudience = new Map();
    resultsByEvent.set(event, byAudience);
  }
  const earlier = byAudience.get(audience);
  if (earlier) {
    const shared = await earlier;
    if (!shared.personal) {
      sharedExecutionStats.reused += 1;
      return shared.result;
    }
    return run(args, eventContext(context), event);
  }
  const observed = { personal: false };
  const pending = run(args, observing(eventContext(context), observed), event).then((result) => ({ result, personal: observed.personal }));
  byAudience.set(audience, pending);
  return (await pending).result;
}

async function run(args: ExecutionArgs, contextValue: Context, rootValue: unknown): Promise<ExecutionResult> {
  sharedExecutionStats.executed += 1;
  return execute({ ...args, contextValue, rootValue });
}

/** The subscription's context for one event: a fresh EntityManager, and no rule answers cached by earlier events. */
function eventContext(context: Context): Context {
  const { _shield: _cachedRules, ...rest } = context as Context & { _shield?: unknown };
  return { ...rest, em: context.em.fork() };
}

/** The document, its variables and what the viewer may do; null when the document text is unknown. */
function audienceOf(args: ExecutionArgs, viewer: Viewer | null): string | null {
  const text = args.document.loc?.source.body;
  if (!text || !viewer) return null;
  const scopes = viewer.scopes ? [...viewer.scopes].sort().join(',') : '-';
  return [
    text,
    args.operationName ?? '',
    JSON.stringify(args.variableValues ?? {}),
    viewer.via,
    [...viewer.permissions].sort().join(','),
    scopes,
  ].join('\u0000');
}

/** Reads that every member of an audience answers alike; any other read of the viewer is personal. */
const SHARED_VIEWER_KEYS = new Set<PropertyKey>(['permissions', 'via', 'scopes']);
/** Context fields that describe this one caller. */
const PERSONAL_CONTEXT_KEYS = new Set<PropertyKey>(['ip', 'userAgent', 'origin', 'authenticatedAs', 'credentialError', 'req', 'res']);

function observing(context: Context, observed: { personal: boolean }): Context {
  const viewer = context.viewer
    ? new Proxy(context.viewer, {
        get(target, key, receiver) {
          if (!SHARED_VIEWER_KEYS.has(key)) observed.personal = true;
          return Reflect.get(target, key, receiver);
        },
      })
    : null;
  return new Proxy(context, {
    get(target, key, receiver) {
      if (key === 'viewer') return viewer;
      if (PERSONAL_CONTEXT_KEYS.has(key)) observed.personal = true;
      return Reflect.get(target, key, receiver);
    },
  });
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof (value as AsyncIterable<unknown> | null)?.[Symbol.asyncIterator] === 'function';
}

/** Maps a source stream, passing `return` through so an ended subscription stops listening. */
function mapEvents<T, R>(source: AsyncIterable<T>, map: (event: T) => Promise<R>): AsyncIterableIterator<R> {
  const iterator = source[Symbol.asyncIterator]();
  return {
    async next() {
      const step = await iterator.next();
      return step.done ? { value: undefined, done: true } : { value: await map(step.value), done: false };
    },
    async return() {
      await iterator.return?.();
      return { value: undefined, done: true };
    },
    async throw(error?: unknown) {
      await iterator.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
