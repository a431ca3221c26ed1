/**
 * The syntax tree the adapters read, copied out of WASM memory.
 *
 * Reading web-tree-sitter's own nodes costs a call into WASM for every property (a node's type,
 * its end, each child, each field), and its `parent` searches down from the root; the adapters ask
 * for these again and again. Here one pass of a tree cursor copies each node's type, span, field
 * and parent once, into typed arrays in preorder (about 20 bytes a node, where an object per node
 * would hold a 2 MB file's 800,000 nodes in some 200 MB). A `Node` is a light handle on a row,
 * made when asked for, with the shape of the part of web-tree-sitter's Node the adapters use.
 *
 * A whole file is copied at once (`readTree`). An edited document is copied one top-level
 * statement at a time, when the statement is first read (`readStatements`): an edit costs the
 * copy of the statements it changed, not of the file.
 */
import type { Language, Node as WasmNode, Tree, TreeCursor } from '@vscode/tree-sitter-wasm';
import { checkReadDeadline } from './treeSitter';

export interface Point {
  readonly row: number;
  readonly column: number;
}

/** What all copies from one tree share: the text, the grammar's names, and where lines start. */
class TreeSource {
  private lineStarts: number[] | undefined;
  private readonly language: Language;
  /** Whether a node type is named, by type id, asked of the grammar once per type. */
  private readonly namedTypes: (boolean | undefined)[] = [];

  constructor(
    readonly text: string,
    tree: Tree,
  ) {
    this.language = tree.language;
  }

  /** As web-tree-sitter names it: a type without a name (an unknown character, say) is an ERROR. */
  typeName(typeId: number): string {
    return this.language.types[typeId] || 'ERROR';
  }

  isNamedType(typeId: number): boolean {
    return this.namedTypes[typeId] === true;
  }

  /** Learns, from the cursor on a node of this type, whether the type is named. */
  noteType(typeId: number, cursor: TreeCursor): void {
    this.namedTypes[typeId] ??= cursor.nodeIsNamed;
  }

  fieldName(fieldId: number): string | null {
    return fieldId === 0 ? null : (this.language.fields[fieldId] ?? null);
  }

  fieldId(fieldName: string): number {
    return fieldIdsOf(this.language).get(fieldName) ?? -1;
  }

  /**
   * Tree-sitter counts rows by '\n' and, for JavaScript strings, columns in UTF-16 code units: so a
   * position is the index less the start of its line, which a table of line starts gives.
   */
  position(index: number): Point {
    const starts = (this.lineStarts ??= lineStartsOf(this.text));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= index) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return { row: low, column: index - starts[low]! };
  }
}

const fieldIdsByLanguage = new WeakMap<Language, ReadonlyMap<string, number>>();

/** A grammar's field ids by name (web-tree-sitter searches its list of names on every lookup). */
function fieldIdsOf(language: Language): ReadonlyMap<string, number> {
  let ids = fieldIdsByLanguage.get(language);
  if (!ids) {
    ids = new Map(language.fields.flatMap((name, id) => (name ? [[name, id] as const] : [])));
    fieldIdsByLanguage.set(language, ids);
  }
  return ids;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    starts.push(at + 1);
  }
  return starts;
}

/** Source files run to about 2.5 bytes a node, so 2 leaves room; the arrays double when a file needs more. */
const BYTES_PER_NODE_ESTIMATE = 2;

/**
 * One copied subtree, its nodes in preorder: a node's first child is the next row, and its next
 * sibling is the row after its subtree (`after`).
 */
class CopiedNodes {
  private types: Uint16Array;
  private fields: Uint16Array;
  private starts: Int32Array;
  private ends: Int32Array;
  private parents: Int32Array;
  private after: Int32Array;
  private count = 0;
  /** Rows whose subtrees are copied apart, when first read: the root's statements in an edited document. */
  private readonly apart = new Map<number, WasmNode | CopiedNodes>();

  constructor(
    readonly source: TreeSource,
    capacity: number,
    /** The node this copy's first row stands for, when it is a statement its root's copy lists. */
    private readonly standsFor?: Node,
  ) {
    this.types = new Uint16Array(capacity);
    this.fields = new Uint16Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.parents = new Int32Array(capacity);
    this.after = new Int32Array(capacity);
  }

