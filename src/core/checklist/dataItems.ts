/**
 * Checklist items for the personal-data and sensitive-data field rules. Citations from
 * ../shared/reference/legal-mapping.md section 2, rows 1 (inventory, lawful basis, notice) and 2
 * (special-category and sensitive data); (s) marks are `secondary` here. Paraphrases are ours.
 * This is not legal advice.
 */
import { applies, depends, HIPAA_ONLY_FOR_PHI } from './edition';
import type { ChecklistItem } from './model';

export const PERSONAL_DATA_INVENTORY: ChecklistItem = {
  // legal-mapping.md section 2, row 1
  id: 'personal-data-inventory',
  title: 'Personal-data inventory, lawful basis and notice',
  question:
    'Have we recorded this personal data in our records of processing, with its purpose, lawful basis and retention period, and covered it in our privacy notice?',
  evidence: [
    'An entry in the records of processing (RoPA) or data inventory naming this field',
    'The purpose and lawful basis (or consent record) for collecting it',
    'The retention period for it',
    'The privacy notice or notice at collection that covers it',
  ],
  ruleIds: ['personal-data-field', 'sensitive-personal-data-field'],
  citations: [
    { regulation: 'GDPR', provision: 'Art. 4(1)', paraphrase: 'Defines personal data.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 30(1)(c)-(g)', paraphrase: 'Records of processing list the data categories, recipients, transfers, erasure time limits and security measures.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 6(1)', paraphrase: 'Processing needs a lawful basis.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 5(1)(b)', paraphrase: 'Purpose limitation.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 13(1)(c), 13(2)(a); Art. 14', paraphrase: 'Tell people the purpose, legal basis and retention period.', verification: 'primary' },
    { regulation: 'PDPA', provision: 's 2(1)', paraphrase: 'Defines personal data.', verification: 'primary' },
    { regulation: 'PDPA', provision: 's 4(5)', paraphrase: 'Business contact information is excluded from most obligations.', verification: 'primary' },
    { regulation: 'PDPA', provision: 'ss 13, 14, 15, 15A, 17', paraphrase: 'Consent, deemed consent, or a named exception is needed to collect, use or disclose.', verification: 'primary' },
    { regulation: 'PDPA', provision: 's 18', paraphrase: 'Purpose limitation.', verification: 'primary' },
    { regulation: 'PDPA', provision: 's 20', paraphrase: 'Notify the purpose before or at collection.', verification: 'primary' },
    { regulation: 'PDPA', provision: 's 12', paraphrase: 'Policies and practices to meet the Act.', verification: 'primary' },
    { regulation: 'PIPL', provision: 'Art. 4', paraphrase: 'Defines personal information; anonymised information is excluded.', verification: 'primary' },
    { regulation: 'PIPL', provision: 'Art. 13', paraphrase: 'The legal bases for processing.', verification: 'primary' },
    { regulation: 'PIPL', provision: 'Art. 14', paraphrase: 'Consent, renewed when purpose, means or categories change.', verification: 'primary' },
    { regulation: 'PIPL', provision: 'Arts. 5-7', paraphrase: 'Legality, necessity, minimum scope and openness.', verification: 'primary' },
    { regulation: 'PIPL', provision: 'Art. 17', paraphrase: 'Notice of identity, purpose, means, categories, storage period and how to exercise rights.', verification: 'primary' },
    { regulation: 'PIPL', provision: 'Art. 51(2)', paraphrase: 'Classified management of personal information.', verification: 'primary' },
    { regulation: 'CCPA', provision: '§1798.140(v)', paraphrase: 'Defines personal information.', verification: 'primary' },
    { regulation: 'CCPA', provision: '§1798.100(a)(1)', paraphrase: 'Notice at collection of categories, purposes and whether sold or shared.', verification: 'primary' },
    { regulation: 'CCPA', provision: '§1798.100(a)(3)', paraphrase: 'Retention period for each category.', verification: 'primary' },
    { regulation: 'CCPA', provision: '§1798.100(c)', paraphrase: 'Collection reasonably necessary and proportionate.', verification: 'primary' },
    { regulation: 'CCPA', provision: '§1798.130(a)(5)', paraphrase: 'Privacy-policy disclosures.', verification: 'primary' },
    { regulation: 'HIPAA', provision: '45 CFR 160.103', paraphrase: 'Defines individually identifiable health information and PHI.', verification: 'primary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.502(a)', paraphrase: 'PHI is used or disclosed only as permitted.', verification: 'primary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.520', paraphrase: 'Notice of privacy practices.', verification: 'primary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.308(a)(1)(ii)(A)', paraphrase: 'The risk analysis covers all ePHI held.', verification: 'primary' },
  ],
  applicability: {
    GDPR: applies('The Art. 30(5) exemption for organisations under 250 staff does not cover processing that is not occasional or that involves Art. 9 or 10 data'),
    PDPA: applies('Business contact information is excluded from most obligations (s 4(5))'),
    PIPL: applies('Every field needs a legal basis, a place in the notice and a classification'),
    CCPA: applies('Each category goes in the notice at collection and the privacy policy, with a retention period'),
    HIPAA: depends(`${HIPAA_ONLY_FOR_PHI}; there is no records-of-processing equivalent, but PHI belongs in the risk analysis and asset inventory`),
  },
};

