import { existsSync } from 'node:fs';
import { type ResourceLimits, Worker } from 'node:worker_threads';
import { rateLimited } from '../../graphql/errors.js';
import type { ScoreReply, ScoreRequest, ScoreResult, ScorerWorkerData } from './password-worker.js';
import { zhTranslations } from './password-zh.js';

export type { ScoreLocale, ScoreResult } from './password-worker.js';

export interface PasswordScorerOptions {
  /** Scorings waiting or running at most; more are refused with RATE_LIMITED rather than queued without end. */
  maxPending?: number;
  /** How long the worker may go without answering while it has work before it is deemed stuck and replaced. */
  stallTimeoutMs?: number;
  resourceLimits?: ResourceLimits;
  /** The worker's entry (tests pass their own). */
  workerUrl?: URL;
}

/**
 * zxcvbn's heap churn grows the process's resident memory for good and each scoring blocks for milliseconds,
 * so scoring runs on one worker thread with a small, bounded heap. Measured: dictionaries ~31 MB of heap,
 * a young generation over 8 MB only adds resident memory.
 */
const DEFAULT_RESOURCE_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 };

/** Built, the emitted .js lies beside this file; from sources (vitest, vite-node) Node runs the .ts, stripping types. */
function defaultWorkerUrl(): URL {
  const built = new URL('./password-worker.js', import.meta.url);
  return existsSync(built) ? built : new URL('./password-worker.ts', import.meta.url);
}

interface PendingCall {
  resolve: (result: ScoreResult) => void;
  reject: (error: Error) => void;
}

/**
 * Sends scorings to one worker thread and matches the answers by id. The worker starts on first use; when it
 * crashes, stalls or is closed, its pending calls are rejected and the next call starts a fresh one.
 */
export class PasswordScorer {
  private readonly maxPending: number;
  private readonly stallTimeoutMs: number;
  private readonly resourceLimits: ResourceLimits;
  private readonly workerUrl: URL;
  private worker: Worker | undefined;
  private readonly pending = new Map<number, PendingCall>();
  private nextId = 1;
  private stallTimer: NodeJS.Timeout | undefined;

  constructor(options: PasswordScorerOptions = {}) {
    this.maxPending = options.maxPending ?? 200;
    this.stallTimeoutMs = options.stallTimeoutMs ?? 10_000;
    this.resourceLimits = options.resourceLimits ?? DEFAULT_RESOURCE_LIMITS;
    this.workerUrl = options.workerUrl ?? defaultWorkerUrl();
  }

  score(request: Omit<ScoreRequest, 'id'>): Promise<ScoreResult> {
    if (this.pending.size >= this.maxPending) return Promise.reject(rateLimited(1));
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise<ScoreResult>((resolve, reject) => {
      if (this.pending.size === 0) {
        // Kept alive only while it owes answers: an idle scorer never holds the process open.
        worker.ref();
        this.stallTimer = setTimeout(() => this.stalled(worker), this.stallTimeoutMs).unref();
      }
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, ...request } satisfies ScoreRequest);
    });
  }

  /** Stops the worker and rejects what it still owes; a later call starts a new one. */
  async close(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    this.fail(worker, new Error('Password scoring was shut down.'));
    await worker.terminate();
  }

  private start(): Worker {
    const workerData: ScorerWorkerData = { zhTranslations };
    const worker = new Worker(this.workerUrl, { name: 'password-scorer', workerData, resourceLimits: this.resourceLimits });
    worker.unref();
    worker.on('message', (reply: ScoreReply) => this.answer(worker, reply));
    worker.on('error', (error) => this.fail(worker, new Error('The password scoring worker failed.', { cause: error })));
    worker.on('exit', (code) => this.fail(worker, new Error(`The password scoring worker exited (code ${code}).`)));
    this.worker = worker;
    return worker;
  }

  private answer(worker: Worker, reply: ScoreReply): void {
    const call = this.pending.get(reply.id);
    if (!call || worker !== this.worker) return;
    this.pending.delete(reply.id);
    if (this.pending.size === 0) this.idle(worker);
    else this.stallTimer?.refresh();
    if ('error' in reply) call.reject(new Error(`Password scoring failed: ${reply.error}`));
    else call.resolve({ score: reply.score, warning: reply.warning, suggestions: reply.suggestions });
  }

  private stalled(worker: Worker): void {
    this.fail(worker, new Error(`The password scoring worker did not answer within ${this.stallTimeoutMs} ms.`));
    void worker.terminate();
  }

  /** Forgets the worker (once: `error` is followed by `exit`) and rejects every call it owed. */
  private fail(worker: Worker, error: Error): void {
    if (worker !== this.worker) return;
    this.worker = undefined;
    this.idle(worker);
    const calls = [...this.pending.values()];
    this.pending.clear();
    for (const call of calls) call.reject(error);
  }

  private idle(worker: Worker): void {
    clearTimeout(this.stallTimer);
    this.stallTimer = undefined;
    worker.unref();
  }
}
