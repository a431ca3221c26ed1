/**
 * The legal parts of the example report that the engine on main does not make yet: a breach-
 * readiness item with its notification clocks and per-law applicability, and DPIA triggers.
 * Every provision, paraphrase and mark is taken from ../shared/reference/legal-mapping.md
 * (section 2 rows 13 and 14, section 4 "Supporting anchors", section 6 item 1); (s) is
 * `secondary`, UNVERIFIED is `unverified`. They exercise the renderer, they are not the checklist.
 */
import type { ChecklistItem, NotificationClock, RegulationScope } from '../../../src/core/checklist/model';
import type { DpiaTrigger } from '../../../src/core/dpia/model';
import type { Regulation } from '../../../src/core/taxonomy/sensitivity';

/** The optional fields the renderer reads beside ChecklistItem's own (src/webview/report/checklistScope.ts). */
interface ChecklistItemWithScope extends ChecklistItem {
  readonly applicability: Readonly<Partial<Record<Regulation, RegulationScope>>>;
  readonly deadlines: readonly NotificationClock[];
}

export const BREACH_READINESS_EXAMPLE: ChecklistItemWithScope = {
  id: 'breach-readiness',
  title: 'Breach readiness',
  question: 'Have we set up a breach-response runbook that meets each notification deadline below?',
  evidence: ['The incident runbook, with who assesses a breach and who notifies whom', 'The breach register (GDPR Art. 33(5) documents every breach)'],
  ruleIds: ['hardcoded-secret', 'public-data-store'],
  citations: [
    { regulation: 'GDPR', provision: 'Art. 33(1)', paraphrase: 'Notify the supervisory authority without undue delay and, where feasible, within 72 hours.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 34', paraphrase: 'Tell the people affected without undue delay when the risk to them is high.', verification: 'primary' },
    { regulation: 'PDPA', provision: 's 26D(1)', paraphrase: 'Notify the PDPC within 3 calendar days of assessing a breach as notifiable.', verification: 'primary' },
    { regulation: 'PDPA', provision: 'PDP (Notification of Data Breaches) Regs 2021 reg 4', paraphrase: '500 or more individuals is a breach of significant scale.', verification: 'secondary' },
    { regulation: 'PIPL', provision: 'Art. 57', paraphrase: 'Immediately take remedial measures and notify the authorities and the individuals.', verification: 'primary' },
    { regulation: 'CCPA', provision: 'Cal. Civ. Code §1798.82', paraphrase: 'Notify residents within 30 calendar days of discovery (as amended by SB 446).', verification: 'secondary' },
    { regulation: 'CCPA', provision: 'Cal. Civ. Code §1798.82, definition of "encrypted"', paraphrase: 'Which subsection defines encrypted data for breach notice.', verification: 'unverified' },
    { regulation: 'HIPAA', provision: '45 CFR 164.404(b)', paraphrase: 'Notify individuals without unreasonable delay and within 60 calendar days of discovery.', verification: 'primary' },
  ],
  applicability: {
    GDPR: { applicability: 'applies', note: 'Every controller documents breaches; notification depends on the risk.', asOf: '2026-11-29' },
    CCPA: { applicability: 'depends', note: 'The CCPA has no notification duty; Cal. Civ. Code §1798.82 sets the clock.', asOf: '2026-11-29' },
    HIPAA: { applicability: 'depends', note: 'Only for covered entities and business associates holding PHI.', asOf: '2026-11-29' },
  },
  deadlines: [
    { regulation: 'GDPR', notify: 'supervisory authority', deadline: 'without undue delay and, where feasible, within 72 hours of becoming aware', provision: 'Art. 33(1)', verification: 'primary' },
    { regulation: 'PDPA', notify: 'PDPC', deadline: 'within 3 calendar days of assessing the breach as notifiable', provision: 's 26D(1)', verification: 'primary' },
    { regulation: 'PIPL', notify: 'PI protection departments and individuals', deadline: 'immediately', provision: 'Art. 57', verification: 'primary' },
    { regulation: 'CCPA', notify: 'affected California residents', deadline: 'within 30 calendar days of discovery', provision: 'Cal. Civ. Code §1798.82', verification: 'secondary' },
    { regulation: 'HIPAA', notify: 'affected individuals', deadline: 'without unreasonable delay and within 60 calendar days of discovery', provision: '45 CFR 164.404(b)', verification: 'primary' },
  ],
};

/** Triggers, and which findings' rule hits each (none: the code cannot tell). */
export const DPIA_TRIGGERS_EXAMPLE: readonly { readonly trigger: DpiaTrigger; readonly hitBy: readonly string[] }[] = [
  {
    trigger: { id: 'gdpr-35-3-b', regulation: 'GDPR', provision: 'GDPR Art. 35(3)(b)', description: 'Large-scale processing of special-category (Art. 9(1)) or criminal (Art. 10) data.', verification: 'primary' },
    hitBy: ['sensitive-personal-data-field'],
  },
  {
    trigger: { id: 'wp248-sensitive-data', regulation: 'GDPR', provision: 'WP248 rev.01 criterion', description: 'Sensitive or highly personal data.', verification: 'secondary' },
    hitBy: ['sensitive-personal-data-field'],
  },
  {
    trigger: { id: 'wp248-large-scale', regulation: 'GDPR', provision: 'WP248 rev.01 criterion', description: 'Data processed on a large scale.', verification: 'secondary' },
    hitBy: [],
  },
  {
    trigger: { id: 'pipl-55-1', regulation: 'PIPL', provision: 'PIPL Art. 55(1)', description: 'Processing sensitive personal information needs an impact assessment in advance.', verification: 'primary' },
    hitBy: ['sensitive-personal-data-field'],
  },
  {
    trigger: { id: 'pipl-55-3', regulation: 'PIPL', provision: 'PIPL Art. 55(3)', description: 'Entrusting, providing to others or publicising personal information needs one in advance.', verification: 'primary' },
    hitBy: ['personal-data-to-third-party'],
  },
  {
    trigger: { id: 'ccpa-7150-b-2', regulation: 'CCPA', provision: '11 CCR §7150(b)(2)', description: 'Processing sensitive personal information triggers a risk assessment.', verification: 'secondary' },
    hitBy: ['sensitive-personal-data-field'],
  },
];
