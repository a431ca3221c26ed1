/**
 * Scans texts in worker threads, so that a workspace scan uses every core and the thread that
 * asks (the extension host, the CLI's main loop) is never blocked by parsing or rules. Texts the
 * user is looking at ('interactive') go ahead of a workspace scan's files ('background').
 *
 * A worker that takes longer than the file time limit is stopped and replaced: this is what
 * bounds a rule that never returns, which the parse budget alone cannot.
 */
import { availableParallelism } from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { PrivacyLensConfig } from '../config';
import { DEFAULT_PARSE_BUDGET_MS, ParseBudgetExceeded } from '../languages/parseBudget';
import type { ScanTextOptions, TextScanner, TextScanResult } from './scanner';
import type { ScanTask, ScanTaskReply, WorkerMessage } from './scanWorkerProtocol';

export type ScanPriority = 'interactive' | 'background';

/** A file whose whole scan ran past its time limit; its worker was stopped. */
export class FileTimeLimitExceeded extends Error {
  constructor(readonly limitMs: number) {
    super(`scanning took longer than ${limitMs} ms and was stopped`);
    this.name = 'FileTimeLimitExceeded';
  }
}

/** A worker thread that died (out of memory, a crash in WASM) while scanning a file. */
export class ScanWorkerFailed extends Error {
  constructor(detail: string) {
    super(`the scan worker stopped: ${detail}`);
    this.name = 'ScanWorkerFailed';
  }
}

export interface ScanWorkerPoolOptions {
  /** Worker threads; default one per core. */
  readonly size?: number;
  /** The compiled worker script; default `scanWorker.js` beside this module (dist/ or out/). */
  readonly workerScript?: string;
  /**
   * Each worker's old-generation heap limit in MB; default V8's own, which it sizes from the
   * machine's memory. A worker that outgrows it dies and is replaced, failing its file.
   */
  readonly heapLimitMb?: number;
}

interface PendingTask {
  /** The task as posted, except `config`, which is added only for a worker that does not hold it. */
  readonly task: Omit<ScanTask, 'config'>;
  readonly config?: PrivacyLensConfig;
  readonly limitMs: number;
  readonly resolve: (result: TextScanResult) => void;
  readonly reject: (error: Error) => void;
}

interface PoolWorker {
  readonly thread: Worker;
  /** The configuration last sent to it (it holds only that one). */
  configId?: number;
  running?: { readonly pending: PendingTask; readonly timer: NodeJS.Timeout };
}

/**
 * The whole-file limit is twice the parse budget plus time for a new worker to load tree-sitter
 * and the grammar: the parse stops itself at the budget, so only a scan whose rules run as long
 * again, or a hang, meets this.
 */
export function fileTimeLimit(options: ScanTextOptions): number {
  return 2 * (options.timeBudgetMs ?? DEFAULT_PARSE_BUDGET_MS) + WORKER_START_ALLOWANCE_MS;
}

const WORKER_START_ALLOWANCE_MS = 2_000;

export class ScanWorkerPool implements TextScanner {
  readonly parallelism: number;
  private readonly workerScript: string;
  readonly heapLimitMb: number | undefined;
  private readonly workers: PoolWorker[] = [];
  private readonly queues: Record<ScanPriority, PendingTask[]> = { interactive: [], background: [] };
  private readonly configIds = new WeakMap<PrivacyLensConfig, number>();
  /**
   * The worker that last scanned each open document: it holds the document's tree and statements,
   * so the next version goes to it when it is free (see ScanTextOptions.document).
   */
  private readonly documentWorkers = new Map<string, PoolWorker>();
  private nextId = 0;
  private nextConfigId = 0;
  private closed = false;

  constructor(options: ScanWorkerPoolOptions = {}) {
    this.parallelism = Math.max(1, options.size ?? availableParallelism());
    this.workerScript = options.workerScript ?? path.join(__dirname, 'scanWorker.js');
    this.heapLimitMb = options.heapLimitMb;
  }

  scanText(text: string, options: ScanTextOptions, priority: ScanPriority = 'background'): Promise<TextScanResult> {
    if (this.closed) {
      return Promise.reject(new Error('the scan worker pool is closed'));
    }
    const { config, ...rest } = options;
    const configId = config && this.configIdOf(config);
    return new Promise<TextScanResult>((resolve, reject) => {
      const task = { id: this.nextId++, text, options: rest, ...(configId === undefined ? {} : { configId }) };
      this.queues[priority].push({ task, ...(config ? { config } : {}), limitMs: fileTimeLimit(options), resolve, reject });
      this.dispatch();
    });
  }

  /** One id per configuration object: the callers keep theirs for a whole workspace scan. */
  private configIdOf(config: PrivacyLensConfig): number {
    let id = this.configIds.get(config);
    if (id === undefined) {
      id = this.nextConfigId++;
      this.configIds.set(config, id);
    }
    return id;
  }

