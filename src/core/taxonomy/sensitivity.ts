/**
 * Under which regulations a data category is special-category or sensitive, with the provision.
 * Source: ../shared/reference/legal-mapping.md, section 2 row 2 and section 3 "Sensitive-data
 * definition" (checked there against the texts in reference/laws/). Singapore's PDPA has no
 * statutory sensitive category: the PDPC's guidance is marked as a secondary source.
 */
export type Regulation = 'GDPR' | 'PDPA' | 'PIPL' | 'CCPA' | 'HIPAA';

export const REGULATIONS: readonly Regulation[] = ['GDPR', 'PDPA', 'PIPL', 'CCPA', 'HIPAA'];

export const REGULATION_NAMES: Readonly<Record<Regulation, string>> = {
  GDPR: 'GDPR',
  PDPA: 'Singapore PDPA',
  PIPL: 'China PIPL',
  CCPA: 'CCPA/CPRA',
  HIPAA: 'HIPAA',
};

/** How a citation was checked: against the law's text, a secondary source only, or not at all. */
export type Verification = 'primary' | 'secondary' | 'unverified';

export interface SensitiveUnder {
  readonly regulation: Regulation;
  readonly provision: string;
  readonly verification: Verification;
}

const gdpr9: SensitiveUnder = { regulation: 'GDPR', provision: 'Art. 9(1)', verification: 'primary' };
const gdpr10: SensitiveUnder = { regulation: 'GDPR', provision: 'Art. 10', verification: 'primary' };
const pipl28: SensitiveUnder = { regulation: 'PIPL', provision: 'Art. 28', verification: 'primary' };
const ccpaAe: SensitiveUnder = { regulation: 'CCPA', provision: '§1798.140(ae)', verification: 'primary' };
const hipaaPhi: SensitiveUnder = { regulation: 'HIPAA', provision: '45 CFR 160.103 (PHI)', verification: 'primary' };
const pdpcGuidance: SensitiveUnder = { regulation: 'PDPA', provision: 'PDPC guidance under s 24', verification: 'secondary' };

/**
 * Sensitivity by category key prefix; the longest matching prefix wins. HIPAA is listed for
 * health data only: other identifiers become PHI only when held with health information.
 */
const SENSITIVITY_BY_PREFIX: ReadonlyArray<readonly [string, readonly SensitiveUnder[]]> = [
  ['user.health_and_medical', [gdpr9, pipl28, ccpaAe, hipaaPhi, pdpcGuidance]],
  ['user.health_and_medical.genetic', [gdpr9, ccpaAe, hipaaPhi]],
  ['user.biometric', [gdpr9, pipl28, ccpaAe]],
  ['user.authorization.biometric', [gdpr9, pipl28, ccpaAe]],
  ['user.demographic.race_ethnicity', [gdpr9, ccpaAe]],
  ['user.demographic.religious_belief', [gdpr9, pipl28, ccpaAe]],
  ['user.demographic.political_opinion', [gdpr9]],
  ['user.demographic.sexual_orientation', [gdpr9, ccpaAe]],
  ['user.demographic.trade_union_membership', [gdpr9, ccpaAe]],
  ['user.criminal_history', [gdpr10]],
  ['user.government_id', [pipl28, pdpcGuidance]],
  ['user.government_id.national_identification_number', [pipl28, ccpaAe, pdpcGuidance]],
  ['user.government_id.drivers_license_number', [pipl28, ccpaAe, pdpcGuidance]],
  ['user.government_id.passport_number', [pipl28, ccpaAe, pdpcGuidance]],
  ['user.financial', [pipl28, pdpcGuidance]],
  ['user.financial.bank_account', [pipl28, ccpaAe, pdpcGuidance]],
  ['user.financial.credit_card', [pipl28, ccpaAe, pdpcGuidance]],
  ['user.location.precise', [pipl28, ccpaAe]],
  ['user.childrens', [pipl28, pdpcGuidance]],
];

/** The regulations under which `categoryKey` is sensitive; empty when it is ordinary personal data. */
export function sensitivityOf(categoryKey: string): readonly SensitiveUnder[] {
  let best: readonly [string, readonly SensitiveUnder[]] | undefined;
  for (const entry of SENSITIVITY_BY_PREFIX) {
    const [prefix] = entry;
    if ((categoryKey === prefix || categoryKey.startsWith(prefix + '.')) && (!best || prefix.length > best[0].length)) {
      best = entry;
    }
  }
  return best?.[1] ?? [];
}
