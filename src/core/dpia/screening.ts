/**
 * DPIA screening: which impact-assessment triggers the findings hit, each with the findings behind
 * it. Conservative by design: a trigger is hit only where the findings show all it asks (sensitive
 * data is declared; personal data is sent to another party). Where code can show only part of a
 * trigger (special-category data, but not whether at large scale; a vendor, but not where it is or
 * what role it plays), the findings are listed as evidence and the DPO decides.
 */
import type { FileFinding } from '../scan/workspaceScan';
import { categoryLabel } from '../taxonomy/categories';
import { REGULATIONS, type Regulation, sensitivityOf } from '../taxonomy/sensitivity';
import type { DpiaScreening, DpiaScreeningResult, DpiaTrigger, TriggerEvidence } from './model';
import { DPIA_TRIGGERS, WP248_CRITERIA } from './triggers';

/** Rules whose data categories are sensitive by construction (masked values are left out before they report). */
const SENSITIVE_DATA_RULES = new Set(['sensitive-personal-data-field', 'unencrypted-sensitive-storage']);
const THIRD_PARTY_RULE = 'personal-data-to-third-party';

/** How a trigger reads a finding: the reason it points at the trigger, or undefined. */
type Reading = (finding: FileFinding) => string | undefined;

const READINGS: Readonly<Record<string, Reading>> = {
  'gdpr-35-3-b': sensitiveUnder('GDPR', 'special-category or criminal-offence data under GDPR'),
  'wp248-sensitive-data': sensitiveWhere(isHighlyPersonal, 'sensitive or highly personal data'),
  'wp248-vulnerable-subjects': sensitiveWhere(isAboutChildren, 'data about children, who are vulnerable data subjects'),
  'pipl-55-1': sensitiveUnder('PIPL', 'sensitive personal information under PIPL Art. 28'),
  'pipl-55-3': sentToThirdParty('personal information provided to another party'),
  'pipl-55-4': sentToThirdParty('personal information sent to a vendor that may hold it outside China'),
  'ccpa-7150-b-selling-sharing': sentToThirdParty('may be selling or sharing: personal information sent to a vendor'),
  'ccpa-7150-b-2': sensitiveUnder('CCPA', 'sensitive personal information under §1798.140(ae)'),
  'hipaa-risk-analysis': sensitiveUnder('HIPAA', 'health information, which is ePHI when held by a covered entity or business associate'),
};

const WP248_IDS = new Set(WP248_CRITERIA.map((t) => t.id));

/** Screens the findings against every trigger of the laws in `regulations` (WP248 counts under GDPR). */
export function screenDpia(findings: readonly FileFinding[], regulations: readonly Regulation[]): DpiaScreening {
  const unknown = regulations.filter((r) => !REGULATIONS.includes(r));
  if (unknown.length > 0) {
    throw new Error(`screenDpia: unknown regulation ${unknown.map((r) => JSON.stringify(r)).join(', ')}; expected some of ${REGULATIONS.join(', ')}`);
  }
  const results = DPIA_TRIGGERS.filter((t) => regulations.includes(t.regulation)).map((trigger) => screenTrigger(trigger, findings));
  const wp248CriteriaMet = results.filter((r) => r.hit && WP248_IDS.has(r.trigger.id)).length;
  return { results, wp248CriteriaMet };
}

function screenTrigger(trigger: DpiaTrigger, findings: readonly FileFinding[]): DpiaScreeningResult {
  const reading = READINGS[trigger.id];
  const evidence = reading ? findings.flatMap((finding) => evidenceOf(finding, reading)) : [];
  return { trigger, hit: trigger.dpoDecides === undefined && evidence.length > 0, evidence };
}

function evidenceOf(finding: FileFinding, reading: Reading): TriggerEvidence[] {
  const why = reading(finding);
  return why === undefined ? [] : [{ fingerprint: finding.fingerprint, ruleId: finding.ruleId, file: finding.file, line: finding.range.start.line, why }];
}

/** A sensitive-data finding whose categories `regulation` treats as sensitive. */
function sensitiveUnder(regulation: Regulation, what: string): Reading {
  return sensitiveWhere((category) => sensitivityOf(category).some((s) => s.regulation === regulation), what);
}

/** A sensitive-data finding with a category that `counts`; the reason names the categories. */
function sensitiveWhere(counts: (category: string) => boolean, what: string): Reading {
  return (finding) => {
    const categories = SENSITIVE_DATA_RULES.has(finding.ruleId) ? finding.dataCategories.filter(counts) : [];
    return categories.length > 0 ? `${categories.map(describeCategory).join(', ')}: ${what}` : undefined;
  };
}

function sentToThirdParty(what: string): Reading {
  return (finding) => {
    if (finding.ruleId !== THIRD_PARTY_RULE) {
      return undefined;
    }
    return finding.dataCategories.length > 0 ? `${what}: ${finding.dataCategories.map(describeCategory).join(', ')}` : what;
  };
}

function describeCategory(category: string): string {
  return `${categoryLabel(category)} (${category})`;
}

function isUnder(category: string, prefix: string): boolean {
  return category === prefix || category.startsWith(prefix + '.');
}

/**
 * WP248 criterion 4: GDPR's special categories and criminal data, and the high-risk data the
 * mapping (row 2) puts under "highly personal": financial account data and precise location.
 */
function isHighlyPersonal(category: string): boolean {
  const highRisk = ['user.financial.bank_account', 'user.financial.credit_card', 'user.location.precise'];
  return sensitivityOf(category).some((s) => s.regulation === 'GDPR') || highRisk.some((prefix) => isUnder(category, prefix));
}

/** WP248 criterion 7: only children are recognisable from data categories; other vulnerable groups are for the DPO. */
function isAboutChildren(category: string): boolean {
  return isUnder(category, 'user.childrens');
}