  /** Lets every worker drop what it kept for a document that has closed. */
  forgetDocument(document: string): void {
    this.documentWorkers.delete(document);
    for (const worker of this.workers) {
      worker.thread.postMessage({ forget: document } satisfies WorkerMessage);
    }
  }

  /** This pool, scanning at `priority`: what the editor's diagnostics use ('interactive'). */
  withPriority(priority: ScanPriority): TextScanner {
    return {
      parallelism: this.parallelism,
      scanText: (text, options) => this.scanText(text, options, priority),
      forgetDocument: (document) => this.forgetDocument(document),
    };
  }

  /** Stops every worker; queued and running scans are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    const queued = [...this.queues.interactive.splice(0), ...this.queues.background.splice(0)];
    for (const pending of queued) {
      pending.reject(new Error('the scan worker pool was closed'));
    }
    await Promise.all(this.workers.splice(0).map((worker) => this.stop(worker, new Error('the scan worker pool was closed'))));
  }

  private dispatch(): void {
    while (this.queues.interactive.length + this.queues.background.length > 0) {
      const queue = this.queues.interactive.length > 0 ? this.queues.interactive : this.queues.background;
      const next = queue[0]!;
      const document = next.task.options.document;
      const previous = document === undefined ? undefined : this.documentWorkers.get(document);
      const worker =
        (previous && !previous.running && this.workers.includes(previous) ? previous : undefined) ??
        this.workers.find((w) => !w.running) ??
        (this.workers.length < this.parallelism ? this.startWorker() : undefined);
      if (!worker) {
        return; // every worker is busy; the next to finish dispatches again
      }
      queue.shift();
      if (document !== undefined) {
        this.documentWorkers.set(document, worker);
      }
      this.run(worker, next);
    }
  }

  private run(worker: PoolWorker, pending: PendingTask): void {
    const timer = setTimeout(() => void this.replace(worker, new FileTimeLimitExceeded(pending.limitMs)), pending.limitMs);
    worker.running = { pending, timer };
    // A busy worker keeps the process alive; an idle one must not (the CLI exits when done).
    worker.thread.ref();
    const { task, config } = pending;
    const sendConfig = task.configId !== undefined && worker.configId !== task.configId;
    worker.configId = task.configId ?? worker.configId;
    worker.thread.postMessage(sendConfig ? { ...task, config } : task);
  }

  private startWorker(): PoolWorker {
    const resourceLimits = this.heapLimitMb === undefined ? {} : { maxOldGenerationSizeMb: this.heapLimitMb };
    const worker: PoolWorker = { thread: new Worker(this.workerScript, { resourceLimits }) };
    worker.thread.on('message', (reply: ScanTaskReply) => this.finish(worker, reply));
    worker.thread.on('error', (error) => void this.replace(worker, new ScanWorkerFailed(error.message)));
    worker.thread.on('exit', (code) => {
      if (this.workers.includes(worker)) {
        void this.replace(worker, new ScanWorkerFailed(`exit code ${code}`));
      }
    });
    worker.thread.unref();
    this.workers.push(worker);
    return worker;
  }

  private finish(worker: PoolWorker, reply: ScanTaskReply): void {
    const running = worker.running;
    if (!running || running.pending.task.id !== reply.id) {
      return;
    }
    clearTimeout(running.timer);
    worker.running = undefined;
    worker.thread.unref();
    if (reply.result) {
      running.pending.resolve(reply.result);
    } else {
      running.pending.reject(rebuildError(reply.error));
    }
    this.dispatch();
  }

  /** Stops a worker that overran or died, fails its file with `reason`, and lets a new one take the queue. */
  private async replace(worker: PoolWorker, reason: Error): Promise<void> {
    const index = this.workers.indexOf(worker);
    if (index < 0) {
      return;
    }
    this.workers.splice(index, 1);
    await this.stop(worker, reason);
    this.dispatch();
  }

  private async stop(worker: PoolWorker, reason: Error): Promise<void> {
    const running = worker.running;
    worker.running = undefined;
    if (running) {
      clearTimeout(running.timer);
      running.pending.reject(reason);
    }
    await worker.thread.terminate();
  }
}

function rebuildError(error: ScanTaskReply['error']): Error {
  if (error?.name === 'ParseBudgetExceeded' && error.budgetMs !== undefined) {
    // Rebuilt with the worker's message, which says whether the parse or the tree's reading ran over.
    return Object.assign(new ParseBudgetExceeded(error.budgetMs), { message: error.message });
  }
  const rebuilt = new Error(error?.message ?? 'the scan worker answered without a result');
  rebuilt.name = error?.name ?? 'Error';
  return rebuilt;
}
