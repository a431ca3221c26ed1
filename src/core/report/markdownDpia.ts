/**
 * The DPIA screening in Markdown: the triggers the findings hit, then the ones only the DPO can
 * settle (scale, automated decisions, a recipient's role or location) that findings point at, then
 * the rest by provision in one line each, to keep a pull-request comment short. Evidence links are
 * 1-based like every link in the report.
 */
import { VERIFICATION_MARK } from '../checklist/render';
import type { DpiaScreening, DpiaScreeningResult, TriggerEvidence } from '../dpia/model';
import { code, fileLink, text } from './markdownText';

/** How many findings one trigger lists before "and N more": the rest are in the findings section. */
export const EVIDENCE_PER_TRIGGER = 10;

export function renderDpiaMarkdown(dpia: DpiaScreening): string[] {
  const hits = dpia.results.filter((r) => r.hit);
  const forDpo = dpia.results.filter((r) => !r.hit && r.trigger.dpoDecides !== undefined && r.evidence.length > 0);
  const openQuestions = dpia.results.filter((r) => !r.hit && r.trigger.dpoDecides !== undefined && r.evidence.length === 0);
  const missed = dpia.results.filter((r) => !r.hit && r.trigger.dpoDecides === undefined);
  const lines = [`WP248 criteria met: ${dpia.wp248CriteriaMet} (two or more usually means a DPIA is needed). Triggers hit: ${hits.length} of ${dpia.results.length}.`];
  if (hits.length > 0) {
    lines.push('', '### Triggers the findings hit', '', ...hits.flatMap(renderResult));
  }
  if (forDpo.length > 0) {
    lines.push('', '### For the DPO to decide', '', 'Code cannot settle these; the findings listed point at them.', '', ...forDpo.flatMap(renderResult));
  }
  if (openQuestions.length > 0) {
    lines.push('', `For the DPO to decide, with no finding pointing at them: ${openQuestions.map((r) => text(r.trigger.provision)).join('; ')}.`);
  }
  if (missed.length > 0) {
    lines.push('', `Not hit: ${missed.map((r) => text(r.trigger.provision)).join('; ')}.`);
  }
  return lines;
}

function renderResult(result: DpiaScreeningResult): string[] {
  const { trigger } = result;
  const decide = trigger.dpoDecides ? ` To decide: ${text(trigger.dpoDecides)}` : '';
  const shown = result.evidence.slice(0, EVIDENCE_PER_TRIGGER).map(evidenceLine);
  const more = result.evidence.length - shown.length;
  return [
    `- **${text(trigger.provision)}**: ${text(trigger.description)}${VERIFICATION_MARK[trigger.verification]}${decide}`,
    ...shown,
    ...(more > 0 ? [`  - and ${more} more finding(s)`] : []),
  ];
}

function evidenceLine(evidence: TriggerEvidence): string {
  const at = { line: evidence.line, column: 0 };
  return `  - ${fileLink(evidence.file, { start: at, end: at })} ${code(evidence.ruleId)}: ${text(evidence.why)}`;
}
