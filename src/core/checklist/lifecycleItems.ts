/**
 * Checklist items for the data lifecycle: what reaches logs, how long data is kept and how it is
 * erased, and when it is pseudonymised or anonymised. Citations from
 * ../shared/reference/legal-mapping.md section 2, rows 8 (logs), 10 (retention and erasure) and
 * 12 (pseudonymisation and anonymisation). Provisions the mapping marks (s) are `secondary`,
 * UNVERIFIED ones `unverified`. 45 CFR 164.530(j)(2) is unmarked in the mapping, but its audit
 * could not check it against the texts in laws/, so it is carried as secondary here, as
 * §1798.81.5 is (see securityItems.ts). Paraphrases are ours. This is not legal advice.
 */
import { applies, depends, HIPAA_ONLY_FOR_PHI } from './edition';
import type { ChecklistItem } from './model';

export const LOGGING_MINIMISATION: ChecklistItem = {
  // legal-mapping.md section 2, row 8
  id: 'logging-minimisation',
  title: 'Logging minimisation',
  question:
    'Have we kept personal data out of our logs (and out of URLs and error messages, which end up in logs), or limited it to what the log\'s purpose needs, with a set retention period and access limited to those who need it?',
  evidence: [
    'The logging purpose, and why this field is necessary for it (or the change that removes or masks it)',
    'The log retention period and where it is enforced',
    'Who can read the logs, and the contract with any log or analytics vendor',
  ],
  ruleIds: ['personal-data-in-log', 'personal-data-in-url', 'personal-data-in-error'],
  citations: [
    { regulation: 'GDPR', provision: 'Art. 5(1)(b), (c), (e)', paraphrase: 'Purpose limitation, data minimisation and storage limitation apply to logs.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 25(2)', paraphrase: 'By default, only the personal data necessary for each purpose is processed.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 32', paraphrase: 'Security of processing, logs included.', verification: 'primary' },
    { regulation: 'PDPA', provision: 's 18', paraphrase: 'Purpose limitation.', verification: 'primary' },
    { regulation: 'PDPA', provision: 's 24', paraphrase: 'Reasonable security arrangements.', verification: 'primary' },
    { regulation: 'PDPA', provision: 's 25', paraphrase: 'Stop retaining personal data once its purpose is served.', verification: 'primary' },
    { regulation: 'PIPL', provision: 'Art. 6', paraphrase: 'Minimum scope; no excessive collection.', verification: 'primary' },
    { regulation: 'PIPL', provision: 'Art. 19', paraphrase: 'Keep it no longer than the purpose needs.', verification: 'primary' },
    { regulation: 'PIPL', provision: 'Art. 51', paraphrase: 'Security measures for personal information.', verification: 'primary' },
    { regulation: 'CCPA', provision: '§1798.100(c)', paraphrase: 'Collection and use reasonably necessary and proportionate.', verification: 'primary' },
    { regulation: 'CCPA', provision: '§1798.100(a)(3)', paraphrase: 'Retention period for each category.', verification: 'primary' },
    { regulation: 'CCPA', provision: '11 CCR §7002', paraphrase: 'Regulations on reasonably necessary and proportionate use.', verification: 'secondary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.502(b)', paraphrase: 'Minimum necessary.', verification: 'primary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.312', paraphrase: 'Logs that contain ePHI need the technical safeguards themselves.', verification: 'primary' },
  ],
  applicability: {
    GDPR: applies('Purpose limitation, minimisation and storage limitation apply to logs; a log or analytics vendor is a recipient'),
    PDPA: applies('The logging purpose must be reasonable and notified, and log retention limited'),
    PIPL: applies('A log or analytics vendor is either entrusted (Art. 21) or an independent recipient (Art. 23)'),
    CCPA: applies('An SDK that receives personal information for cross-context advertising is sharing, which triggers the opt-out'),
    HIPAA: depends(`${HIPAA_ONLY_FOR_PHI}; log and analytics vendors need a BAA`),
  },
};


