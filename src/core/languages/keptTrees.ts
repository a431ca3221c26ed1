/**
 * The syntax trees of the documents open in an editor, kept from one scan to the next so the next
 * version parses incrementally (tree-sitter reuses what the edit did not touch). A tree lives in
 * WASM memory that the garbage collector does not reclaim: only the few documents scanned last are
 * kept, and a tree is deleted when it is replaced, evicted or forgotten.
 */
import type { Tree } from '@vscode/tree-sitter-wasm';

export interface KeptTree {
  readonly grammarFile: string;
  /** The text the tree was parsed from. */
  readonly text: string;
  readonly tree: Tree;
}

/** Typing moves between a handful of files; a tree of a 20,000-line file takes some megabytes. */
export const KEPT_DOCUMENTS = 4;

export class KeptTrees {
  /** In order of use, least recent first. */
  private readonly byDocument = new Map<string, KeptTree>();

  constructor(private readonly capacity = KEPT_DOCUMENTS) {}

  /** Removes and returns the document's tree: whoever takes it edits it, and deletes it or puts it back. */
  take(document: string): KeptTree | undefined {
    const kept = this.byDocument.get(document);
    this.byDocument.delete(document);
    return kept;
  }

  put(document: string, kept: KeptTree): void {
    this.forget(document);
    this.byDocument.set(document, kept);
    for (const [oldest, evicted] of this.byDocument) {
      if (this.byDocument.size <= this.capacity) {
        break;
      }
      this.byDocument.delete(oldest);
      evicted.tree.delete();
    }
  }

  forget(document: string): void {
    this.take(document)?.tree.delete();
  }

  /** The documents with a tree kept, least recently used first. */
  documents(): string[] {
    return [...this.byDocument.keys()];
  }

  get size(): number {
    return this.byDocument.size;
  }
}
