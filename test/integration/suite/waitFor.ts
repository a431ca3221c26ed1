/**
 * Event-driven waiting for the integration suite: resolve when an event brings the awaited
 * state, fail with a clear message at the deadline. No fixed sleeps.
 */
import * as vscode from 'vscode';

export const DEFAULT_DEADLINE_MS = 30_000;

/** Resolves with `check()`'s value once it is defined, re-checking whenever `event` fires. */
export function waitForEvent<T, E>(event: vscode.Event<E>, check: () => T | undefined, what: string | (() => string), deadlineMs = DEFAULT_DEADLINE_MS): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const settle = (): boolean => {
      const value = check();
      if (value !== undefined) {
        cleanup();
        resolve(value);
        return true;
      }
      return false;
    };
    const subscription = event(() => void settle());
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out after ${deadlineMs} ms waiting for ${typeof what === 'string' ? what : what()}`));
    }, deadlineMs);
    const cleanup = (): void => {
      clearTimeout(timer);
      subscription.dispose();
    };
    settle();
  });
}

/** Our diagnostics on `uri`, once they satisfy `accept`. */
export function waitForDiagnostics(uri: vscode.Uri, accept: (diagnostics: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  const ours = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Privacy Lens');
  return waitForEvent(
    vscode.languages.onDidChangeDiagnostics,
    () => {
      const diagnostics = ours();
      return accept(diagnostics) ? diagnostics : undefined;
    },
    `${what} on ${vscode.workspace.asRelativePath(uri)}`,
  );
}

export function ruleIds(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics.map((d) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code))).sort();
}

/** Resolves when `uri`'s document closes, with how many of our diagnostics it had at that moment. */
export function waitForClose(uri: vscode.Uri, deadlineMs = DEFAULT_DEADLINE_MS): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const subscription = vscode.workspace.onDidCloseTextDocument((document) => {
      if (document.uri.toString() === uri.toString()) {
        cleanup();
        resolve(vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Privacy Lens').length);
      }
    });
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out after ${deadlineMs} ms waiting for ${vscode.workspace.asRelativePath(uri)} to close`));
    }, deadlineMs);
    const cleanup = (): void => {
      clearTimeout(timer);
      subscription.dispose();
    };
  });
}

/**
 * Asks a provider command (quick fixes, hover, CodeLens) until its answer satisfies `accept`. A
 * request made just after a document opens can come back empty in code-server (the workbench has
 * not yet matched the document to our provider), so each request is made as soon as the last
 * answers, until the deadline; no sleeping.
 */
export async function askUntil<T>(
  ask: () => Thenable<T>,
  accept: (answer: T) => boolean,
  what: string,
  describe: (answer: T) => string = (answer) => JSON.stringify(answer),
  deadlineMs = DEFAULT_DEADLINE_MS,
): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  let answer: T;
  do {
    answer = await ask();
    if (accept(answer)) {
      return answer;
    }
  } while (Date.now() < deadline);
  throw new Error(`timed out after ${deadlineMs} ms waiting for ${what}; last answer: ${describe(answer)}`);
}

/** The quick fixes VS Code offers at `range`, once `accept` holds. */
export function quickFixesAt(uri: vscode.Uri, range: vscode.Range, accept: (actions: vscode.CodeAction[]) => boolean, what: string): Promise<vscode.CodeAction[]> {
  return askUntil(
    () => vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value),
    accept,
    `${what} on ${vscode.workspace.asRelativePath(uri)}`,
    (actions) => actions.map((a) => a.title).join(' | ') || 'nothing',
  );
}
