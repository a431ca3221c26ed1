/**
 * What an open document keeps between scans (ScanTextOptions.document): the one edit between two
 * versions of a text, the syntax trees kept for the next parse, the facts of unchanged top-level
 * statements moved to where they now sit, and the worker pool that holds them.
 */
import * as assert from 'assert';
import type { Tree } from '@vscode/tree-sitter-wasm';
import { TREE_ADAPTERS } from '../../src/core/languages';
import type { TreeAdapter } from '../../src/core/languages/adapter';
import { KeptTrees } from '../../src/core/languages/keptTrees';
import { shiftFacts } from '../../src/core/languages/shiftFacts';
import { StatementFactsCache } from '../../src/core/languages/statementFacts';
import { readStatements, readTree } from '../../src/core/languages/syntaxTree';
import { textEdit } from '../../src/core/languages/textEdit';
import { TreeSitterHost } from '../../src/core/languages/treeSitter';
import { ScanWorkerPool } from '../../src/core/scan/scanWorkerPool';
import { Scanner } from '../../src/core/scan/scanner';
import { corpusByLanguage } from './fuzz/sourceArbitraries';
import { scanner } from './helpers';

const TS_GRAMMAR = 'tree-sitter-typescript.wasm';

describe('textEdit: the edit between two versions of a text', () => {
  it('is nothing between equal texts', () => {
    assert.strictEqual(textEdit('a\nb', 'a\nb'), undefined);
  });

  it('places a typed character by index, row and column', () => {
    assert.deepStrictEqual(textEdit('ab\ncd\nef', 'ab\ncXd\nef'), {
      startIndex: 4,
      oldEndIndex: 4,
      newEndIndex: 5,
      startPosition: { row: 1, column: 1 },
      oldEndPosition: { row: 1, column: 1 },
      newEndPosition: { row: 1, column: 2 },
    });
  });

  it('spans the lines a deletion removed', () => {
    assert.deepStrictEqual(textEdit('ab\ncd\nef', 'ab\nef'), {
      startIndex: 3,
      oldEndIndex: 6,
      newEndIndex: 3,
      startPosition: { row: 1, column: 0 },
      oldEndPosition: { row: 2, column: 0 },
      newEndPosition: { row: 1, column: 0 },
    });
  });

  it('never lets the shared end overlap the shared start', () => {
    assert.deepStrictEqual(textEdit('aa', 'aaa'), {
      startIndex: 2,
      oldEndIndex: 2,
      newEndIndex: 3,
      startPosition: { row: 0, column: 2 },
      oldEndPosition: { row: 0, column: 2 },
      newEndPosition: { row: 0, column: 3 },
    });
  });

  it('counts columns in UTF-16 code units, as web-tree-sitter does', () => {
    // 😀 is two code units.
    assert.deepStrictEqual(textEdit('x = "😀"\n', 'x = "😀!"\n')?.startPosition, { row: 0, column: 7 });
  });

  it('lets tree-sitter reparse to the tree a fresh parse gives', async () => {
    const host = new TreeSitterHost();
    const trees = new KeptTrees();
    const versions = [
      'const a = 1;\nfunction f(p: Patient) { log(p.email); }\n',
      'const a = 12;\nfunction f(p: Patient) { log(p.email); }\n',
      'const a = 12;\n// 😀 note\nfunction f(p: Patient) { log(p.email); }\nclass C { x = "é"; }\n',
      'const a = 12;\nfunction f(p: Patient) { log(p.email, p.phone); }\nclass C { x = "é"; }\n',
      'const a = 12;\nfunction f(p: Patient) { log(p.email, p.phone\n',
      '',
      'let z = 0;\r\nlet y = 1;\r\n',
    ];
    for (const text of versions) {
      const reparsed = await host.withTree(TS_GRAMMAR, text, (tree) => tree.rootNode.toString(), undefined, { trees, document: 'doc' });
      const fresh = await host.withTree(TS_GRAMMAR, text, (tree) => tree.rootNode.toString());
      assert.strictEqual(reparsed, fresh, JSON.stringify(text));
    }
    assert.deepStrictEqual(trees.documents(), ['doc']);
    trees.forget('doc');
    assert.strictEqual(trees.size, 0);
  });
});