export const RETENTION_ERASURE: ChecklistItem = {
  // legal-mapping.md section 2, row 10
  id: 'retention-erasure',
  title: 'Retention and erasure',
  question:
    'Have we set a retention period for this personal data, deleted or anonymised it automatically when that period ends, and made erasure requests reach every copy, backups, logs and recipients included?',
  evidence: [
    'The retention schedule entry for this data, and where the purge or anonymisation job enforces it',
    'The erasure path: how a deletion request reaches backups, logs, caches and every processor or third party that received the data',
    'The deadline for answering a deletion request under each law in scope, and the record of requests answered',
    'For ePHI media: how it is disposed of or sanitised before re-use',
  ],
  ruleIds: ['personal-data-in-log'],
  citations: [
    { regulation: 'GDPR', provision: 'Art. 5(1)(c), (e)', paraphrase: 'Data minimisation and storage limitation.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 17(1), (3)', paraphrase: 'The grounds for erasure, and its exceptions.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 19', paraphrase: 'Tell each recipient about an erasure.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 12(3)', paraphrase: 'Answer a request within one month, extendable by two.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 13(2)(a)', paraphrase: 'The retention period goes in the notice.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 30(1)(f)', paraphrase: 'Records of processing give the time limits for erasure.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 25(2)', paraphrase: 'By default, data is kept no longer than each purpose needs.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 28(3)(g)', paraphrase: 'The processor deletes or returns the data at the end of the service.', verification: 'primary' },
    { regulation: 'PDPA', provision: 's 25', paraphrase: 'Stop retaining personal data, or remove the means of associating it with a person, once purpose and legal or business need end.', verification: 'primary' },
    { regulation: 'PDPA', provision: 's 16(4)', paraphrase: 'Stop collecting, using and disclosing it when consent is withdrawn.', verification: 'primary' },
    { regulation: 'PDPA', provision: 's 22', paraphrase: 'Correct errors on request.', verification: 'primary' },
    { regulation: 'PIPL', provision: 'Art. 19', paraphrase: 'Keep it for the shortest time the purpose needs.', verification: 'primary' },
    { regulation: 'PIPL', provision: 'Art. 47', paraphrase: 'Delete on our own initiative when the purpose is met, the period expires, consent is withdrawn or processing is unlawful, and on request; where deletion is technically hard, stop all processing but storage and security.', verification: 'primary' },
    { regulation: 'PIPL', provision: 'Art. 21', paraphrase: 'The entrusted party returns or deletes the data.', verification: 'primary' },
    { regulation: 'PIPL', provision: 'Art. 6', paraphrase: 'Minimum scope.', verification: 'primary' },
    { regulation: 'CCPA', provision: '§1798.105', paraphrase: 'The right to delete.', verification: 'primary' },
    { regulation: 'CCPA', provision: '§1798.105(c)(1)', paraphrase: 'Deletion is passed on to service providers, contractors and third parties.', verification: 'primary' },
    { regulation: 'CCPA', provision: '§1798.100(a)(3)', paraphrase: 'State the retention period for each category, and keep nothing longer than reasonably necessary.', verification: 'primary' },
    { regulation: 'CCPA', provision: '§1798.130(a)(2)', paraphrase: 'Answer a request within 45 days, extendable by 45.', verification: 'primary' },
    { regulation: 'CCPA', provision: '§1798.100(c)', paraphrase: 'Collection, use and retention reasonably necessary and proportionate.', verification: 'primary' },
    { regulation: 'CCPA', provision: '11 CCR §7002', paraphrase: 'Regulations on reasonably necessary and proportionate use.', verification: 'secondary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.526', paraphrase: 'The right to amend, not to erase.', verification: 'primary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.310(d)(2)(i)-(ii)', paraphrase: 'Disposal and media re-use (required).', verification: 'primary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.316(b)(2)(i)', paraphrase: 'Security documentation is kept for 6 years.', verification: 'primary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.530(j)(2)', paraphrase: 'Privacy documentation is kept for 6 years.', verification: 'secondary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.502(b)', paraphrase: 'Minimum necessary.', verification: 'primary' },
    { regulation: 'HIPAA', provision: 'HHS disposal guidance (NIST SP 800-88)', paraphrase: 'How media holding PHI is sanitised.', verification: 'secondary' },
    { regulation: 'HIPAA', provision: 'State medical-record retention laws', paraphrase: 'How long records must be kept comes from state law, not researched here.', verification: 'unverified' },
  ],
  applicability: {
    GDPR: applies('Requires a defined retention period, and erasure that reaches recipients and processors'),
    PDPA: applies('No general right to erasure; a retention schedule with disposal or anonymisation'),
    PIPL: applies('Requires deletion on the processor\'s own initiative when a trigger is met, and on request'),
    CCPA: applies('A deletion request must reach service providers, contractors and the third parties the data was sold or shared to'),
    HIPAA: depends(`${HIPAA_ONLY_FOR_PHI}; no right to erasure, but disposal is sanitised and documentation is kept 6 years`),
  },
};

