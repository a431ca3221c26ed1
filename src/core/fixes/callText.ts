/**
 * A call's text split into its callee and top-level arguments, for fixes that add or change an
 * argument (`res.cookie('sid', t)` -> `res.cookie('sid', t, {...})`). Quotes and brackets are
 * respected, so `setcookie('a,b', $v)` has two arguments; anything it cannot read is undefined.
 */

export interface CallText {
  /** Everything before the argument list's `(`: `res.cookie`, `new Random().nextInt`. */
  readonly callee: string;
  readonly args: readonly string[];
}

const OPENERS: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };

/** `callee(a, b)` where the final `)` closes the list; undefined for anything else. */
export function parseCall(text: string): CallText | undefined {
  const trimmed = text.trim();
  if (!trimmed.endsWith(')')) {
    return undefined;
  }
  const open = openingOfLast(trimmed);
  if (open === undefined || open === 0) {
    return undefined;
  }
  const inner = trimmed.slice(open + 1, -1);
  const args = splitTopLevel(inner);
  return args ? { callee: trimmed.slice(0, open), args: inner.trim() === '' ? [] : args.map((a) => a.trim()) } : undefined;
}

/**
 * The characters of `text` outside string literals, with their indexes; `balanced` says whether
 * every quote closed. One reading of quotes and escapes for both scanners below.
 */
function outsideStrings(text: string): { chars: [number, string][]; balanced: boolean } {
  const chars: [number, string][] = [];
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quote) {
      if (char === '\\') {
        i++;
      } else if (char === quote) {
        quote = undefined;
      }
    } else if (char === '"' || char === "'" || char === '`') {
      quote = char;
    } else {
      chars.push([i, char]);
    }
  }
  return { chars, balanced: quote === undefined };
}

/** Where the `(` that the text's final `)` closes is. */
function openingOfLast(text: string): number | undefined {
  const stack: number[] = [];
  let opening: number | undefined;
  const { chars, balanced } = outsideStrings(text);
  for (const [i, char] of chars) {
    if (OPENERS[char]) {
      stack.push(i);
    } else if (char === ')' || char === ']' || char === '}') {
      opening = stack.pop();
    }
  }
  return balanced && stack.length === 0 ? opening : undefined;
}

/** `a, f(b, c), [d, e]` -> three parts; undefined when brackets or quotes do not balance. */
export function splitTopLevel(text: string): string[] | undefined {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  const { chars, balanced } = outsideStrings(text);
  for (const [i, char] of chars) {
    if (OPENERS[char]) {
      depth++;
    } else if (char === ')' || char === ']' || char === '}') {
      depth--;
    } else if (char === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return depth === 0 && balanced ? parts : undefined;
}
