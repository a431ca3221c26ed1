/**
 * A place in the workspace. In VS Code it is a link that asks the extension to open the file
 * there; in the exported file, which cannot open anything, it is the text `file:line`.
 */
import type { Position } from '../../core/model';
import type { RenderContext } from './context';
import { h } from './dom';
import { fileAndLine } from './format';

export function locationElement(context: RenderContext, file: string, start: Position, label?: string): HTMLElement {
  const text = fileAndLine(file, start.line);
  const host = context.host;
  if (!host) {
    return h('span', { className: 'location' }, text, label ? ` (${label})` : '');
  }
  const link = h(
    'button',
    { className: 'location link', data: { file, line: String(start.line), column: String(start.column) }, attrs: { type: 'button', title: `Open ${text}` } },
    text,
  );
  link.addEventListener('click', () => host.post({ type: 'openLocation', file, line: start.line, column: start.column }));
  return label ? h('span', {}, link, ` (${label})`) : link;
}
