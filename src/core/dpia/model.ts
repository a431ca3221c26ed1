/**
 * DPIA screening: which triggers for an impact assessment the findings hit, under GDPR Art. 35(3)
 * and the WP248 criteria, PIPL Art. 55 and the CCPA risk-assessment regulations, each with the
 * findings behind it. Sources: ../shared/reference/legal-mapping.md, section 2 row 14 and section 4.
 */
import type { Regulation, Verification } from '../taxonomy/sensitivity';

export interface DpiaTrigger {
  /** Stable id, e.g. `gdpr-35-3-b`, `wp248-sensitive-data`, `pipl-55-1`. */
  readonly id: string;
  readonly regulation: Regulation;
  /** "GDPR Art. 35(3)(b)", "WP248 rev.01 criterion 4", "PIPL Art. 55(1)", "11 CCR §7150(b)". */
  readonly provision: string;
  /** One line, our words. */
  readonly description: string;
  readonly verification: Verification;
}

/** A reference to a finding behind a trigger. */
export interface TriggerEvidence {
  readonly fingerprint: string;
  readonly ruleId: string;
  readonly file: string;
  readonly line: number;
  readonly why: string;
}

export interface DpiaScreeningResult {
  readonly trigger: DpiaTrigger;
  readonly hit: boolean;
  readonly evidence: readonly TriggerEvidence[];
}

export interface DpiaScreening {
  readonly results: readonly DpiaScreeningResult[];
  /** WP248: meeting two or more criteria usually means a DPIA is needed. */
  readonly wp248CriteriaMet: number;
}
