/**
 * Loads tree-sitter (WASM) lazily: nothing is initialised until the first parse, and each
 * grammar is loaded on first use of its language. Trees live in WASM memory that the garbage
 * collector does not reclaim, so callers get a tree in a callback and it is deleted after.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Language, Parser, type ParseState, type Tree } from '@vscode/tree-sitter-wasm';
import { DEFAULT_PARSE_BUDGET_MS, ParseBudgetExceeded } from './parseBudget';

export { DEFAULT_PARSE_BUDGET_MS, ParseBudgetExceeded };

const RUNTIME_WASM = 'tree-sitter.wasm';
const LONE_CARRIAGE_RETURN = /\r(?!\n)/g;

/**
 * Where the WASM files are: `grammars/` beside the bundle when running from dist/ (the build
 * copies them there), else the package's own folder (unit tests run the unbundled sources).
 */
export function defaultWasmDirectory(): string {
  const besideBundle = path.join(__dirname, 'grammars');
  if (fs.existsSync(path.join(besideBundle, RUNTIME_WASM))) {
    return besideBundle;
  }
  return path.join(path.dirname(require.resolve('@vscode/tree-sitter-wasm/package.json')), 'wasm');
}

export class TreeSitterHost {
  private runtime: Promise<void> | undefined;
  private readonly parsers = new Map<string, Promise<Parser>>();

  constructor(private readonly wasmDirectory: string = defaultWasmDirectory()) {}

  /**
   * Parses `text` with the grammar in `grammarFile`, hands the tree to `use`, and frees the tree afterwards.
   * A parse that runs past `timeBudgetMs` is cancelled with a ParseBudgetExceeded error.
   */
  async withTree<T>(grammarFile: string, text: string, use: (tree: Tree) => T, timeBudgetMs = DEFAULT_PARSE_BUDGET_MS): Promise<T> {
    const parser = await this.parserFor(grammarFile);
    const deadline = Date.now() + timeBudgetMs;
    // The callback's declared type returns void, but web-tree-sitter cancels the parse when it returns true.
    const progressCallback = (() => Date.now() > deadline) as unknown as (state: ParseState) => void;
    // Tree-sitter starts a row only at `\n`; the scanner, VS Code and the languages themselves also end a
    // line at a lone `\r`. Read it as `\n` (same length, so offsets and columns keep their meaning) so
    // rows are the lines everyone else counts: otherwise a finding after a lone `\r` points past its line.
    const tree = parser.parse(text.replace(LONE_CARRIAGE_RETURN, '\n'), null, { progressCallback });
    if (!tree) {
      throw new ParseBudgetExceeded(timeBudgetMs);
    }
    try {
      return use(tree);
    } finally {
      tree.delete();
    }
  }

  /** Whether any grammar has been loaded yet (activation must not load one). */
  get loadedLanguageCount(): number {
    return this.parsers.size;
  }

  private parserFor(grammarFile: string): Promise<Parser> {
    let parser = this.parsers.get(grammarFile);
    if (!parser) {
      parser = this.createParser(grammarFile);
      // A failed load must not poison later attempts (the file may appear after a rebuild).
      parser.catch(() => this.parsers.delete(grammarFile));
      this.parsers.set(grammarFile, parser);
    }
    return parser;
  }

  private async createParser(grammarFile: string): Promise<Parser> {
    await this.initRuntime();
    const language = await Language.load(path.join(this.wasmDirectory, grammarFile));
    const parser = new Parser();
    parser.setLanguage(language);
    return parser;
  }

  private initRuntime(): Promise<void> {
    this.runtime ??= Parser.init({ locateFile: (file: string) => path.join(this.wasmDirectory, file) });
    return this.runtime;
  }
}
