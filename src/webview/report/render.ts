/**
 * Builds the whole report into a container, and scrolls to what `focus` names.
 */
import type { ReportSection } from '../../core/report/webviewMessages';
import { checklistSection } from './checklist';
import type { RenderContext } from './context';
import { dpiaSection } from './dpia';
import { findingsSection } from './findings';
import { reportHeader, SECTION_ORDER } from './header';
import { inventorySection } from './inventory';
import { summarySection } from './summary';

const SECTION_BUILDERS: Readonly<Record<ReportSection, (context: RenderContext) => HTMLElement>> = {
  summary: summarySection,
  findings: findingsSection,
  inventory: inventorySection,
  dpia: dpiaSection,
  checklist: checklistSection,
};

/** Replaces the container's content with the report. */
export function renderReport(container: HTMLElement, context: RenderContext): void {
  document.title = `Privacy report: ${context.report.rootName}`;
  container.replaceChildren(reportHeader(context), ...SECTION_ORDER.map((name) => SECTION_BUILDERS[name](context)));
  container.dataset.interactive = String(context.host !== undefined);
  container.dataset.rendered = 'true';
}

/**
 * Scrolls to a section, or to one of its items (a checklist item id, or a finding's fingerprint),
 * and moves keyboard focus there; returns false when there is no such place.
 */
export function focusOn(container: HTMLElement, target: { readonly section: ReportSection; readonly itemId?: string }): boolean {
  const place = target.itemId === undefined ? container.querySelector<HTMLElement>(`#section-${target.section}`) : findItem(container, target.itemId);
  if (!place) {
    return false;
  }
  for (const previous of container.querySelectorAll('.focused')) {
    previous.classList.remove('focused');
  }
  place.classList.add('focused');
  place.scrollIntoView({ block: 'start' });
  if (!place.hasAttribute('tabindex')) {
    place.setAttribute('tabindex', '-1');
  }
  place.focus({ preventScroll: true });
  return true;
}

function findItem(container: HTMLElement, itemId: string): HTMLElement | undefined {
  const candidates = container.querySelectorAll<HTMLElement>('.checklist-item[data-item-id], .finding[data-fingerprint]');
  return [...candidates].find((element) => element.dataset.itemId === itemId || element.dataset.fingerprint === itemId);
}
