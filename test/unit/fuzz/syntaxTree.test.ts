/**
 * The copied syntax tree (src/core/languages/syntaxTree.ts) must read exactly as web-tree-sitter's
 * own nodes do, for every property the adapters use: a difference would silently change findings.
 * Node by node, over every corpus file whole and over the fuzz suite's edited corpus files and
 * arbitrary unicode (CRLF, lone CR, astral characters: positions are the risky part), per language
 * with a grammar. The lazily copied statements of an edited document must equal the whole copy.
 */
import * as assert from 'assert';
import * as fc from 'fast-check';
import type { Node as WasmNode, Tree } from '@vscode/tree-sitter-wasm';
import { LANGUAGES } from '../../../src/core/languages/languageRegistry';
import { type Node, readStatements, readTree } from '../../../src/core/languages/syntaxTree';
import { TreeSitterHost } from '../../../src/core/languages/treeSitter';
import { fuzzAsync, mochaTimeoutFor, type FuzzOptions } from './fuzzRunner';
import { fuzzLanguages } from './fuzzLanguages';
import { arbitraryUnicode, mutatedCorpusText } from './sourceArbitraries';

const EDITED: FuzzOptions = { seed: 0x7e31, numRuns: 30 };
const UNICODE: FuzzOptions = { seed: 0x7e32, numRuns: 30 };

function span(node: Pick<Node, 'type' | 'startIndex' | 'endIndex'> | null): string {
  return node ? `${node.type}@${node.startIndex}-${node.endIndex}` : 'none';
}

function previousNamed(parent: WasmNode, index: number): WasmNode | null {
  for (let i = index - 1; i >= 0; i--) {
    if (parent.child(i)!.isNamed) {
      return parent.child(i);
    }
  }
  return null;
}

/** Asserts that `copy` reads as `original`, node by node down the whole tree (an explicit stack: fuzz input nests deep). */
function assertSameTree(copy: Node, original: WasmNode, fields: readonly string[]): void {
  const pending: [Node, WasmNode][] = [[copy, original]];
  while (pending.length > 0) {
    const [ours, theirs] = pending.pop()!;
    const where = `${span(theirs)} (${JSON.stringify(theirs.text.slice(0, 40))})`;
    assert.deepStrictEqual(
      [ours.type, ours.isNamed, ours.startIndex, ours.endIndex, ours.startPosition, ours.endPosition, ours.text, ours.childCount, ours.namedChildCount],
      [theirs.type, theirs.isNamed, theirs.startIndex, theirs.endIndex, theirs.startPosition, theirs.endPosition, theirs.text, theirs.childCount, theirs.namedChildCount],
      `node ${where}`,
    );
    if (theirs.childCount === 0) {
      continue;
    }
    const theirChildren = Array.from({ length: theirs.childCount }, (_, i) => span(theirs.child(i)));
    for (const field of fields) {
      // web-tree-sitter's lookup can see through a child aliased from a hidden rule (TypeScript's `-1`
      // as a literal type) and return a grandchild; the copy gives children only, so there it has none.
      const theirField = span(theirs.childForFieldName(field));
      assert.strictEqual(span(ours.childForFieldName(field)), theirChildren.includes(theirField) ? theirField : 'none', `field ${field} of ${where}`);
      assert.deepStrictEqual(ours.childrenForFieldName(field).map(span), theirs.childrenForFieldName(field).map(span), `fields ${field} of ${where}`);
    }
    for (let i = 0; i < theirs.namedChildCount; i++) {
      assert.strictEqual(ours.fieldNameForNamedChild(i), theirs.fieldNameForNamedChild(i), `field name of named child ${i} of ${where}`);
      assert.strictEqual(span(ours.namedChild(i)), span(theirs.namedChild(i)), `named child ${i} of ${where}`);
    }
    for (let i = 0; i < theirs.childCount; i++) {
      const child = ours.child(i)!;
      const theirChild = theirs.child(i)!;
      assert.ok(child.parent?.equals(ours), `the parent of child ${i} of ${where}`);
      // Siblings are the neighbours in the parent's list of children. web-tree-sitter's own can pass
      // over a zero-width node (one inserted as missing) or land inside a neighbour, so they are not the reference.
      assert.deepStrictEqual(
        [span(child.nextSibling), span(child.previousSibling), span(child.previousNamedSibling)],
        [span(theirs.child(i + 1)), span(theirs.child(i - 1)), span(previousNamed(theirs, i))],
        `siblings of child ${i} of ${where}`,
      );
      pending.push([child, theirChild]);
    }
  }
}

/** The statements copied one by one, each as the whole copy has it, with web-tree-sitter's hasError. */
function assertSameStatements(tree: Tree, text: string): void {
  const whole = readTree(tree, text);
  const { root, statements } = readStatements(tree, text);
  assert.deepStrictEqual(
    statements.map((s) => s.hasError),
    tree.rootNode.namedChildren.map((c) => c!.hasError),
    'hasError of each statement',
  );
  assert.deepStrictEqual(statements.map((s) => span(s.node)), whole.namedChildren.map(span));
  for (const statement of statements) {
    assert.ok(statement.node.parent?.equals(root));
    assertSameTree(statement.node, tree.rootNode.namedChildren.find((c) => c!.startIndex === statement.node.startIndex && c!.type === statement.node.type)!, []);
  }
}

describe('fuzz: the copied syntax tree reads as web-tree-sitter', () => {
  const host = new TreeSitterHost();
  const treeLanguages = fuzzLanguages().flatMap((language) => {
    const grammarFile = LANGUAGES.find((l) => l.id === language.id)?.grammarFile;
    return grammarFile ? [{ ...language, grammarFile }] : [];
  });

  async function check(grammarFile: string, text: string): Promise<void> {
    await host.withTree(
      grammarFile,
      text,
      (tree) => {
        const fields = tree.language.fields.filter((f): f is string => f !== null);
        assertSameTree(readTree(tree, text), tree.rootNode, fields);
        assertSameStatements(tree, text);
      },
      60_000,
    );
  }

  for (const language of treeLanguages) {
    describe(language.id, () => {
      it(`every corpus file (${language.corpus.length}), whole`, async () => {
        for (const text of language.corpus) {
          await check(language.grammarFile, text);
        }
      }).timeout(60_000);

      it('edited corpus files', async () => {
        await fuzzAsync(`${language.id} copied tree, edited`, fc.asyncProperty(mutatedCorpusText(language.corpus), (text) => check(language.grammarFile, text)), EDITED);
      }).timeout(mochaTimeoutFor(EDITED));

      it('arbitrary unicode', async () => {
        await fuzzAsync(`${language.id} copied tree, unicode`, fc.asyncProperty(arbitraryUnicode, (text) => check(language.grammarFile, text)), UNICODE);
      }).timeout(mochaTimeoutFor(UNICODE));
    });
  }
});
