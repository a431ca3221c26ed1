/**
 * The checklist item for personal data sent to third parties and abroad. Citations from
 * ../shared/reference/legal-mapping.md section 2, row 9 (and section 3, "Cross-border transfer",
 * for which laws restrict transfers at all). Provisions the mapping marks (s) are `secondary`,
 * UNVERIFIED ones `unverified`. Paraphrases are ours. This is not legal advice.
 */
import { applies, depends, HIPAA_ONLY_FOR_PHI } from './edition';
import type { ChecklistItem } from './model';

export const THIRD_PARTY_SHARING: ChecklistItem = {
  // legal-mapping.md section 2, row 9
  id: 'third-party-sharing',
  title: 'Third-party sharing and cross-border transfer',
  question:
    'Have we a contract and a lawful route for each recipient this personal data is sent to (analytics, error tracking, AI, messaging), told people about it, and a transfer mechanism for any recipient abroad?',
  evidence: [
    'The recipient\'s role (processor, service provider or contractor, joint controller, or independent third party) and the contract that goes with it (DPA, BAA, service-provider terms)',
    'The privacy notice that names this recipient or category of recipient, and the consent or opt-out where the law needs one',
    'Where the recipient processes the data, and for a recipient abroad the transfer mechanism (adequacy, standard contract, certification, security assessment)',
    'The impact assessment on file where PIPL requires one before providing data to others or abroad',
  ],
  ruleIds: ['personal-data-to-third-party'],
  citations: [
    { regulation: 'GDPR', provision: 'Art. 28(1), (3)', paraphrase: 'Processors only under a contract with the required terms.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 26', paraphrase: 'Joint controllers set out their respective responsibilities.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 13(1)(e)-(f)', paraphrase: 'Tell people the recipients and any transfer abroad.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 30(1)(d)-(e)', paraphrase: 'Records of processing list recipients and transfers.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Arts. 44-49', paraphrase: 'Transfers outside the EEA need a Chapter V mechanism.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 45', paraphrase: 'Transfers on the basis of an adequacy decision.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 46(2)', paraphrase: 'Appropriate safeguards: standard clauses, binding corporate rules, codes.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 47', paraphrase: 'Binding corporate rules.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 49', paraphrase: 'Derogations for specific situations.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 48', paraphrase: 'A foreign court or authority\'s order to transfer needs an international agreement behind it.', verification: 'primary' },
    { regulation: 'PDPA', provision: 's 4(3)', paraphrase: 'The organisation stays responsible for what its data intermediary does.', verification: 'primary' },
    { regulation: 'PDPA', provision: 's 4(2)', paraphrase: 'Data intermediaries are bound by the protection and retention obligations (ss 24, 25).', verification: 'primary' },
    { regulation: 'PDPA', provision: 's 26(1)', paraphrase: 'Transfers abroad only with comparable protection.', verification: 'primary' },
    { regulation: 'PDPA', provision: 'PDP Regulations 2021 regs 10-12', paraphrase: 'Legally enforceable obligations, contracts or binding corporate rules, or certification for transfers abroad.', verification: 'secondary' },
    { regulation: 'PDPA', provision: 's 20(2)', paraphrase: 'Collecting from another organisation without consent: tell it enough of the purpose to judge whether it may disclose.', verification: 'primary' },
    { regulation: 'PIPL', provision: 'Art. 21', paraphrase: 'Entrusted processing needs an agreement and supervision, and return or deletion at the end.', verification: 'primary' },
    { regulation: 'PIPL', provision: 'Art. 23', paraphrase: 'Providing personal information to another processor needs notice and separate consent.', verification: 'primary' },
    { regulation: 'PIPL', provision: 'Art. 38', paraphrase: 'Cross-border provision needs a security assessment, certification or standard contract.', verification: 'primary' },
    { regulation: 'PIPL', provision: 'Art. 39', paraphrase: 'Tell people about the overseas recipient and get separate consent.', verification: 'primary' },
    { regulation: 'PIPL', provision: 'Art. 40', paraphrase: 'Critical-infrastructure operators and high-volume processors store the data in China.', verification: 'primary' },
    { regulation: 'PIPL', provision: 'Art. 55(3)-(4)', paraphrase: 'An impact assessment before providing data to others or abroad.', verification: 'primary' },
    { regulation: 'PIPL', provision: 'Network Data Security Management Regulations Art. 35', paraphrase: 'The conditions on which personal information may be provided abroad.', verification: 'primary' },
    { regulation: 'PIPL', provision: '2024 CAC Provisions on Promoting and Regulating Cross-Border Data Flows', paraphrase: 'Volume thresholds decide between security assessment, standard contract or certification, and exemption.', verification: 'secondary' },
    { regulation: 'PIPL', provision: 'Article numbers within the 2024 CAC Provisions', paraphrase: 'Which article sets each threshold has not been confirmed.', verification: 'unverified' },
    { regulation: 'CCPA', provision: '§1798.100(d)', paraphrase: 'Contracts with third parties, service providers and contractors.', verification: 'primary' },
    { regulation: 'CCPA', provision: '§1798.140(ag), (j), (ai)', paraphrase: 'Service provider, contractor and third party: the recipient\'s class decides the contract terms.', verification: 'primary' },
    { regulation: 'CCPA', provision: '§1798.140(ad), (ah)', paraphrase: 'Selling and sharing: an SDK that receives data for cross-context advertising is sharing.', verification: 'primary' },
    { regulation: 'CCPA', provision: '§1798.120; §1798.135', paraphrase: 'The right to opt out of sale or sharing.', verification: 'primary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.502(e); 164.504(e)', paraphrase: 'A business associate agreement with every vendor that handles PHI.', verification: 'primary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.308(b); 164.314(a)', paraphrase: 'The Security Rule\'s business associate contracts.', verification: 'primary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.508', paraphrase: 'An authorization for uses such as marketing.', verification: 'primary' },
  ],
  applicability: {
    GDPR: applies('Every recipient needs a role and a contract; recipients outside the EEA also need a Chapter V mechanism'),
    PDPA: applies('Overseas recipients need comparable-protection obligations'),
    PIPL: applies('Provision to others needs separate consent and an impact assessment; cross-border provision needs an assessment, certification or standard contract'),
    CCPA: applies('No cross-border restriction; recipients are classified and contracted, and the opt-out of sale or sharing applies'),
    HIPAA: depends(`${HIPAA_ONLY_FOR_PHI}; no cross-border restriction, but offshore vendors still need a BAA and a place in the risk analysis`),
  },
};