  /** Appends the cursor's node as a child of row `parent` (-1 for the first row) and returns its row. */
  add(cursor: TreeCursor, parent: number): number {
    if (this.count === this.types.length) {
      this.grow();
    }
    const row = this.count++;
    const typeId = cursor.nodeTypeId;
    this.source.noteType(typeId, cursor);
    this.types[row] = typeId;
    this.fields[row] = parent < 0 ? 0 : cursor.currentFieldId;
    this.starts[row] = cursor.startIndex;
    this.ends[row] = cursor.endIndex;
    this.parents[row] = parent;
    this.after[row] = row + 1;
    return row;
  }

  /** Closes row `row`: its subtree is the rows added since it. */
  close(row: number): void {
    this.after[row] = this.count;
  }

  copyApart(row: number, from: WasmNode): void {
    this.apart.set(row, from);
  }

  node(row: number): Node {
    return row === 0 && this.standsFor ? this.standsFor : new Node(this, row);
  }

  type(row: number): string {
    return this.source.typeName(this.types[row]!);
  }

  isNamed(row: number): boolean {
    return this.source.isNamedType(this.types[row]!);
  }

  field(row: number): number {
    return this.fields[row]!;
  }

  start(row: number): number {
    return this.starts[row]!;
  }

  end(row: number): number {
    return this.ends[row]!;
  }

  parent(row: number): Node | null {
    if (row === 0) {
      return this.standsFor?.parent ?? null;
    }
    return this.node(this.parents[row]!);
  }

  /**
   * Row `row`'s children in order, all or only the named ones, or only those filling field
   * `fieldId`. Built straight into the one array returned: the walks ask every node for them.
   */
  children(row: number, which: { readonly named?: boolean; readonly fieldId?: number } = {}): Node[] {
    const apart = this.copiedApart(row);
    if (apart) {
      return apart.children(0, which);
    }
    const found: Node[] = [];
    for (let child = row + 1; child < this.after[row]!; child = this.after[child]!) {
      if ((!which.named || this.isNamed(child)) && (which.fieldId === undefined || this.fields[child] === which.fieldId)) {
        found.push(this.node(child));
      }
    }
    return found;
  }

  /** The first child filling field `fieldId`, without listing the others. */
  childWithField(row: number, fieldId: number): Node | null {
    const apart = this.copiedApart(row);
    if (apart) {
      return apart.childWithField(0, fieldId);
    }
    for (let child = row + 1; child < this.after[row]!; child = this.after[child]!) {
      if (this.fields[child] === fieldId) {
        return this.node(child);
      }
    }
    return null;
  }

  /** The copy of row `row`'s subtree, if it is copied apart: made on first use. Undefined for a row copied here. */
  private copiedApart(row: number): CopiedNodes | undefined {
    const apart = this.apart.size > 0 ? this.apart.get(row) : undefined;
    if (apart === undefined || apart instanceof CopiedNodes) {
      return apart;
    }
    const copy = copySubtree(this.source, apart, new Node(this, row));
    this.apart.set(row, copy);
    return copy;
  }

  private grow(): void {
    const size = this.types.length * 2 + 16;
    const grown = <A extends Uint16Array | Int32Array>(array: A, make: new (n: number) => A): A => {
      const bigger = new make(size);
      bigger.set(array);
      return bigger;
    };
    this.types = grown(this.types, Uint16Array);
    this.fields = grown(this.fields, Uint16Array);
    this.starts = grown(this.starts, Int32Array);
    this.ends = grown(this.ends, Int32Array);
    this.parents = grown(this.parents, Int32Array);
    this.after = grown(this.after, Int32Array);
  }
}

/** A node of a copied tree: a handle on its row, so two handles on one node are `equals`, not `===`. */
export class Node {
  constructor(
    private readonly nodes: CopiedNodes,
    private readonly row: number,
  ) {}

  get type(): string {
    return this.nodes.type(this.row);
  }

  get isNamed(): boolean {
    return this.nodes.isNamed(this.row);
  }

  get startIndex(): number {
    return this.nodes.start(this.row);
  }

  get endIndex(): number {
    return this.nodes.end(this.row);
  }

  get text(): string {
    return this.nodes.source.text.slice(this.startIndex, this.endIndex);
  }

  get startPosition(): Point {
    return this.nodes.source.position(this.startIndex);
  }

  get endPosition(): Point {
    return this.nodes.source.position(this.endIndex);
  }

  get parent(): Node | null {
    return this.nodes.parent(this.row);
  }

  get children(): Node[] {
    return this.nodes.children(this.row);
  }