export const SPECIAL_CATEGORY_DATA: ChecklistItem = {
  // legal-mapping.md section 2, row 2
  id: 'special-category-data',
  title: 'Special-category and sensitive data',
  question:
    'Have we recorded the legal condition for processing this special-category or sensitive data, and put in place the extra consent, notice and safeguards each applicable law requires?',
  evidence: [
    'The GDPR Art. 9(2) condition (or Art. 10 authority) and the Art. 6 basis, with evidence of explicit consent where relied on',
    'Separate consent and the extra notice where PIPL applies, and a personal-information impact assessment',
    'The CCPA "Limit the Use" mechanism, unless the use is exempt',
    'For PHI: the permitted use or authorisation, limited to the minimum necessary',
    'The DPIA or risk assessment covering this data',
  ],
  ruleIds: ['sensitive-personal-data-field'],
  citations: [
    { regulation: 'GDPR', provision: 'Art. 9(1)', paraphrase: 'Processing of special categories is prohibited unless an exception applies.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 9(2)(a)-(j)', paraphrase: 'The exceptions, explicit consent being 9(2)(a).', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 4(13)-(15)', paraphrase: 'Defines genetic, biometric and health data.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 10', paraphrase: 'Criminal convictions and offences data.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 35(3)(b)', paraphrase: 'A DPIA for large-scale processing of special categories.', verification: 'primary' },
    { regulation: 'PDPA', provision: 's 24', paraphrase: 'No statutory sensitive category; the PDPC expects a higher standard of protection for ID numbers, financial, health and children\'s data.', verification: 'secondary' },
    { regulation: 'PIPL', provision: 'Art. 28', paraphrase: 'Defines sensitive personal information; needs a specific purpose, sufficient necessity and strict protection.', verification: 'primary' },
    { regulation: 'PIPL', provision: 'Art. 29', paraphrase: 'Separate consent.', verification: 'primary' },
    { regulation: 'PIPL', provision: 'Art. 30', paraphrase: 'Extra notice of necessity and impact.', verification: 'primary' },
    { regulation: 'PIPL', provision: 'Art. 31', paraphrase: 'Minors under 14 need parent or guardian consent.', verification: 'primary' },
    { regulation: 'PIPL', provision: 'Art. 55(1)', paraphrase: 'A personal-information protection impact assessment.', verification: 'primary' },
    { regulation: 'CCPA', provision: '§1798.140(ae)', paraphrase: 'Defines sensitive personal information.', verification: 'primary' },
    { regulation: 'CCPA', provision: '§1798.121', paraphrase: 'The right to limit use of sensitive personal information.', verification: 'primary' },
    { regulation: 'CCPA', provision: '§1798.100(a)(2)', paraphrase: 'Notice at collection for sensitive personal information.', verification: 'primary' },
    { regulation: 'HIPAA', provision: '45 CFR 160.103', paraphrase: 'Individually identifiable health information held by a covered entity or business associate is PHI.', verification: 'primary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.502(b)', paraphrase: 'Minimum necessary.', verification: 'primary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.514(b)(2)(i)(A)-(R)', paraphrase: 'The 18 identifiers that must be removed to de-identify.', verification: 'primary' },
  ],
  applicability: {
    GDPR: applies('Art. 9(1) categories and Art. 10 criminal data; financial account data and precise location are not Art. 9 data but are high-risk'),
    PDPA: depends('No statutory sensitive category: the PDPC expects a higher standard for ID numbers, financial, health and children\'s data (secondary source)'),
    PIPL: applies('Art. 28\'s list is non-exhaustive; race, orientation, political opinions and union membership are assessed under its harm test'),
    CCPA: applies('Political opinions are not sensitive personal information under §1798.140(ae)'),
    HIPAA: depends(`${HIPAA_ONLY_FOR_PHI}; psychotherapy notes and genetic information have their own rules`),
  },
};
