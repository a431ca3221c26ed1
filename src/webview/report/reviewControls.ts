/**
 * The DPO's review of a checklist item or a finding: the recorded decision (both modes) and, in
 * VS Code, a form that sends a `setReview` and shows the outcome beside its Save button.
 *
 * Hooks for tests and assistive technology (stable; integration tests rely on them):
 *   form      [data-review-kind="checklist"|"finding"][data-review-key="<item id>|<fingerprint>"],
 *             also carrying data-item-id (checklist) or data-fingerprint (finding)
 *   controls  select[data-field="status"], select[data-field="hipaaOutcome"] (only where HIPAA
 *             applies), input[data-field="reviewer"], textarea[data-field="note"],
 *             each labelled "Status for <title>", "HIPAA outcome for <title>", "Reviewer for
 *             <title>", "Note for <title>"
 *   save      button[data-action="save-review"]; outcome in [data-role="review-outcome"] (role=status)
 */
import { HIPAA_OUTCOME_LABELS, HIPAA_OUTCOMES, REVIEW_STATUS_LABELS, REVIEW_STATUSES, type HipaaOutcome, type ReviewChange, type ReviewEntry, type ReviewStatus } from '../../core/review/model';
import type { ExtensionHost, RenderContext } from './context';
import { h } from './dom';
import { localDate } from './format';
import type { ReviewDraft, ReviewKey, SaveOutcome } from './reviewState';

export interface ReviewTarget {
  readonly kind: 'checklist' | 'finding';
  /** The checklist item id or the finding's fingerprint. */
  readonly id: string;
  /** What is reviewed, for labels: the item's title, or the finding's rule and place. */
  readonly title: string;
  readonly current?: ReviewEntry;
  readonly offerHipaaOutcome: boolean;
  /** The change that records `entry` for this target. */
  readonly change: (entry: ReviewEntry) => ReviewChange;
}

export function reviewKey(kind: ReviewTarget['kind'], id: string): ReviewKey {
  return `${kind}:${id}`;
}

/** The decision as recorded: status, HIPAA outcome, reviewer, date and note. */
export function recordedReview(entry: ReviewEntry | undefined): HTMLElement {
  if (!entry) {
    return h('p', { className: 'recorded-review', data: { status: 'none' } }, h('span', { className: 'status status-none' }, 'Not reviewed'));
  }
  const who = [entry.reviewer, entry.date].filter((part): part is string => Boolean(part)).join(', ');
  return h(
    'p',
    { className: 'recorded-review', data: { status: entry.status } },
    h('span', { className: `status status-${entry.status}` }, REVIEW_STATUS_LABELS[entry.status]),
    entry.hipaaOutcome ? h('span', { className: 'hipaa-outcome' }, ` HIPAA: ${HIPAA_OUTCOME_LABELS[entry.hipaaOutcome]}`) : '',
    who ? h('span', { className: 'reviewer' }, ` (${who})`) : '',
    entry.note ? h('span', { className: 'note' }, ` ${entry.note}`) : '',
  );
}

