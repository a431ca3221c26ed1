import type { Regulation, Verification } from '../taxonomy/sensitivity';

/** One provision of one law, as the DPO will read it. */
export interface Citation {
  readonly regulation: Regulation;
  /** Exact pinpoint: `Art. 30(1)(c)-(g)`, `s 24`, `§1798.100(a)(3)`, `45 CFR 164.502(b)`. */
  readonly provision: string;
  /** One line, our own words. */
  readonly paraphrase: string;
  /** How the citation was checked (see ../shared/reference/legal-mapping.md, section 0). */
  readonly verification: Verification;
}

/** One closed question on the DPO's legal-review checklist. */
export interface ChecklistItem {
  /** Stable id: review state and finding links refer to it. */
  readonly id: string;
  readonly title: string;
  /** A closed question in the first person: "Have we ...?" */
  readonly question: string;
  /** What answers the question. */
  readonly evidence: readonly string[];
  /** Rule ids whose findings raise this item. */
  readonly ruleIds: readonly string[];
  readonly citations: readonly Citation[];
  /** Every law's stance on this item, dated: whether it applies at all, and when. */
  readonly applicability: Readonly<Record<Regulation, RegulationScope>>;
  /** Breach-notification clocks, on the items that have them (breach-readiness). */
  readonly deadlines?: readonly NotificationClock[];
}

/** Whether a law bears on an item at all: some only apply to some organisations or data. */
export type Applicability = 'applies' | 'depends' | 'does-not-apply';

/** One law's stance on one item, dated. */
export interface RegulationScope {
  readonly applicability: Applicability;
  /** One line: when it applies (e.g. "only to covered entities and business associates") or why not. */
  readonly note: string;
  /** YYYY-MM-DD on which the citations for this law were last checked. */
  readonly asOf: string;
}

/** A breach-notification clock: who must be told, by when, under which provision. */
export interface NotificationClock {
  readonly regulation: Regulation;
  /** Who is notified: "supervisory authority", "affected individuals", "PDPC", "HHS"... */
  readonly notify: string;
  /** The deadline as the law states it, in our words: "within 72 hours of becoming aware, where feasible". */
  readonly deadline: string;
  readonly provision: string;
  readonly verification: Verification;
}