describe('KeptTrees', () => {
  /** A stand-in tree that counts its deletions. */
  function fakeTree(): { tree: Tree; deletions: () => number } {
    let deleted = 0;
    return { tree: { delete: () => void deleted++ } as unknown as Tree, deletions: () => deleted };
  }

  it('keeps the documents used last and deletes the trees it lets go', () => {
    const trees = new KeptTrees(2);
    const [a, b, c, b2] = [fakeTree(), fakeTree(), fakeTree(), fakeTree()];
    trees.put('a', { grammarFile: 'g', text: 'a', tree: a.tree });
    trees.put('b', { grammarFile: 'g', text: 'b', tree: b.tree });
    trees.put('c', { grammarFile: 'g', text: 'c', tree: c.tree });
    assert.deepStrictEqual(trees.documents(), ['b', 'c']);
    assert.strictEqual(a.deletions(), 1, 'the least recently used tree is deleted when evicted');
    trees.put('b', { grammarFile: 'g', text: 'b2', tree: b2.tree });
    assert.strictEqual(b.deletions(), 1, 'a replaced tree is deleted');
    assert.deepStrictEqual(trees.documents(), ['c', 'b']);
    assert.strictEqual(trees.take('c')?.text, 'c');
    assert.strictEqual(c.deletions(), 0, 'a tree taken is the taker\'s to delete');
    trees.forget('b');
    assert.strictEqual(b2.deletions(), 1);
    assert.strictEqual(trees.size, 0);
  });
});

describe('shiftFacts', () => {
  /** Moves every {line, column} anywhere in the facts, and every `scope` key, without knowing the facts' shape. */
  function shiftEverything(value: unknown, rows: number, index: number, key?: string): unknown {
    if (Array.isArray(value)) {
      return value.map((item) => shiftEverything(item, rows, index));
    }
    if (typeof value === 'string' && key === 'scope' && value !== '') {
      return String(Number(value) + index);
    }
    if (value === null || typeof value !== 'object') {
      return value;
    }
    const entries = Object.entries(value);
    if (entries.length === 2 && typeof (value as { line?: unknown }).line === 'number' && typeof (value as { column?: unknown }).column === 'number') {
      return { line: (value as { line: number }).line + rows, column: (value as { column: number }).column };
    }
    return Object.fromEntries(entries.map(([k, v]) => [k, shiftEverything(v, rows, index, k)]));
  }

  it('moves every range and scope key that any adapter puts in its facts', async () => {
    const corpus = corpusByLanguage();
    const languages = Object.keys(TREE_ADAPTERS).filter((id) => corpus.has(id));
    assert.ok(languages.length >= 9, `corpus files for the tree languages: ${languages.join(', ')}`);
    let scopes = 0;
    for (const language of languages) {
      for (const text of corpus.get(language)!) {
        const { languageId: _languageId, ...facts } = await scanner.extractFacts(text, language);
        scopes += facts.calls.filter((c) => c.scope).length;
        assert.deepStrictEqual(shiftFacts(facts, 3, 10), shiftEverything(facts, 3, 10), `${language}: a fact field with a range is not moved`);
        assert.strictEqual(shiftFacts(facts, 0, 0), facts, 'nothing to move: the same facts');
      }
    }
    assert.ok(scopes > 100, 'the corpus has calls inside functions');
  });
});