/** The form; only called in VS Code, where there is an extension to save through. */
export function reviewForm(context: RenderContext, host: ExtensionHost, target: ReviewTarget): HTMLElement {
  const key = reviewKey(target.kind, target.id);
  const initial = context.reviewState.draft(key) ?? draftOf(target.current);
  const status = h('select', { data: { field: 'status' }, attrs: { 'aria-label': `Status for ${target.title}` } }, ...REVIEW_STATUSES.map((value) => option(value, REVIEW_STATUS_LABELS[value], initial.status)));
  const hipaa = target.offerHipaaOutcome
    ? h('select', { data: { field: 'hipaaOutcome' }, attrs: { 'aria-label': `HIPAA outcome for ${target.title}` } }, option('', 'No HIPAA outcome recorded', initial.hipaaOutcome), ...HIPAA_OUTCOMES.map((value) => option(value, HIPAA_OUTCOME_LABELS[value], initial.hipaaOutcome)))
    : undefined;
  const reviewer = h('input', { data: { field: 'reviewer' }, attrs: { type: 'text', 'aria-label': `Reviewer for ${target.title}`, autocomplete: 'name' } });
  reviewer.value = initial.reviewer;
  const note = h('textarea', { data: { field: 'note' }, attrs: { rows: '2', 'aria-label': `Note for ${target.title}` } });
  note.value = initial.note;
  const save = h('button', { className: 'save', data: { action: 'save-review' }, attrs: { type: 'button', 'aria-label': `Save review of ${target.title}` } }, 'Save');
  const outcome = h('span', { className: 'review-outcome', data: { role: 'review-outcome' }, attrs: { role: 'status', 'aria-live': 'polite' } });
  showOutcome(outcome, context.reviewState.isAwaiting(key) ? 'saving' : context.reviewState.outcome(key));

  const readDraft = (): ReviewDraft => ({ status: status.value as ReviewStatus, hipaaOutcome: (hipaa?.value ?? '') as HipaaOutcome | '', reviewer: reviewer.value, note: note.value });
  for (const control of [status, hipaa, reviewer, note]) {
    control?.addEventListener('input', () => context.reviewState.editDraft(key, readDraft()));
  }
  save.addEventListener('click', () => {
    const draft = readDraft();
    host.post({ type: 'setReview', change: target.change(entryOf(draft)) });
    context.reviewState.saveSent(key, draft);
    showOutcome(outcome, 'saving');
  });

  const idData: Record<string, string> = target.kind === 'checklist' ? { itemId: target.id } : { fingerprint: target.id };
  return h(
    'div',
    { className: 'review-form', data: { reviewKind: target.kind, reviewKey: target.id, ...idData }, attrs: { role: 'group', 'aria-label': `Review of ${target.title}` } },
    labelled('Status', status),
    hipaa ? labelled('HIPAA addressable outcome', hipaa) : undefined,
    labelled('Reviewer', reviewer),
    labelled('Note', note),
    h('div', { className: 'save-row' }, save, outcome),
  );
}

/** Puts the answer to a save beside the form's Save button, if the form is on the page. */
export function showSaveOutcome(root: ParentNode, key: ReviewKey, outcome: SaveOutcome): void {
  for (const form of root.querySelectorAll<HTMLElement>('[data-review-key]')) {
    if (reviewKey(form.dataset.reviewKind === 'finding' ? 'finding' : 'checklist', form.dataset.reviewKey ?? '') === key) {
      const span = form.querySelector<HTMLElement>('[data-role="review-outcome"]');
      if (span) {
        showOutcome(span, outcome);
      }
    }
  }
}

function showOutcome(span: HTMLElement, outcome: SaveOutcome | 'saving' | undefined): void {
  span.textContent = outcome === undefined ? '' : outcome === 'saving' ? 'Saving…' : outcome.ok ? 'Saved' : `Not saved: ${outcome.message ?? 'the extension gave no reason'}`;
  span.dataset.outcome = outcome === undefined ? '' : outcome === 'saving' ? 'saving' : outcome.ok ? 'saved' : 'failed';
}

function draftOf(entry: ReviewEntry | undefined): ReviewDraft {
  return { status: entry?.status ?? 'pending', hipaaOutcome: entry?.hipaaOutcome ?? '', reviewer: entry?.reviewer ?? '', note: entry?.note ?? '' };
}

/** Empty fields are left out rather than saved as empty strings; the date is today's. */
function entryOf(draft: ReviewDraft): ReviewEntry {
  const reviewer = draft.reviewer.trim();
  const note = draft.note.trim();
  return {
    status: draft.status,
    ...(draft.hipaaOutcome ? { hipaaOutcome: draft.hipaaOutcome } : {}),
    ...(reviewer ? { reviewer } : {}),
    date: localDate(),
    ...(note ? { note } : {}),
  };
}

function option(value: string, label: string, selected: string): HTMLOptionElement {
  const element = h('option', { attrs: { value } }, label);
  element.selected = value === selected;
  return element;
}

function labelled(text: string, control: HTMLElement): HTMLElement {
  return h('label', { className: 'field' }, h('span', { className: 'field-name' }, text), control);
}
