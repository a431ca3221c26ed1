/**
 * Checklist items for the storage, secret and access-control rules. Citations from
 * ../shared/reference/legal-mapping.md section 2, rows 3 (encryption at rest), 6 (hard-coded
 * secrets) and 7 (access control, CORS, public stores). Provisions the mapping
 * marks (s) are `secondary`; §1798.81.5 is carried as secondary for the reason given in
 * securityItems.ts. Paraphrases are ours. This is not legal advice.
 */
import { applies, depends, HIPAA_ONLY_FOR_PHI } from './edition';
import type { ChecklistItem } from './model';

export const ENCRYPTION_AT_REST: ChecklistItem = {
  // legal-mapping.md section 2, row 3
  id: 'encryption-at-rest',
  title: 'Encryption at rest',
  question: 'Have we encrypted this sensitive personal data where it is stored (database column, file, cache or queue), or recorded why not and what protects it instead?',
  evidence: [
    'The encryption in place for this data (column or field encryption, database-side encryption, encrypted volume), and where its keys are kept',
    'Or the documented reason encryption is not appropriate here, with the equivalent measure',
    'For ePHI: the decision record for the addressable encryption specification',
  ],
  ruleIds: ['unencrypted-sensitive-storage'],
  citations: [
    { regulation: 'GDPR', provision: 'Art. 32(1)(a)', paraphrase: 'Names pseudonymisation and encryption of personal data as security measures.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 32(2)', paraphrase: 'Weigh the risks of data transmitted, stored or otherwise processed.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 5(1)(f)', paraphrase: 'Integrity and confidentiality.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 34(3)(a)', paraphrase: 'Encryption that makes the data unintelligible can remove the duty to tell the people affected by a breach.', verification: 'primary' },
    { regulation: 'PDPA', provision: 's 24(a)-(b)', paraphrase: 'Reasonable security arrangements against unauthorised access and the loss of storage media.', verification: 'primary' },
    { regulation: 'PDPA', provision: 's 26D(5)(b)', paraphrase: 'A technological measure in place before a breach can make notifying individuals unnecessary.', verification: 'primary' },
    { regulation: 'PIPL', provision: 'Art. 51(3)', paraphrase: 'Security technical measures such as encryption and de-identification.', verification: 'primary' },
    { regulation: 'PIPL', provision: 'Art. 28', paraphrase: 'Sensitive personal information needs strict protective measures.', verification: 'primary' },
    { regulation: 'PIPL', provision: 'Network Data Security Management Regulations Art. 9', paraphrase: 'Names encryption, backup and access control among the required measures.', verification: 'primary' },
    { regulation: 'CCPA', provision: '§1798.100(e)', paraphrase: 'Reasonable security procedures and practices.', verification: 'primary' },
    { regulation: 'CCPA', provision: '§1798.81.5', paraphrase: 'Reasonable security appropriate to the nature of the information.', verification: 'secondary' },
    { regulation: 'CCPA', provision: '§1798.150(a)(1)', paraphrase: 'Private right of action when nonencrypted and nonredacted personal information is stolen or disclosed.', verification: 'primary' },
    { regulation: 'CCPA', provision: '11 CCR §7123(c)(2)', paraphrase: 'Encryption is a component of the cybersecurity audit.', verification: 'secondary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.312(a)(2)(iv)', paraphrase: 'Encryption and decryption of ePHI (addressable).', verification: 'primary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.306(d)(3)', paraphrase: 'An addressable specification is implemented, or why not is documented with an equivalent measure.', verification: 'primary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.402', paraphrase: 'Encrypted PHI (per HHS guidance) is not "unsecured PHI" for breach notification.', verification: 'primary' },
  ],
  applicability: {
    GDPR: applies('Encryption where appropriate to the risk, with the reason recorded where it is absent'),
    PDPA: applies('Security arrangements reasonable for the sensitivity of the data'),
    PIPL: applies('Names encryption among the security measures; strict protection for sensitive data'),
    CCPA: applies('Without encryption, the private right of action after a breach is live'),
    HIPAA: depends(`${HIPAA_ONLY_FOR_PHI}; encryption at rest is addressable: implement it, or document why not and an equivalent`),
  },
};

