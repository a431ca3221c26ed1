/**
 * The impact-assessment triggers Privacy Lens screens for, per law. Provisions and verification
 * from ../shared/reference/legal-mapping.md: section 2 row 14 (GDPR Art. 35(3), PIPL Art. 55,
 * 11 CCR §7150(b), PDPA s 15A and the legitimate-interests exception, HIPAA's risk analysis), row 2
 * (11 CCR §7150(b)(2) for sensitive data; WP248's "highly personal" criterion) and section 4,
 * "Supporting anchors" (the nine WP248 rev.01 criteria, numbered in the order listed there).
 * WP248 and the CCPA regulations were read in secondary sources only. Descriptions are ours;
 * GDPR and PIPL ones were checked against reference/laws/. This is not legal advice.
 */
import type { DpiaTrigger } from './model';

const WP248_SECONDARY = { regulation: 'GDPR', verification: 'secondary' } as const;
const CCPA_SECONDARY = { regulation: 'CCPA', verification: 'secondary' } as const;

/** What no scan can tell, said the same way wherever it comes up. */
const SCALE = 'Whether the processing is large-scale: code cannot tell how many people or records are involved.';
const AUTOMATED_DECISIONS = 'Whether decisions about people are made by automated means, and with what effect: code shows calls, not decisions.';

export const GDPR_TRIGGERS: readonly DpiaTrigger[] = [
  { id: 'gdpr-35-3-a', regulation: 'GDPR', provision: 'GDPR Art. 35(3)(a)', description: 'Systematic and extensive automated evaluation of people, profiling included, behind decisions with legal or similarly significant effects.', verification: 'primary', dpoDecides: AUTOMATED_DECISIONS },
  { id: 'gdpr-35-3-b', regulation: 'GDPR', provision: 'GDPR Art. 35(3)(b)', description: 'Large-scale processing of special-category data (Art. 9(1)) or criminal-offence data (Art. 10).', verification: 'primary', dpoDecides: SCALE },
  { id: 'gdpr-35-3-c', regulation: 'GDPR', provision: 'GDPR Art. 35(3)(c)', description: 'Large-scale systematic monitoring of a publicly accessible area.', verification: 'primary', dpoDecides: 'Whether a publicly accessible area is monitored systematically and at large scale: code cannot tell.' },
];

export const WP248_CRITERIA: readonly DpiaTrigger[] = [
  { id: 'wp248-evaluation-scoring', provision: 'WP248 rev.01 criterion 1', description: 'Evaluation or scoring of people.', dpoDecides: 'Whether the system evaluates or scores people: a purpose, not something code shows.', ...WP248_SECONDARY },
  { id: 'wp248-automated-decision', provision: 'WP248 rev.01 criterion 2', description: 'Automated decisions with legal or similarly significant effect.', dpoDecides: AUTOMATED_DECISIONS, ...WP248_SECONDARY },
  { id: 'wp248-systematic-monitoring', provision: 'WP248 rev.01 criterion 3', description: 'Systematic monitoring of people.', dpoDecides: 'Whether people are monitored systematically: a matter of purpose and context.', ...WP248_SECONDARY },
  { id: 'wp248-sensitive-data', provision: 'WP248 rev.01 criterion 4', description: 'Sensitive or highly personal data: special categories and criminal data, and high-risk data such as financial accounts and precise location.', ...WP248_SECONDARY },
  { id: 'wp248-large-scale', provision: 'WP248 rev.01 criterion 5', description: 'Data processed on a large scale.', dpoDecides: SCALE, ...WP248_SECONDARY },
  { id: 'wp248-matching-datasets', provision: 'WP248 rev.01 criterion 6', description: 'Matching or combining datasets.', dpoDecides: 'Whether datasets from different sources or purposes are matched or combined.', ...WP248_SECONDARY },
  { id: 'wp248-vulnerable-subjects', provision: 'WP248 rev.01 criterion 7', description: 'Data about vulnerable people, children among them.', ...WP248_SECONDARY },
  { id: 'wp248-innovative-technology', provision: 'WP248 rev.01 criterion 8', description: 'Innovative use or application of technology.', dpoDecides: 'Whether the technology or its use is innovative.', ...WP248_SECONDARY },
  { id: 'wp248-prevents-rights', provision: 'WP248 rev.01 criterion 9', description: 'Processing that prevents people from exercising a right or using a service.', dpoDecides: 'Whether the processing decides access to a right or a service.', ...WP248_SECONDARY },
];

