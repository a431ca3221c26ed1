import type { SourceFacts } from '../facts';
import type { RawFinding, Severity } from '../model';
import type { Classifier } from '../taxonomy/vocabulary';

/** What a rule may use besides the facts: the classifier, with the user's own patterns applied. */
export interface RuleContext {
  readonly classifier: Classifier;
  /** The scanned file's path (relative, `/` separators), where known: rules may judge test code differently. */
  readonly filePath?: string;
}

/**
 * What is known of a rule without running it: the catalogue (catalogue.ts) holds one per rule, so
 * the extension host reads ids, severities and checklists without loading the checks.
 */
export interface RuleInfo {
  /** Stable kebab-case id: settings, suppressions and reports refer to it. */
  readonly id: string;
  /** One line for the README, SARIF and the settings UI. */
  readonly description: string;
  readonly defaultSeverity: Severity;
  /** The checklist items every finding of this rule raises. */
  readonly checklist: readonly string[];
  /**
   * The language families (see languageFamily) where the rule is claimed: measured on the labelled
   * corpus and run. Absent: every language whose adapter supplies what the rule reads.
   */
  readonly languages?: readonly string[];
}

/** A rule reads facts, never syntax trees, so one rule serves every language. */
export interface Rule extends RuleInfo {
  check(facts: SourceFacts, context: RuleContext): RawFinding[];
}