export const SECRET_MANAGEMENT: ChecklistItem = {
  // legal-mapping.md section 2, row 6
  id: 'secret-management',
  title: 'Secrets kept out of code',
  question: 'Have we kept keys, passwords and tokens out of the code and its history, rotated any that were committed, and assessed whether one that leaked exposed personal data?',
  evidence: [
    'Where the secret now lives (environment, secret manager) and who can read it',
    'The date the committed secret was rotated, and whether the repository or its history was ever public',
    'For a leaked secret that guards personal data: the breach assessment',
  ],
  ruleIds: ['hardcoded-secret'],
  citations: [
    { regulation: 'GDPR', provision: 'Art. 32(1)(b)', paraphrase: 'Ongoing confidentiality of processing systems.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 32(4); Art. 29', paraphrase: 'Only people acting on the controller\'s instructions may access the data.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 5(1)(f)', paraphrase: 'Integrity and confidentiality.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 33', paraphrase: 'A leaked secret that exposed personal data needs a breach assessment.', verification: 'primary' },
    { regulation: 'PDPA', provision: 's 24(a)', paraphrase: 'Reasonable security arrangements against unauthorised access.', verification: 'primary' },
    { regulation: 'PDPA', provision: 'PDP (Notification of Data Breaches) Regs 2021 reg 3(1)(b)', paraphrase: 'An account identifier with its password or access data counts as significant harm.', verification: 'secondary' },
    { regulation: 'PIPL', provision: 'Art. 51(3)-(4)', paraphrase: 'Security technical measures, and reasonably determined operational authority.', verification: 'primary' },
    { regulation: 'CCPA', provision: '§1798.81.5', paraphrase: 'Reasonable security appropriate to the nature of the information.', verification: 'secondary' },
    { regulation: 'CCPA', provision: '§1798.150(a)(1)', paraphrase: 'The private right of action also covers an email address with a password or security question and answer.', verification: 'primary' },
    { regulation: 'CCPA', provision: '11 CCR §7123(c)(1)', paraphrase: 'Authentication is a component of the cybersecurity audit.', verification: 'secondary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.312(a)(2)(i)', paraphrase: 'Unique user identification (required): shared or hard-coded credentials break it.', verification: 'primary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.312(d)', paraphrase: 'Person or entity authentication.', verification: 'primary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.308(a)(5)(ii)(D)', paraphrase: 'Password management (addressable).', verification: 'primary' },
  ],
  applicability: {
    GDPR: applies('A secret that was exposed (public repository, history) needs an Art. 33 breach assessment'),
    PDPA: applies('Requires reasonable security; data exposed through a secret calls for the s 26C assessment'),
    PIPL: applies('Requires reasonably set operational authority: credentials scoped and rotated'),
    CCPA: applies('Consumer credentials at risk fall under the private right of action'),
    HIPAA: depends(`${HIPAA_ONLY_FOR_PHI}; a compromised key means the data is no longer secured (secondary source)`),
  },
};

export const ACCESS_CONTROL: ChecklistItem = {
  // legal-mapping.md section 2, row 7
  id: 'access-control',
  title: 'Access control and exposure',
  question: 'Have we made sure only authenticated, authorised people and services can reach this personal data: no open route, no any-origin CORS, no public bucket or table, nothing readable by scripts in the browser?',
  evidence: [
    'The authentication and authorisation that guard this route, store or cookie (where they are enforced if not in this file)',
    'The list of origins allowed to call the API with credentials',
    'For anything that was exposed: since when, whether it was accessed, and the breach assessment',
  ],
  ruleIds: ['unauthenticated-personal-data-route', 'permissive-cors', 'public-data-store', 'insecure-cookie', 'personal-data-in-client-storage'],
  citations: [
    { regulation: 'GDPR', provision: 'Art. 32(1)(b), 32(2)', paraphrase: 'Protect against unauthorised access to personal data.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 25(2)', paraphrase: 'By default, personal data is not made accessible to an indefinite number of people.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 5(1)(f)', paraphrase: 'Integrity and confidentiality.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 4(12); Art. 33', paraphrase: 'Data exposed to anyone is a personal data breach, which must be assessed.', verification: 'primary' },
    { regulation: 'PDPA', provision: 's 24(a)', paraphrase: 'Reasonable security arrangements against unauthorised access.', verification: 'primary' },
    { regulation: 'PDPA', provision: 's 26A', paraphrase: 'Unauthorised access is a data breach.', verification: 'primary' },
    { regulation: 'PIPL', provision: 'Art. 51', paraphrase: 'Measures that prevent unauthorised access, including operational authority (51(4)).', verification: 'primary' },
    { regulation: 'PIPL', provision: 'Art. 10', paraphrase: 'No illegal collection, use, provision or disclosure of personal information.', verification: 'primary' },
    { regulation: 'PIPL', provision: 'Art. 57', paraphrase: 'A leak must be remedied and notified.', verification: 'primary' },
    { regulation: 'CCPA', provision: '§1798.100(e)', paraphrase: 'Reasonable security procedures and practices.', verification: 'primary' },
    { regulation: 'CCPA', provision: '§1798.150(a)(1)', paraphrase: 'Private right of action after unauthorised access and exfiltration, theft or disclosure.', verification: 'primary' },
    { regulation: 'CCPA', provision: '11 CCR §7123(c)(3)', paraphrase: 'Access controls are a component of the cybersecurity audit.', verification: 'secondary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.312(a)(1)', paraphrase: 'Access control (standard).', verification: 'primary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.312(d)', paraphrase: 'Person or entity authentication.', verification: 'primary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.308(a)(4)', paraphrase: 'Information access management.', verification: 'primary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.502(b); 164.514(d)', paraphrase: 'Minimum necessary.', verification: 'primary' },
  ],
  applicability: {
    GDPR: applies('Data exposed to anyone is a breach: Arts. 33 and 34 may apply'),
    PDPA: applies('Unauthorised access is a data breach that needs the s 26C assessment'),
    PIPL: applies('Requires measures against unauthorised access; a leak is notified under Art. 57'),
    CCPA: applies('Unauthorised access and exfiltration open the private right of action'),
    HIPAA: depends(`${HIPAA_ONLY_FOR_PHI}; an impermissible disclosure is presumed a breach unless a risk assessment shows otherwise`),
  },
};