  get namedChildren(): Node[] {
    return this.nodes.children(this.row, { named: true });
  }

  get childCount(): number {
    return this.children.length;
  }

  get namedChildCount(): number {
    return this.namedChildren.length;
  }

  child(index: number): Node | null {
    return this.children[index] ?? null;
  }

  namedChild(index: number): Node | null {
    return this.namedChildren[index] ?? null;
  }

  /** As web-tree-sitter's: none inside an ERROR node, though `childrenForFieldName` lists them there. */
  childForFieldName(fieldName: string): Node | null {
    if (this.type === 'ERROR') {
      return null;
    }
    return this.nodes.childWithField(this.row, this.nodes.source.fieldId(fieldName));
  }

  childrenForFieldName(fieldName: string): Node[] {
    return this.nodes.children(this.row, { fieldId: this.nodes.source.fieldId(fieldName) });
  }

  fieldNameForNamedChild(index: number): string | null {
    const child = this.namedChildren[index];
    return child ? child.nodes.source.fieldName(child.nodes.field(child.row)) : null;
  }

  /** The next of the parent's children (web-tree-sitter's own can pass over a zero-width node). */
  get nextSibling(): Node | null {
    return this.sibling(+1, false);
  }

  get previousSibling(): Node | null {
    return this.sibling(-1, false);
  }

  get previousNamedSibling(): Node | null {
    return this.sibling(-1, true);
  }

  equals(other: Node): boolean {
    return other.nodes === this.nodes && other.row === this.row;
  }

  private sibling(step: 1 | -1, named: boolean): Node | null {
    const siblings = this.parent?.children ?? [];
    for (let i = siblings.findIndex((s) => s.equals(this)) + step; i >= 0 && i < siblings.length; i += step) {
      if (!named || siblings[i]!.isNamed) {
        return siblings[i]!;
      }
    }
    return null;
  }
}

/**
 * Copies the subtree of `top` in one pass of a cursor, depth first (the cursor keeps the path, so
 * deeply nested input needs no stack here). `standsFor`: the node the copy's first row is.
 */
function copySubtree(source: TreeSource, top: WasmNode, standsFor?: Node): CopiedNodes {
  const nodes = new CopiedNodes(source, Math.ceil((top.endIndex - top.startIndex) / BYTES_PER_NODE_ESTIMATE) + 16, standsFor);
  const cursor = top.walk();
  try {
    const open = [nodes.add(cursor, -1)];
    for (;;) {
      checkReadDeadline();
      if (cursor.gotoFirstChild()) {
        open.push(nodes.add(cursor, open[open.length - 1]!));
        continue;
      }
      nodes.close(open.pop()!);
      while (!cursor.gotoNextSibling()) {
        if (open.length === 0 || !cursor.gotoParent()) {
          return nodes;
        }
        nodes.close(open.pop()!);
      }
      open.push(nodes.add(cursor, open[open.length - 1]!));
    }
  } finally {
    cursor.delete();
  }
}

/** The whole tree, copied at once: for a file read from end to end. */
export function readTree(tree: Tree, text: string): Node {
  return copySubtree(new TreeSource(text, tree), tree.rootNode).node(0);
}

export interface TopLevelStatement {
  readonly node: Node;
  /** Whether tree-sitter recovered from a syntax error inside it. */
  readonly hasError: boolean;
}

export interface TreeStatements {
  readonly root: Node;
  /** The root's named children. */
  readonly statements: readonly TopLevelStatement[];
}

/** The root and its statements, each statement's nodes copied only when first read. */
export function readStatements(tree: Tree, text: string): TreeStatements {
  const source = new TreeSource(text, tree);
  const wasmRoot = tree.rootNode;
  const nodes = new CopiedNodes(source, wasmRoot.childCount + 1);
  const statements: TopLevelStatement[] = [];
  const cursor = wasmRoot.walk();
  try {
    nodes.add(cursor, -1);
    for (let more = cursor.gotoFirstChild(); more; more = cursor.gotoNextSibling()) {
      const row = nodes.add(cursor, 0);
      const wasmNode = cursor.currentNode;
      nodes.copyApart(row, wasmNode);
      if (nodes.isNamed(row)) {
        statements.push({ node: nodes.node(row), hasError: wasmNode.hasError });
      }
    }
    nodes.close(0);
  } finally {
    cursor.delete();
  }
  return { root: nodes.node(0), statements };
}
