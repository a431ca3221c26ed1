/** The messages between ScanWorkerPool and its worker threads (structured-cloned, so plain data only). */
import type { ScanTextOptions, TextScanResult } from './scanner';

export interface ScanTask {
  readonly id: number;
  readonly text: string;
  readonly options: ScanTextOptions;
}

export interface ScanTaskReply {
  readonly id: number;
  readonly result?: TextScanResult;
  /** An Error does not survive the thread boundary with its class; its name does. */
  readonly error?: { readonly name: string; readonly message: string; readonly budgetMs?: number };
}