export const PSEUDONYMISATION: ChecklistItem = {
  // legal-mapping.md section 2, row 12
  id: 'pseudonymisation',
  title: 'Pseudonymisation and anonymisation',
  question:
    'Have we kept the information that re-identifies pseudonymised data separate and protected, and checked that the data we call anonymous or de-identified meets each law\'s test?',
  evidence: [
    'Where the keys, salts or lookup tables that re-identify pseudonymised data are kept, and who can reach them',
    'The method used to anonymise or de-identify (for HIPAA: expert determination or safe harbour) and where it is documented',
    'The re-identification risk assessment, and the public commitment and contract terms where CCPA deidentified data is relied on',
  ],
  ruleIds: [],
  citations: [
    { regulation: 'GDPR', provision: 'Art. 4(5)', paraphrase: 'Defines pseudonymisation: the extra information that re-identifies is kept separately and protected.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Recital 26', paraphrase: 'Pseudonymised data is still personal data; anonymous data is outside the GDPR.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Arts. 25(1), 32(1)(a)', paraphrase: 'Pseudonymisation as a design and security measure.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 6(4)(e)', paraphrase: 'Pseudonymisation counts as a safeguard when judging a compatible further purpose.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 89(1)', paraphrase: 'Safeguards such as pseudonymisation for archiving, research and statistics.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 11', paraphrase: 'No duty to keep identifying information only to comply with the Regulation.', verification: 'primary' },
    { regulation: 'PDPA', provision: 's 25', paraphrase: 'Removing the means of association is an alternative to deletion.', verification: 'primary' },
    { regulation: 'PDPA', provision: 's 48F', paraphrase: 'Re-identifying anonymised information without authority is an offence.', verification: 'primary' },
    { regulation: 'PDPA', provision: 'PDPC Guide to Basic Anonymisation (31 Mar 2022)', paraphrase: 'How to anonymise and assess re-identification risk.', verification: 'secondary' },
    { regulation: 'PIPL', provision: 'Art. 73(3)', paraphrase: 'Defines de-identification: not identifiable without additional information.', verification: 'primary' },
    { regulation: 'PIPL', provision: 'Art. 73(4)', paraphrase: 'Defines anonymisation: not identifiable and not restorable.', verification: 'primary' },
    { regulation: 'PIPL', provision: 'Art. 4', paraphrase: 'Anonymised information is not personal information; de-identified information still is.', verification: 'primary' },
    { regulation: 'PIPL', provision: 'Art. 51(3)', paraphrase: 'De-identification as a security measure.', verification: 'primary' },
    { regulation: 'CCPA', provision: '§1798.140(m)', paraphrase: 'Deidentified: reasonable measures, a public commitment and contractual flow-down.', verification: 'primary' },
    { regulation: 'CCPA', provision: '§1798.140(aa)', paraphrase: 'Defines pseudonymisation.', verification: 'primary' },
    { regulation: 'CCPA', provision: '§1798.140(ab)', paraphrase: 'Defines research, with the safeguards it must keep.', verification: 'primary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.514(a)-(b)', paraphrase: 'De-identification by expert determination ((b)(1)) or safe harbour, removing 18 identifiers ((b)(2)).', verification: 'primary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.514(c)', paraphrase: 'Rules for a re-identification code.', verification: 'primary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.514(e)', paraphrase: 'A limited data set, only under a data use agreement.', verification: 'primary' },
  ],
  applicability: {
    GDPR: applies('Pseudonymised data stays personal data; only truly anonymous data leaves the GDPR'),
    PDPA: applies('Anonymisation is an alternative to deletion; re-identification risk is assessed'),
    PIPL: applies('De-identified data is still personal information; only anonymised data is not'),
    CCPA: applies('Data is deidentified only when all three §1798.140(m) conditions are met'),
    HIPAA: depends(`${HIPAA_ONLY_FOR_PHI}; de-identified by one of the two methods, and documented`),
  },
};
