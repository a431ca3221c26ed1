/**
 * PrivacyReport objects built by hand, so the renderers are tested on exactly what a test says
 * is in the report, independently of the scanner.
 */
import type { ChecklistItem } from '../../src/core/checklist/model';
import type { DpiaScreening } from '../../src/core/dpia/model';
import type { DataInventory } from '../../src/core/inventory/model';
import type { Severity, TextRange } from '../../src/core/model';
import type { ChecklistStatus, PrivacyReport, ReportFinding } from '../../src/core/report/reportModel';
import type { FindingReviewEntry } from '../../src/core/review/model';
import type { FileSuppressedFinding } from '../../src/core/scan/workspaceScan';

/** A 0-based range on one line, as the engine makes them. */
export function at(line: number, column: number, length = 5): TextRange {
  return { start: { line, column }, end: { line, column: column + length } };
}

export function finding(file: string, line: number, ruleId: string, message: string, extra: { severity?: Severity; categories?: string[]; checklist?: string[]; review?: FindingReviewEntry } = {}): ReportFinding {
  return {
    file,
    ruleId,
    message,
    severity: extra.severity ?? 'warning',
    range: at(line, 2),
    dataCategories: extra.categories ?? ['user.contact.email'],
    checklist: extra.checklist ?? ['logging-minimisation'],
    fingerprint: `${ruleId}:${file}:${line}`.padEnd(32, '0'),
    ...(extra.review ? { review: extra.review } : {}),
  };
}

/** An item whose citations carry each verification mark, for two laws. */
export const MARKED_ITEM: ChecklistItem = {
  id: 'marked-item',
  title: 'Marked item',
  question: 'Have we checked the marks?',
  evidence: ['A record of the check'],
  ruleIds: ['personal-data-in-log'],
  citations: [
    { regulation: 'GDPR', provision: 'Art. 5(1)(c)', paraphrase: 'Data minimisation.', verification: 'primary' },
    { regulation: 'PDPA', provision: 's 24', paraphrase: 'Guidance on sensitive data.', verification: 'secondary' },
    { regulation: 'CCPA', provision: '11 CCR §7150(b)', paraphrase: 'Risk assessment triggers.', verification: 'unverified' },
    { regulation: 'HIPAA', provision: '45 CFR 164.312(e)(1)', paraphrase: 'Transmission security.', verification: 'primary' },
  ],
  applicability: {
    GDPR: { applicability: 'applies', note: 'Anyone processing personal data', asOf: '2026-11-29' },
    PDPA: { applicability: 'depends', note: 'Only organisations in Singapore', asOf: '2026-11-29' },
    PIPL: { applicability: 'does-not-apply', note: 'Nothing on this', asOf: '2026-11-29' },
    CCPA: { applicability: 'applies', note: 'Businesses over the thresholds', asOf: '2026-11-28' },
    HIPAA: { applicability: 'depends', note: 'Only covered entities', asOf: '2026-11-29' },
  },
  deadlines: [
    { regulation: 'GDPR', notify: 'the supervisory authority', deadline: 'within 72 hours of becoming aware, where feasible', provision: 'Art. 33(1)', verification: 'primary' },
    { regulation: 'HIPAA', notify: 'HHS', deadline: 'within 60 days', provision: '45 CFR 164.408', verification: 'primary' },
  ],
};

const DIAGNOSIS_LINE = 6;

export const DPIA: DpiaScreening = {
  wp248CriteriaMet: 1,
  results: [
    {
      trigger: { id: 'wp248-sensitive-data', regulation: 'GDPR', provision: 'WP248 rev.01 criterion 4', description: 'Sensitive data or data of a highly personal nature.', verification: 'secondary' },
      hit: true,
      evidence: [{ fingerprint: 'f'.repeat(32), ruleId: 'sensitive-personal-data-field', file: 'src/patient.ts', line: DIAGNOSIS_LINE, why: 'Patient.diagnosis is health data' }],
    },
    {
      trigger: { id: 'gdpr-35-3-b', regulation: 'GDPR', provision: 'GDPR Art. 35(3)(b)', description: 'Large-scale special-category data.', verification: 'primary', dpoDecides: 'Whether the processing is large-scale.' },
      hit: false,
      evidence: [{ fingerprint: 'f'.repeat(32), ruleId: 'sensitive-personal-data-field', file: 'src/patient.ts', line: DIAGNOSIS_LINE, why: 'health data under GDPR' }],
    },
    {
      trigger: { id: 'gdpr-35-3-c', regulation: 'GDPR', provision: 'GDPR Art. 35(3)(c)', description: 'Systematic monitoring of a publicly accessible area.', verification: 'primary', dpoDecides: 'Whether an area is monitored.' },
      hit: false,
      evidence: [],
    },
    {
      trigger: { id: 'pipl-55-1', regulation: 'PIPL', provision: 'PIPL Art. 55(1)', description: 'Processing sensitive personal information.', verification: 'primary' },
      hit: false,
      evidence: [],
    },
  ],
};

