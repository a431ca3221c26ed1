/**
 * Loads tree-sitter (WASM) lazily: nothing is initialised until the first parse, and each
 * grammar is loaded on first use of its language. Trees live in WASM memory that the garbage
 * collector does not reclaim, so callers get a tree in a callback and it is deleted after.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Language, Parser, type ParseState, type Tree } from '@vscode/tree-sitter-wasm';
import type { KeptTrees } from './keptTrees';
import { DEFAULT_PARSE_BUDGET_MS, ParseBudgetExceeded } from './parseBudget';
import { textEdit } from './textEdit';

export { DEFAULT_PARSE_BUDGET_MS, ParseBudgetExceeded };

const RUNTIME_WASM = 'tree-sitter.wasm';

/**
 * The deadline of the tree being read, if one is: the budget covers the adapter's walk as well as
 * the parse, since some input (calls nested thousands deep) parses fast but costs the walk time
 * quadratic in its depth. Set only while `withTree` runs its synchronous callback, so one module
 * variable is enough; the walks call checkReadDeadline as they go.
 */
let readDeadline: { readonly at: number; readonly budgetMs: number } | undefined;

/** The clock is read on every 256th visit, not every one: walks visit hundreds of thousands of nodes, and the deadline needs no finer grain. */
let visitsSinceClockRead = 0;

/** Throws ParseBudgetExceeded once the tree being read is past its deadline. */
export function checkReadDeadline(): void {
  if (readDeadline && ++visitsSinceClockRead >= 256 && ((visitsSinceClockRead = 0), Date.now() > readDeadline.at)) {
    throw new ParseBudgetExceeded(readDeadline.budgetMs, 'reading the syntax tree');
  }
}

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
   * With `keep`, the document's previous tree (if any, of the same grammar) is edited and reused for
   * the parse, and the new tree is kept for the next version instead of freed.
   */
  async withTree<T>(
    grammarFile: string,
    text: string,
    use: (tree: Tree) => T,
    timeBudgetMs = DEFAULT_PARSE_BUDGET_MS,
    keep?: { readonly trees: KeptTrees; readonly document: string },
  ): Promise<T> {
    const parser = await this.parserFor(grammarFile);
    // From here on nothing awaits, so two scans of one document cannot both take its previous tree.
    const previous = keep?.trees.take(keep.document);
    const oldTree = previous?.grammarFile === grammarFile ? previous.tree : null;
    const deadline = Date.now() + timeBudgetMs;
    // The callback's declared type returns void, but web-tree-sitter cancels the parse when it returns true.
    const progressCallback = (() => Date.now() > deadline) as unknown as (state: ParseState) => void;
    let tree: Tree | null;
    try {
      const edit = oldTree ? textEdit(previous!.text, text) : undefined;
      if (edit) {
        oldTree!.edit(edit);
      }
      tree = parser.parse(text, oldTree, { progressCallback });
    } finally {
      previous?.tree.delete();
    }
    if (!tree) {
      // A cancelled parse is kept to be resumed: the next parse with this grammar, of another
      // text, would carry on with this one and read the wrong tree. Start afresh instead.
      parser.reset();
      throw new ParseBudgetExceeded(timeBudgetMs);
    }
    const outer = readDeadline;
    readDeadline = { at: deadline, budgetMs: timeBudgetMs };
    try {
      return use(tree);
    } finally {
      readDeadline = outer;
      if (keep) {
        keep.trees.put(keep.document, { grammarFile, text, tree });
      } else {
        tree.delete();
      }
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
