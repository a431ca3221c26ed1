/**
 * Categories Privacy Lens adds where fideslang has no key, as sub-keys in fideslang's style.
 * They are ours, not fideslang's (see THIRD_PARTY_NOTICES.md).
 */
export interface AddedCategory {
  readonly key: string;
  readonly name: string;
  readonly description: string;
}

const nationalId = (suffix: string, name: string, description: string): AddedCategory => ({
  key: `user.government_id.national_identification_number.${suffix}`,
  name,
  description: `${description} Added by Privacy Lens.`,
});

export const ADDED_CATEGORIES: readonly AddedCategory[] = [
  {
    key: 'user.demographic.trade_union_membership',
    name: 'Trade Union Membership',
    description: 'Membership of a trade union (GDPR Art. 9(1); CCPA §1798.140(ae)). Added by Privacy Lens.',
  },
  { key: 'user.government_id.tax_id', name: 'Tax Identification Number', description: 'A personal tax identifier. Added by Privacy Lens.' },
  { key: 'user.government_id.tax_id.in_pan', name: 'India PAN', description: 'India Permanent Account Number, issued by the Income Tax Department. Added by Privacy Lens.' },
  nationalId('us_ssn', 'US Social Security Number', 'United States Social Security Number.'),
  nationalId('sg_nric_fin', 'Singapore NRIC/FIN', 'Singapore National Registration Identity Card number or Foreign Identification Number.'),
  nationalId('cn_resident_identity_card', 'China Resident Identity Card', 'Number of the PRC Resident Identity Card (居民身份证, shenfenzheng).'),
  nationalId('hk_identity_card', 'Hong Kong Identity Card', 'Hong Kong Identity Card (HKID) number.'),
  nationalId('my_mykad', 'Malaysia MyKad', 'Malaysian identity card (MyKad) number.'),
  nationalId('in_aadhaar', 'India Aadhaar', 'India Aadhaar number, issued by UIDAI.'),
  nationalId('kr_resident_registration_number', 'Korea Resident Registration Number', 'Korean Resident Registration Number (주민등록번호).'),
  nationalId('jp_my_number', 'Japan My Number', 'Japanese Individual Number (マイナンバー).'),
];