export const INVENTORY: DataInventory = {
  entries: [
    {
      category: 'user.contact.email',
      categoryName: 'Email',
      sensitive: false,
      declaredIn: [{ file: 'src/patient.ts', range: at(5, 2), label: 'Patient' }],
      sinks: [
        { kind: 'log', ruleId: 'personal-data-in-log', location: { file: 'src/booking.ts', range: at(11, 4) }, fingerprint: 'a'.repeat(32) },
        { kind: 'third-party', recipient: 'Segment', ruleId: 'personal-data-to-third-party', location: { file: 'src/booking.ts', range: at(20, 4) }, fingerprint: 'b'.repeat(32) },
      ],
      recipients: ['Segment'],
      purposes: ['essential.service.authentication'],
      lawfulBases: ['contract'],
      retention: ['2 years after account closure'],
    },
    {
      category: 'user.health_and_medical',
      categoryName: 'Health and medical',
      sensitive: true,
      declaredIn: [{ file: 'src/patient.ts', range: at(6, 2), label: 'Patient' }],
      sinks: [],
      recipients: [],
      purposes: [],
      lawfulBases: [],
      retention: [],
    },
  ],
  records: [
    {
      file: 'src/patient.ts',
      name: 'Patient',
      range: { start: { line: 3, column: 0 }, end: { line: 9, column: 1 } },
      nameRange: at(3, 6, 7),
      fields: [
        { name: 'email', range: at(5, 2), dataCategories: ['user.contact.email'], sensitive: false },
        { name: 'diagnosis', range: at(6, 2, 9), dataCategories: ['user.health_and_medical'], sensitive: true },
      ],
    },
  ],
};

export function status(item: ChecklistItem, findingCount: number, review?: ChecklistStatus['review']): ChecklistStatus {
  return { item, findingCount, ...(review ? { review } : {}) };
}

export const SUPPRESSED: FileSuppressedFinding = { ...finding('src/legacy.ts', 2, 'personal-data-field', 'Legacy.email is an email'), suppressionReason: 'test double, never deployed' };

/** A complete report; override any part. */
export function fixtureReport(overrides: Partial<PrivacyReport> = {}): PrivacyReport {
  const findings = overrides.findings ?? [
    finding('src/booking.ts', 11, 'personal-data-in-log', 'logger.info() writes patient.email (email) to the log'),
    finding('src/patient.ts', 6, 'sensitive-personal-data-field', 'Patient.diagnosis is health data', { severity: 'information', categories: ['user.health_and_medical'], checklist: ['special-category-data'] }),
  ];
  return {
    tool: { name: 'privacy-lens', version: '9.9.9' },
    generatedAt: '2026-11-30T10:00:00.000Z',
    rootName: 'clinic',
    regulations: ['GDPR', 'PDPA', 'CCPA'],
    summary: {
      filesScanned: 3,
      findings: findings.length,
      suppressed: 1,
      bySeverity: { error: 0, warning: 1, information: 1, hint: 0 },
      byRule: { 'personal-data-in-log': 1, 'sensitive-personal-data-field': 1 },
      byCategory: { 'user.contact.email': 1, 'user.health_and_medical': 1 },
      byFile: { 'src/booking.ts': 1, 'src/patient.ts': 1 },
    },
    findings,
    suppressed: [SUPPRESSED],
    checklist: [status(MARKED_ITEM, 1, { status: 'to-correct', reviewer: 'Dana DPO', date: '2026-11-20', note: 'Mask before v2' })],
    inventory: INVENTORY,
    dpia: DPIA,
    notLegalAdvice: 'Not legal advice.',
    ...overrides,
  };
}
