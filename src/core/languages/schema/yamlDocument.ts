/**
 * YAML documents read with the `yaml` package (eemeli/yaml) into DocNode trees. Its parser gives
 * every node its offsets, keeps going past errors (a half-typed document still yields its first
 * part), and its concrete syntax tree is where comments are found with their offsets.
 */
import { Composer, isMap, isScalar, isSeq, Parser, type Pair, type Scalar } from 'yaml';
import { type DocEntry, type DocNode, MAX_DOCUMENT_DEPTH } from './documentTree';

/** The root of every document in the text (a `---` stream has several), reporting each `#` comment. */
export function readYamlDocuments(text: string, onComment: (start: number, end: number) => void): DocNode[] {
  const composer = new Composer({ uniqueKeys: false });
  const roots: unknown[] = [];
  for (const token of new Parser().parse(text)) {
    reportComments(token, onComment);
    for (const document of composer.next(token)) {
      roots.push(document.contents);
    }
  }
  for (const document of composer.end(false, text.length)) {
    roots.push(document.contents);
  }
  return roots.flatMap((root) => toDocNode(root, text) ?? []);
}

/**
 * Comment tokens sit at many places in the syntax tree (before items, after values, inside flow
 * collections): look everywhere, in document order, with a stack of our own (deeply nested flow
 * collections would overflow the call stack).
 */
function reportComments(root: unknown, onComment: (start: number, end: number) => void): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const token = stack.pop();
    if (Array.isArray(token)) {
      for (let i = token.length - 1; i >= 0; i--) {
        stack.push(token[i]);
      }
    } else if (typeof token === 'object' && token !== null) {
      const { type, offset, source } = token as { type?: unknown; offset?: unknown; source?: unknown };
      if (type === 'comment' && typeof offset === 'number' && typeof source === 'string') {
        onComment(offset, offset + source.length);
      } else {
        stack.push(...(Object.values(token) as unknown[]).reverse());
      }
    }
  }
}

/** Aliases (`*name`) and empty values give undefined: the walkers need literal structure only. */
function toDocNode(node: unknown, text: string, depth = 0): DocNode | undefined {
  if ((isMap(node) || isSeq(node)) && depth >= MAX_DOCUMENT_DEPTH) {
    return undefined; // see MAX_DOCUMENT_DEPTH
  }
  if (isMap(node)) {
    return { kind: 'map', entries: node.items.flatMap((pair) => toEntry(pair, text, depth + 1) ?? []) };
  }
  if (isSeq(node)) {
    return { kind: 'seq', items: node.items.flatMap((item) => toDocNode(item, text, depth + 1) ?? []) };
  }
  if (isScalar(node)) {
    return { kind: 'scalar', value: node.value, ...textOffsets(node, text) };
  }
  return undefined;
}

function toEntry(pair: Pair<unknown, unknown>, text: string, depth: number): DocEntry | undefined {
  const key = pair.key;
  if (!isScalar(key)) {
    return undefined; // `? [complex, key]`: never a property name
  }
  const { start, end } = textOffsets(key, text);
  // A plain key is its text: YAML would read `200:` as a number and `1.10:` as 1.1.
  const name = key.type === 'PLAIN' ? text.slice(start, end) : typeof key.value === 'string' ? key.value : undefined;
  return name === undefined ? undefined : { key: name, keyStart: start, keyEnd: end, value: toDocNode(pair.value, text, depth) };
}

/** The scalar's text without its quotes (a quote not yet closed stays out too). */
function textOffsets(scalar: Scalar, text: string): { start: number; end: number } {
  const [start, end] = scalar.range ?? [0, 0];
  const quoted = scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE';
  if (!quoted) {
    return { start, end };
  }
  const closed = end - start >= 2 && text[end - 1] === text[start];
  return { start: start + 1, end: closed ? end - 1 : end };
}
