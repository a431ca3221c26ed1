/** The messages between ScanWorkerPool and its worker threads (structured-cloned, so plain data only). */
import type { PrivacyLensConfig } from '../config';
import type { ScanTextOptions, TextScanResult } from './scanner';

export interface ScanTask {
  readonly id: number;
  readonly text: string;
  /** The options without the configuration, which is named by `configId` instead. */
  readonly options: Omit<ScanTextOptions, 'config'>;
  /** The configuration to scan with; absent: the engine's defaults. */
  readonly configId?: number;
  /**
   * Sent only when the worker does not hold configuration `configId` yet: a workspace scan's files
   * share one, which is then cloned (and its patterns compiled) once per worker, not once per file.
   */
  readonly config?: PrivacyLensConfig;
}

/** Tells a worker that a document (ScanTextOptions.document) has closed: what it kept for it can go. */
export interface ForgetDocument {
  readonly forget: string;
}

/** What the pool posts to a worker. */
export type WorkerMessage = ScanTask | ForgetDocument;

export interface ScanTaskReply {
  readonly id: number;
  readonly result?: TextScanResult;
  /** An Error does not survive the thread boundary with its class; its name does. */
  readonly error?: { readonly name: string; readonly message: string; readonly budgetMs?: number };
}
