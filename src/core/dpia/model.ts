/**
 * DPIA screening: which triggers for an impact assessment the findings hit, under GDPR Art. 35(3)
 * and the WP248 criteria, PIPL Art. 55 and the CCPA risk-assessment regulations (with Singapore's
 * two mandatory assessments and HIPAA's risk analysis), each with the findings behind it. Sources: ../shared/reference/legal-mapping.md, section 2 rows 2 and 14 and
 * section 4; the triggers themselves are in triggers.ts, the screening in screening.ts.
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
  /**
   * Set on a trigger that code cannot settle (scale, automated decisions, where a recipient is,
   * the recipient's role): what the DPO must judge. Such a trigger is never `hit`; its evidence
   * is the findings that point at it, for the DPO to weigh.
   */
  readonly dpoDecides?: string;
}

/** A reference to a finding behind a trigger. */
export interface TriggerEvidence {
  readonly fingerprint: string;
  readonly ruleId: string;
  readonly file: string;
  /** 0-based, as in Finding.range. */
  readonly line: number;
  readonly why: string;
}

export interface DpiaScreeningResult {
  readonly trigger: DpiaTrigger;
  /** The findings meet the trigger as far as code can show; always false when the trigger has `dpoDecides`. */
  readonly hit: boolean;
  readonly evidence: readonly TriggerEvidence[];
}

export interface DpiaScreening {
  readonly results: readonly DpiaScreeningResult[];
  /** WP248: meeting two or more criteria usually means a DPIA is needed. */
  readonly wp248CriteriaMet: number;
}
