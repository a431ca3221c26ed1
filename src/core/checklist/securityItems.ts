/**
 * Checklist items for the protection-gap rules. Citations from ../shared/reference/legal-mapping.md
 * section 2, rows 4 (transmission) and 5 (cryptography), checked there against reference/laws/.
 * Cal. Civ. Code §1798.81.5 is unmarked in the mapping but its audit could not check it against
 * the texts in laws/ (only cross-references to it are there), so it is carried as secondary here.
 * Paraphrases are ours. This is not legal advice.
 */
import { applies, depends, HIPAA_ONLY_FOR_PHI } from './edition';
import type { ChecklistItem } from './model';

export const ENCRYPTION_IN_TRANSIT: ChecklistItem = {
  // legal-mapping.md section 2, row 4
  id: 'encryption-in-transit',
  title: 'Encryption in transit',
  question: 'Have we made sure personal data only travels over encrypted connections whose certificates are verified, including to our own services and to processors?',
  evidence: [
    'The list of endpoints this code talks to, each over TLS (https, wss, sftp) with certificate verification on',
    'For a private certificate authority: how its certificate is trusted, instead of switching verification off',
    'For ePHI: the decision record for the addressable encryption specification',
  ],
  ruleIds: ['tls-verification-disabled', 'insecure-transport', 'insecure-cookie'],
  citations: [
    { regulation: 'GDPR', provision: 'Art. 32(1)(a)-(b)', paraphrase: 'Encryption, and the ongoing confidentiality and integrity of processing systems.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 32(2)', paraphrase: 'Weigh the risks of data transmitted, stored or otherwise processed.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 5(1)(f)', paraphrase: 'Integrity and confidentiality.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 25(1)', paraphrase: 'Data protection by design, taking the state of the art into account.', verification: 'primary' },
    { regulation: 'PDPA', provision: 's 24(a)', paraphrase: 'Reasonable security arrangements against unauthorised access, collection, use, disclosure or modification.', verification: 'primary' },
    { regulation: 'PIPL', provision: 'Art. 51(3)', paraphrase: 'Security technical measures such as encryption and de-identification.', verification: 'primary' },
    { regulation: 'PIPL', provision: 'Art. 9', paraphrase: 'Processors are responsible for the security of the personal information they process.', verification: 'primary' },
    { regulation: 'PIPL', provision: 'Network Data Security Management Regulations Art. 9', paraphrase: 'Names encryption, backup and access control among the required measures.', verification: 'primary' },
    { regulation: 'CCPA', provision: '§1798.100(e)', paraphrase: 'Reasonable security procedures and practices.', verification: 'primary' },
    { regulation: 'CCPA', provision: '§1798.81.5', paraphrase: 'Reasonable security appropriate to the nature of the information.', verification: 'secondary' },
    { regulation: 'CCPA', provision: '§1798.150', paraphrase: 'Private right of action after a breach of nonencrypted and nonredacted personal information.', verification: 'primary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.312(e)(1)', paraphrase: 'Transmission security (standard).', verification: 'primary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.312(e)(2)(i)-(ii)', paraphrase: 'Integrity controls and encryption in transmission (addressable).', verification: 'primary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.312(d)', paraphrase: 'Person or entity authentication: disabling certificate checks defeats it.', verification: 'primary' },
  ],
  applicability: {
    GDPR: applies('Art. 32 covers data transmitted; the CNIL developer guide makes TLS 1.2 or 1.3 mandatory on all pages and apps'),
    PDPA: applies('Unencrypted transport of personal data is almost never a reasonable security arrangement'),
    PIPL: applies('Requires security measures such as encryption, toward entrusted parties too'),
    CCPA: applies('Reasonable security; the private right of action turns on nonencrypted data'),
    HIPAA: depends(`${HIPAA_ONLY_FOR_PHI}; transmission encryption is addressable: implement it, or document why not and an equivalent`),
  },
};

export const CRYPTOGRAPHIC_STRENGTH: ChecklistItem = {
  // legal-mapping.md section 2, row 5
  id: 'cryptographic-strength',
  title: 'Cryptographic strength',
  question: 'Have we protected personal data only with current algorithms, modes and key sizes, and do we have a plan to migrate what still uses obsolete ones?',
  evidence: [
    'The algorithms, modes and key sizes in use, against current guidance (no MD5, SHA-1, DES, RC4 or ECB; RSA of at least 2048 bits)',
    'A migration plan and date for data protected with obsolete cryptography',
    'For passwords: the password-hashing function and its parameters',
  ],
  ruleIds: ['weak-cryptography', 'weak-password-hash', 'insecure-randomness'],
  citations: [
    { regulation: 'GDPR', provision: 'Art. 32(1)', paraphrase: 'Security appropriate to the risk, taking into account the state of the art.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 25(1)', paraphrase: 'Data protection by design, taking the state of the art into account.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 32(1)(d)', paraphrase: 'Regular testing and evaluation of the measures.', verification: 'primary' },
    { regulation: 'PDPA', provision: 's 24', paraphrase: 'Reasonable security arrangements: obsolete cryptography may not be reasonable.', verification: 'primary' },
    { regulation: 'PIPL', provision: 'Art. 51(3)', paraphrase: 'Corresponding security technical measures such as encryption.', verification: 'primary' },
    { regulation: 'PIPL', provision: 'Art. 9', paraphrase: 'Processors are responsible for the security of the personal information they process.', verification: 'primary' },
    { regulation: 'CCPA', provision: '§1798.81.5', paraphrase: 'Reasonable security appropriate to the nature of the information.', verification: 'secondary' },
    { regulation: 'CCPA', provision: '§1798.150', paraphrase: 'Private right of action after a breach of nonencrypted and nonredacted personal information.', verification: 'primary' },
    { regulation: 'CCPA', provision: 'Definition of "encrypted" (§1798.81.5 / §1798.82)', paraphrase: 'Whether weakly encrypted data counts as encrypted is not settled here.', verification: 'unverified' },
    { regulation: 'HIPAA', provision: '45 CFR 164.304', paraphrase: 'Defines encryption: a low probability of assigning meaning without the key.', verification: 'primary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.308(a)(5)(ii)(D)', paraphrase: 'Password management (addressable).', verification: 'primary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.312(d)', paraphrase: 'Person or entity authentication.', verification: 'primary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.402', paraphrase: 'Unsecured PHI is defined by reference to HHS guidance, which expects NIST-tested methods.', verification: 'secondary' },
  ],
  applicability: {
    GDPR: applies('Security and design take the state of the art into account'),
    PDPA: applies('Obsolete cryptography may not be a reasonable security arrangement'),
    PIPL: applies('Requires security measures that correspond to the class of data'),
    CCPA: applies('Reasonable security; the statutory meaning of "encrypted" is unverified, so weakly encrypted data may count as nonencrypted'),
    HIPAA: depends(`${HIPAA_ONLY_FOR_PHI}; weak cryptography may leave PHI unsecured for breach notification`),
  },
};
