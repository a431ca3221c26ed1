/**
 * Run as a fresh process by the editor benchmark with the path of the built extension bundle:
 * times `require` of the bundle and its `activate()` outside VS Code. `vscode` resolves to a stub
 * in which every property is another stub, every call returns one and nothing is iterable, so
 * activate() runs its own code (constructing and wiring) against an API that does nothing, with
 * no document open. The extension host's own work (reading package.json, creating the context)
 * is not counted. Prints one JSON line.
 */
import { readFileSync } from 'fs';
import Module from 'module';

export interface ActivationTimes {
  readonly requireMs: number;
  readonly activateMs: number;
}

const STUB_ID = '<privacy-lens-bench:vscode-stub>';

/** A stand-in for any part of the vscode API: callable, constructible, never a thenable, iterates nothing. */
function apiStub(): unknown {
  const target = function stub(): void {};
  return new Proxy(target, {
    get(_target, property) {
      if (property === Symbol.iterator) {
        return function* empty(): Generator<never> {};
      }
      if (property === 'then') {
        return undefined; // not a promise: `await` on a stub must not hang
      }
      if (property === Symbol.toPrimitive) {
        return () => 'stub';
      }
      return apiStub();
    },
    set: () => true, // the extension configures items (a status bar's text...): accepted and dropped
    apply: () => apiStub(),
    construct: () => apiStub() as object,
  });
}

/**
 * The bundle reads the API through esbuild's namespace wrapper, which copies the module's own
 * property names: so the stub's top level is a plain object holding a stub under every name the
 * bundle reads from a `vscode` import (`vscode.window`, `vscode2.Uri`...).
 */
function vscodeNamespace(bundleText: string): Record<string, unknown> {
  const names = new Set([...bundleText.matchAll(/\bvscode\d*\.([A-Za-z_$][\w$]*)/g)].map((match) => match[1]!));
  return Object.fromEntries([...names].map((name) => [name, apiStub()]));
}

function main(): void {
  const bundle = process.argv[2];
  if (!bundle) {
    throw new Error('editorActivateChild: expected the path of dist/extension.js as its argument');
  }
  const resolver = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
  const resolve = resolver._resolveFilename;
  resolver._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]): string {
    return request === 'vscode' ? STUB_ID : resolve.call(this, request, ...rest);
  };
  const stubModule = new Module(STUB_ID);
  stubModule.exports = vscodeNamespace(readFileSync(bundle, 'utf8'));
  stubModule.loaded = true;
  require.cache[STUB_ID] = stubModule;

  const context = { subscriptions: [] as unknown[], extensionUri: apiStub(), extensionMode: 1 /* Production */ };
  const requireStarted = process.hrtime.bigint();
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle is loaded at run time, by path
  const extension = require(bundle) as { activate: (context: unknown) => void };
  const activateStarted = process.hrtime.bigint();
  extension.activate(context);
  const activateEnded = process.hrtime.bigint();
  const times: ActivationTimes = { requireMs: Number(activateStarted - requireStarted) / 1e6, activateMs: Number(activateEnded - activateStarted) / 1e6 };
  process.stdout.write(`${JSON.stringify(times)}\n`);
}

main();
