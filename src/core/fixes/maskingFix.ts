/**
 * The quick fix for `personal-data-in-log`: wrap the flagged value (the finding points at the
 * first personal value in the logging call) in the project's masking function, setting
 * `privacyLens.maskingFunction` (default `mask`): `user.email` -> `mask(user.email)`. The default
 * is a name, not a function the project has, so the title says to set the project's own. Never
 * preferred: what is logged changes, and the function must exist.
 *
 * The edit replaces the flagged text only, so where a plain wrap would not compile the line
 * decides: an object shorthand (`{ email }`), a C# anonymous-object member (`new { user.Email }`),
 * a PHP double-quoted string. Interpolations that take expressions (`${...}`, f-string `{...}`,
 * Ruby `#{...}`, C# `{...}`) need nothing special.
 */
import { DEFAULT_MASKING_FUNCTION } from '../config';
import type { FixContext, MechanicalFix } from './fix';

export function maskInLog(text: string, context: FixContext): MechanicalFix | undefined {
  const masking = context.maskingFunction.trim() || DEFAULT_MASKING_FUNCTION;
  const replacement = text.trim() ? replacementIn(text, `${masking}(${text})`, context) : undefined;
  if (replacement === undefined) {
    return undefined;
  }
  const title =
    masking === DEFAULT_MASKING_FUNCTION
      ? `Mask in the log: wrap in ${masking}() (set privacyLens.maskingFunction to your project's function)`
      : `Mask in the log: wrap in ${masking}()`;
  return { title, replacement };
}

/** The wrapped value as it must be written where the text sits on its line; undefined where no edit of the text alone is right. */
function replacementIn(text: string, wrapped: string, { languageId, lineText }: FixContext): string | undefined {
  const at = lineText.indexOf(text);
  if (at < 0) {
    return wrapped; // a range over several lines: not a shorthand nor inside a one-line string
  }
  const before = lineText.slice(0, at);
  const after = lineText.slice(at + text.length);
  if (languageId === 'php') {
    return phpReplacement(before, wrapped);
  }
  const shorthand = isListItem(before, after) ? openerBefore(before) : undefined;
  if (shorthand?.bracket === '{' && isJavaScript(languageId) && /^\w+$/.test(text) && !shorthand.textBefore.endsWith('$')) {
    return `${text}: ${wrapped}`; // `{ email }` -> `{ email: mask(email) }`
  }
  if (shorthand?.bracket === '{' && languageId === 'csharp' && /\bnew\s*$/.test(shorthand.textBefore)) {
    return `${lastMember(text)} = ${wrapped}`; // `new { user.Email }` -> `new { Email = mask(user.Email) }`
  }
  return wrapped;
}

/**
 * PHP interpolates variables but cannot call a function inside a double-quoted string: a simple
 * `"... $user->email"` is split around the call; a `{$user->email}` would keep its braces in the
 * logged text, as the edit cannot reach them, so no fix is offered there.
 */
function phpReplacement(before: string, wrapped: string): string | undefined {
  if (!insideDoubleQuotes(before)) {
    return wrapped;
  }
  return before.endsWith('{') ? undefined : `" . ${wrapped} . "`;
}

function insideDoubleQuotes(before: string): boolean {
  let quote: string | undefined;
  for (let i = 0; i < before.length; i++) {
    const char = before[i]!;
    if (char === '\\') {
      i++;
    } else if (quote === undefined && (char === '"' || char === "'")) {
      quote = char;
    } else if (char === quote) {
      quote = undefined;
    }
  }
  return quote === '"';
}

/** Whether the text stands alone between separators: `{ email }`, `{ id, email }`, `(a, email)`. */
function isListItem(before: string, after: string): boolean {
  return /[{(,[]\s*$/.test(before) && /^\s*[},)\]]/.test(after);
}

/** The nearest bracket still open before the text, and the text before that bracket. */
function openerBefore(before: string): { bracket: string; textBefore: string } | undefined {
  let depth = 0;
  for (let i = before.length - 1; i >= 0; i--) {
    const char = before[i]!;
    if (')]}'.includes(char)) {
      depth++;
    } else if ('([{'.includes(char)) {
      if (depth === 0) {
        return { bracket: char, textBefore: before.slice(0, i) };
      }
      depth--;
    }
  }
  return undefined;
}

function isJavaScript(languageId: string): boolean {
  return ['typescript', 'typescriptreact', 'javascript', 'javascriptreact'].includes(languageId);
}

function lastMember(text: string): string {
  return text.split('.').pop() ?? text;
}
