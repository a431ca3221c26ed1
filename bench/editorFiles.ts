/**
 * One large source file for the editor-latency benchmark: the corpus generator's modules joined
 * into a single TypeScript or Python file of exactly the line count asked for, and the two edits
 * the benchmark times (one typed character, a pasted block of 200 lines).
 */
import { typescriptModule } from './corpus/curlyLanguages';
import { pythonModule } from './corpus/otherLanguages';
import { SeededRandom } from './corpus/prng';
import { planModule } from './corpus/vocabulary';

export type EditorLanguage = 'typescript' | 'python';

/** Lines the "paste" edit inserts. */
export const PASTE_LINES = 200;

const IMPORT_LINE: Record<EditorLanguage, RegExp> = {
  typescript: /^import /,
  python: /^(import |from \S+ import )/,
};

/**
 * A file of exactly `lines` lines: the first module's imports once, then whole modules (their
 * entity names numbered so two classes never share a name) until the next one would not fit;
 * blank lines fill what is left, so no declaration is cut in half.
 */
export function editorFile(language: EditorLanguage, lines: number, seed = 1): string {
  if (!Number.isInteger(lines) || lines < 1) {
    throw new Error(`editorFile: lines must be a positive integer, got ${lines}`);
  }
  const rng = new SeededRandom(seed);
  const output: string[] = [];
  for (let index = 0; ; index++) {
    const plan = planModule(rng);
    const numbered = { ...plan, entity: [...plan.entity, `m${index}`] };
    const moduleLines = (language === 'typescript' ? typescriptModule(numbered, false) : pythonModule(numbered)).split('\n');
    const body = index === 0 ? moduleLines : moduleLines.filter((line) => !IMPORT_LINE[language].test(line));
    if (output.length + body.length > lines) {
      break;
    }
    output.push(...body);
  }
  while (output.length < lines) {
    output.push('');
  }
  return output.join('\n');
}

/** The text after typing one character (a space at the end of line `line`, 0-based): syntax stays valid. */
export function typeOneCharacter(text: string, line: number): string {
  const offset = endOfLine(text, line);
  return `${text.slice(0, offset)} ${text.slice(offset)}`;
}

/**
 * The text after pasting `block` (a whole file of `PASTE_LINES` lines, from `editorFile`) before
 * the first top-level declaration at or after line `near`, so the paste does not land inside a
 * class or function and the file stays valid.
 */
export function pasteBlock(text: string, near: number, block: string): string {
  const blockLines = block.split('\n').length;
  if (blockLines !== PASTE_LINES) {
    throw new Error(`pasteBlock: the block has ${blockLines} lines, not ${PASTE_LINES}`);
  }
  const lines = text.split('\n');
  const at = lines.findIndex((line, i) => i >= near && TOP_LEVEL_DECLARATION.test(line));
  if (at < 0) {
    throw new Error(`pasteBlock: no top-level declaration at or after line ${near}`);
  }
  return [...lines.slice(0, at), block, ...lines.slice(at)].join('\n');
}

const TOP_LEVEL_DECLARATION = /^(export |class |def |@)/;

function endOfLine(text: string, line: number): number {
  let offset = 0;
  for (let i = 0; i < line; i++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) {
      throw new Error(`line ${line} is past the end of a ${i + 1}-line text`);
    }
    offset = next + 1;
  }
  const end = text.indexOf('\n', offset);
  return end < 0 ? text.length : end;
}