export const PIPL_TRIGGERS: readonly DpiaTrigger[] = [
  { id: 'pipl-55-1', regulation: 'PIPL', provision: 'PIPL Art. 55(1)', description: 'Processing sensitive personal information.', verification: 'primary' },
  { id: 'pipl-55-2', regulation: 'PIPL', provision: 'PIPL Art. 55(2)', description: 'Using personal information for automated decision-making.', verification: 'primary', dpoDecides: AUTOMATED_DECISIONS },
  { id: 'pipl-55-3', regulation: 'PIPL', provision: 'PIPL Art. 55(3)', description: 'Entrusting processing to another party, providing personal information to another party, or publicising it.', verification: 'primary' },
  { id: 'pipl-55-4', regulation: 'PIPL', provision: 'PIPL Art. 55(4)', description: 'Providing personal information to a party outside the People\'s Republic of China.', verification: 'primary', dpoDecides: 'Whether the recipient holds or processes the data outside China: the code names the vendor, not where it processes the data.' },
  { id: 'pipl-55-5', regulation: 'PIPL', provision: 'PIPL Art. 55(5)', description: 'Other processing that may have a significant impact on individuals.', verification: 'primary', dpoDecides: 'Whether the processing may significantly affect people in some other way.' },
];

export const CCPA_TRIGGERS: readonly DpiaTrigger[] = [
  { id: 'ccpa-7150-b-selling-sharing', provision: '11 CCR §7150(b)', description: 'Selling or sharing personal information.', dpoDecides: 'Whether the recipient is a service provider or contractor under contract (neither selling nor sharing) or a third party receiving the data for value or for cross-context behavioural advertising.', ...CCPA_SECONDARY },
  { id: 'ccpa-7150-b-2', provision: '11 CCR §7150(b)(2)', description: 'Processing sensitive personal information.', ...CCPA_SECONDARY },
  { id: 'ccpa-7150-b-admt', provision: '11 CCR §7150(b)', description: 'Using automated decision-making technology for a significant decision about a consumer.', dpoDecides: AUTOMATED_DECISIONS, ...CCPA_SECONDARY },
  { id: 'ccpa-7150-b-profiling', provision: '11 CCR §7150(b)', description: 'Certain profiling of consumers.', dpoDecides: 'Whether the processing is profiling of the kinds the regulation lists.', ...CCPA_SECONDARY },
  { id: 'ccpa-7150-b-training', provision: '11 CCR §7150(b)', description: 'Training automated decision-making or facial-recognition technology.', dpoDecides: 'Whether personal information is used to train such technology.', ...CCPA_SECONDARY },
];

export const PDPA_TRIGGERS: readonly DpiaTrigger[] = [
  { id: 'pdpa-15a-deemed-consent', regulation: 'PDPA', provision: 'PDPA s 15A(4)(a), (5)', description: 'Relying on deemed consent by notification, which needs an assessment of adverse effects first (Singapore has no general DPIA duty).', verification: 'primary', dpoDecides: 'Whether we rely on deemed consent by notification: a matter of our notices, not our code.' },
  { id: 'pdpa-legitimate-interests', regulation: 'PDPA', provision: 'PDPA First Schedule Part 3 para 1(2)-(3)', description: 'Relying on the legitimate-interests exception, which needs an assessment first.', verification: 'primary', dpoDecides: 'Whether we rely on the legitimate-interests exception.' },
];

export const HIPAA_TRIGGERS: readonly DpiaTrigger[] = [
  { id: 'hipaa-risk-analysis', regulation: 'HIPAA', provision: '45 CFR 164.308(a)(1)(ii)(A)-(B)', description: 'The risk analysis and risk management cover all ePHI held, so new or changed ePHI needs them updated.', verification: 'primary', dpoDecides: 'Whether we hold this health data as a covered entity or business associate, which makes it PHI.' },
];

/** Every trigger, in the order the screening reports them. */
export const DPIA_TRIGGERS: readonly DpiaTrigger[] = [...GDPR_TRIGGERS, ...WP248_CRITERIA, ...PIPL_TRIGGERS, ...CCPA_TRIGGERS, ...PDPA_TRIGGERS, ...HIPAA_TRIGGERS];
