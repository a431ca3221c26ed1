/**
 * Where a route annotation is written, so that the finding sits on its first line. TypeScript and
 * Python decorators are calls in the facts, with their ranges. Java, C# and PHP annotations are
 * text only, inside the function's range: the route's path literal places one exactly (its offset
 * in the annotation's text gives the annotation's start); without a path, its order among the
 * annotations does, written one a line as they usually are.
 */
import type { FunctionDeclaration } from '../../facts';
import type { TextRange } from '../../model';
import { type Annotation, parseAnnotations, withoutLineComments } from './annotations';
import type { FactIndex } from './factIndex';

export function annotationRange(fn: FunctionDeclaration, decorator: Annotation, index: FactIndex): TextRange {
  const beforeName = { start: fn.range.start, end: fn.nameRange.start };
  const decoratorCall = index.callsWithin(beforeName).find((c) => c.calleePath.join('.') === decorator.name);
  if (decoratorCall) {
    return decoratorCall.range;
  }
  const position = fn.annotations.findIndex((written) => parseAnnotations([written]).some((a) => a.name === decorator.name && a.argumentsText === decorator.argumentsText));
  if (position < 0) {
    return fn.nameRange;
  }
  return byPathLiteral(fn, fn.annotations[position]!, decorator, index) ?? byOrder(fn, position);
}

function byPathLiteral(fn: FunctionDeclaration, written: string, { firstString: path }: Annotation, index: FactIndex): TextRange | undefined {
  const literal = path === undefined ? undefined : index.literalsWithin({ start: fn.range.start, end: fn.nameRange.start }).find((l) => l.kind === 'string' && l.value === path);
  const offset = [`"${path}"`, `'${path}'`].map((quoted) => written.indexOf(quoted)).find((i) => i >= 0);
  if (!literal || offset === undefined) {
    return undefined;
  }
  const linesBefore = written.slice(0, offset).split('\n').length - 1;
  const column = linesBefore === 0 ? literal.range.start.column - offset : fn.range.start.column;
  return firstLineOf(written, literal.range.start.line - linesBefore, Math.max(0, column));
}

function byOrder(fn: FunctionDeclaration, position: number): TextRange {
  const linesBefore = fn.annotations.slice(0, position).reduce((lines, written) => lines + written.split('\n').length, 0);
  const line = Math.min(fn.range.start.line + linesBefore, Math.max(fn.range.start.line, fn.nameRange.start.line - 1));
  return firstLineOf(fn.annotations[position]!, line, fn.range.start.column);
}

function firstLineOf(written: string, line: number, column: number): TextRange {
  const text = withoutLineComments(written.split('\n')[0] ?? '').trimEnd();
  return { start: { line, column }, end: { line, column: column + text.length } };
}