describe('StatementFactsCache', () => {
  const host = new TreeSitterHost();

  /** The TypeScript adapter, counting the statements it is asked to read. */
  function countingAdapter(): { adapter: TreeAdapter; reads: string[] } {
    const reads: string[] = [];
    return {
      reads,
      adapter: (root, languageId) => {
        reads.push(root.type === 'program' ? 'program' : root.text.split('\n')[0]!);
        return TREE_ADAPTERS.typescript!(root, languageId);
      },
    };
  }

  const VERSION_1 = [
    'import { log } from "./log";',
    'function first(p: Patient) {',
    '  log(p.email);',
    '}',
    'function second(c: Customer) {',
    '  const e = c.email;',
    '  log(e);',
    '}',
    'export class Account { iban: string; }',
    '',
  ].join('\n');

  async function read(cache: StatementFactsCache, text: string, adapter: TreeAdapter) {
    return host.withTree(TS_GRAMMAR, text, (tree) => cache.read(readStatements(tree, text), text, adapter, 'typescript'));
  }

  it('reads again only the statement an edit touched, and moves the ones after it', async () => {
    const cache = new StatementFactsCache();
    const counting = countingAdapter();
    await read(cache, VERSION_1, counting.adapter);
    assert.strictEqual(counting.reads.length, 4, 'every statement is read the first time');
    counting.reads.length = 0;
    // One more line in the first function: the second function and the class move down a line.
    const version2 = VERSION_1.replace('  log(p.email);', '  log(p.email);\n  log(p.phone);');
    const facts = await read(cache, version2, counting.adapter);
    assert.deepStrictEqual(counting.reads, ['function first(p: Patient) {']);
    const whole = await host.withTree(TS_GRAMMAR, version2, (tree) => TREE_ADAPTERS.typescript!(readTree(tree, version2), 'typescript'));
    assert.deepStrictEqual(facts, whole);
    assert.ok(facts.functions!.some((f) => f.name === 'second' && f.range.start.line === 5), 'the moved function sits a line lower');
  });

  it('reads a statement with a syntax error afresh every time', async () => {
    const cache = new StatementFactsCache();
    const counting = countingAdapter();
    const broken = 'function ok() { log(1); }\nfunction broken( { log(2); }\n';
    await read(cache, broken, counting.adapter);
    counting.reads.length = 0;
    await read(cache, broken, counting.adapter);
    assert.ok(counting.reads.length > 0 && !counting.reads.includes('function ok() { log(1); }'), `read again: ${counting.reads.join(' | ')}`);
  });
});

describe('Scanner and ScanWorkerPool: an open document', function () {
  this.timeout(60_000);
  const TS_V1 = 'interface Customer { email: string }\nfunction f(c: Customer) {\n  console.log(c.email);\n}\n';
  const TS_V2 = 'interface Customer { email: string; phone: string }\nfunction f(c: Customer) {\n  console.log(c.email);\n  console.log(c.phone);\n}\n';
  const PY = 'class Patient:\n    nric = ""\n\nlogger.info(patient.nric)\n';
  const options = { filePath: 'a.ts', today: '2026-11-30' };

  it('scans as a fresh text does after edits, a language change and being forgotten', async () => {
    const editing = new Scanner();
    for (const [languageId, text] of [['typescript', TS_V1], ['typescript', TS_V2], ['python', PY], ['typescript', TS_V1]] as const) {
      const kept = await editing.scanText(text, { ...options, languageId, document: 'file:///a.ts' });
      assert.deepStrictEqual(kept, await scanner.scanText(text, { ...options, languageId }));
      assert.ok(kept.findings.length > 0);
    }
    editing.forgetDocument('file:///a.ts');
    assert.deepStrictEqual(await editing.scanText(TS_V2, { ...options, languageId: 'typescript', document: 'file:///a.ts' }), await scanner.scanText(TS_V2, { ...options, languageId: 'typescript' }));
  });

  it('keeps an open document in the worker pool across edits and after it is forgotten', async () => {
    const pool = new ScanWorkerPool({ size: 2 });
    try {
      const editor = pool.withPriority('interactive');
      for (const text of [TS_V1, TS_V2, TS_V1]) {
        const kept = await editor.scanText(text, { ...options, languageId: 'typescript', document: 'file:///a.ts' });
        assert.deepStrictEqual(kept, await scanner.scanText(text, { ...options, languageId: 'typescript' }));
      }
      editor.forgetDocument!('file:///a.ts');
      const afterForget = await editor.scanText(TS_V2, { ...options, languageId: 'typescript', document: 'file:///a.ts' });
      assert.deepStrictEqual(afterForget, await scanner.scanText(TS_V2, { ...options, languageId: 'typescript' }));
    } finally {
      await pool.close();
    }
  });
});
