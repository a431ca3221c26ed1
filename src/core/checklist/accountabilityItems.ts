/**
 * Checklist items for accountability: proving who accessed what, screening for an impact
 * assessment, and privacy by design and by default. Citations from
 * ../shared/reference/legal-mapping.md section 2, rows 11 (audit logging), 14 (DPIA triggers,
 * with section 4 for WP248) and 15 (by design and by default). Provisions the mapping marks (s)
 * are `secondary`, UNVERIFIED ones `unverified`. Paraphrases are ours. This is not legal advice.
 */
import { applies, depends, HIPAA_ONLY_FOR_PHI } from './edition';
import type { ChecklistItem } from './model';

export const AUDIT_LOGGING: ChecklistItem = {
  // legal-mapping.md section 2, row 11
  id: 'audit-logging',
  title: 'Audit logging of access',
  question: 'Have we logged who read, changed and disclosed this personal data, kept those records for as long as each law requires, and reviewed them?',
  evidence: [
    'The audit log: which reads, writes and disclosures of personal data it records, and where',
    'How long audit and processing records are kept (PIPL: at least 3 years; HIPAA accounting of disclosures: 6 years) and who can alter them',
    'Who reviews the logs and how often, and the last review',
  ],
  ruleIds: [],
  citations: [
    { regulation: 'GDPR', provision: 'Art. 5(2)', paraphrase: 'Accountability: be able to demonstrate compliance.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 24(1)', paraphrase: 'Measures that ensure, and can demonstrate, lawful processing.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 32(1)(b), (d)', paraphrase: 'Ongoing confidentiality, and regular testing of the measures.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 33(5)', paraphrase: 'Document every breach.', verification: 'primary' },
    { regulation: 'PDPA', provision: 's 24', paraphrase: 'Reasonable security arrangements.', verification: 'primary' },
    { regulation: 'PDPA', provision: 's 12', paraphrase: 'Policies and practices to meet the Act.', verification: 'primary' },
    { regulation: 'PDPA', provision: 's 21(1)(b)', paraphrase: 'An access request covers how the data was used or disclosed in the past year.', verification: 'primary' },
    { regulation: 'PDPA', provision: 's 26C', paraphrase: 'Assess a suspected breach, which needs records of access.', verification: 'primary' },
    { regulation: 'PIPL', provision: 'Art. 55', paraphrase: 'Keep a record of the course of processing in the cases that need an impact assessment.', verification: 'primary' },
    { regulation: 'PIPL', provision: 'Art. 56', paraphrase: 'Keep the assessment and the processing record for at least 3 years.', verification: 'primary' },
    { regulation: 'PIPL', provision: 'Art. 54', paraphrase: 'Regular compliance audits.', verification: 'primary' },
    { regulation: 'PIPL', provision: 'CAC Personal Information Protection Compliance Audit Measures (from 1 May 2025)', paraphrase: 'How the compliance audits are run.', verification: 'secondary' },
    { regulation: 'PIPL', provision: 'Network Data Security Management Regulations Art. 12', paraphrase: 'Keep records of data provided or entrusted to others for at least 3 years.', verification: 'primary' },
    { regulation: 'CCPA', provision: '11 CCR §7123(c)(7)', paraphrase: 'Audit-log management is a component of the cybersecurity audit.', verification: 'secondary' },
    { regulation: 'CCPA', provision: '§1798.100(e)', paraphrase: 'Reasonable security procedures and practices.', verification: 'primary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.312(b)', paraphrase: 'Audit controls: a standard with no addressable specification, so mandatory.', verification: 'primary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.308(a)(1)(ii)(D)', paraphrase: 'Information system activity review (required).', verification: 'primary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.308(a)(5)(ii)(C)', paraphrase: 'Log-in monitoring (addressable).', verification: 'primary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.528', paraphrase: 'An accounting of disclosures, covering 6 years.', verification: 'primary' },
  ],
  applicability: {
    GDPR: applies('No express audit-log article: accountability means being able to prove who accessed what'),
    PDPA: applies('Answering an access request (s 21(1)(b)) and assessing a breach (s 26C) need records of use and disclosure'),
    PIPL: applies('Processing records kept for at least 3 years where Art. 55 applies; regular compliance audits for all'),
    CCPA: depends('No express statutory log duty; audit logs are audited where the business must run a cybersecurity audit (11 CCR §7120, secondary source)'),
    HIPAA: depends(`${HIPAA_ONLY_FOR_PHI}; for them, audit controls are mandatory`),
  },
};

export const DPIA_SCREENING: ChecklistItem = {
  // legal-mapping.md section 2, row 14; WP248 criteria from section 4
  id: 'dpia-screening',
  title: 'DPIA screening',
  question: 'Have we screened this processing against each law\'s impact-assessment triggers and, where one is met, carried out and recorded the assessment before the processing starts?',
  evidence: [
    'The screening record: which triggers (GDPR Art. 35(3) and the WP248 criteria, PIPL Art. 55, 11 CCR §7150(b)) the processing meets, and who decided',
    'The DPIA, PIA or risk assessment, with the DPO\'s advice, and its review date',
    'Where Singapore\'s deemed consent by notification or legitimate-interests exception is relied on: the mandatory assessment',
    'For ePHI: the risk analysis and risk management plan, updated for this system or change',
  ],
  ruleIds: ['sensitive-personal-data-field', 'personal-data-to-third-party'],
  citations: [
    { regulation: 'GDPR', provision: 'Art. 35(1)', paraphrase: 'An assessment before processing likely to result in a high risk.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 35(3)(a)-(c)', paraphrase: 'Always needed for automated evaluation with significant effects, large-scale special-category or criminal data, and large-scale monitoring of public areas.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 35(4)', paraphrase: 'Each supervisory authority publishes a list of processing that needs one.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 35(7)', paraphrase: 'What the assessment must contain at least.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 35(2), (9), (11)', paraphrase: 'Seek the DPO\'s advice and, where appropriate, data subjects\' views; review when the risk changes.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 36', paraphrase: 'Consult the authority first where high risk remains.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'WP248 rev.01', paraphrase: 'Nine high-risk criteria; meeting two usually means a DPIA is needed.', verification: 'secondary' },
    { regulation: 'PDPA', provision: 's 15A(4)(a), (5)', paraphrase: 'Deemed consent by notification needs an assessment of adverse effects first.', verification: 'primary' },
    { regulation: 'PDPA', provision: 'First Schedule Part 3 para 1(2)-(3)', paraphrase: 'The legitimate-interests exception needs an assessment first.', verification: 'primary' },
    { regulation: 'PDPA', provision: 'PDPC Guide to DPIAs (rev. 14 Sep 2021)', paraphrase: 'A six-phase method for a voluntary DPIA.', verification: 'secondary' },
    { regulation: 'PIPL', provision: 'Art. 55(1)-(5)', paraphrase: 'An assessment in advance for sensitive data, automated decisions, entrusting, providing or publicising, cross-border provision, or other significant impact.', verification: 'primary' },
    { regulation: 'PIPL', provision: 'Art. 56', paraphrase: 'What the assessment covers, and keeping it for at least 3 years.', verification: 'primary' },
    { regulation: 'CCPA', provision: '§1798.185(a)(15)(B)', paraphrase: 'The authority to make rules on risk assessments.', verification: 'primary' },
    { regulation: 'CCPA', provision: '11 CCR §§7150-7157 (from 1 Jan 2026)', paraphrase: 'The risk-assessment regulations.', verification: 'secondary' },
    { regulation: 'CCPA', provision: '11 CCR §7150(b)', paraphrase: 'Triggers: selling or sharing, sensitive personal information, significant automated decisions, certain profiling, training such technology.', verification: 'secondary' },
    { regulation: 'CCPA', provision: '11 CCR §7152', paraphrase: 'What the risk-assessment report contains.', verification: 'secondary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.308(a)(1)(ii)(A)-(B)', paraphrase: 'Risk analysis and risk management (required).', verification: 'primary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.308(a)(8)', paraphrase: 'Periodic evaluation.', verification: 'primary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.316', paraphrase: 'Documentation of policies and procedures.', verification: 'primary' },
  ],
  applicability: {
    GDPR: applies('A DPIA where processing is likely to result in a high risk, and always in the Art. 35(3) cases'),
    PDPA: depends('No general DPIA duty; assessments are required only for deemed consent by notification and legitimate interests'),
    PIPL: applies('An assessment in advance in every Art. 55 case: sensitive data, a third-party recipient or a foreign endpoint each need one'),
    CCPA: depends('A risk assessment only for the 11 CCR §7150(b) triggers (secondary source)'),
    HIPAA: depends(`${HIPAA_ONLY_FOR_PHI}; the risk analysis is required of them and kept up to date`),
  },
};

export const DATA_PROTECTION_BY_DESIGN: ChecklistItem = {
  // legal-mapping.md section 2, row 15
  id: 'data-protection-by-design',
  title: 'Data protection by design and by default',
  question:
    'Have we collected only the personal data each purpose needs, and made the privacy-protective choice the default (amount, extent, retention, who can see it), with no dark patterns in how people choose?',
  evidence: [
    'Why each personal-data field is needed for its purpose, or the smaller form that serves instead (a birth year, an age band, a token)',
    'The defaults: what is collected, shared and visible when the person changes nothing',
    'The consent and choice screens, checked for dark patterns, and service that does not depend on non-essential consent',
    'For ePHI: minimum necessary built into role-based access',
  ],
  ruleIds: ['personal-data-field'],
  citations: [
    { regulation: 'GDPR', provision: 'Art. 25(1)', paraphrase: 'By design: measures such as pseudonymisation and minimisation, weighing the state of the art, cost and risk.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 25(2)', paraphrase: 'By default: only the data each purpose needs, in amount, extent, storage period and accessibility.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 25(3)', paraphrase: 'An approved certification can help demonstrate it.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Recital 78', paraphrase: 'Why and how to build data protection into products.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 83(2)(d)', paraphrase: 'The measures taken under Arts. 25 and 32 are weighed in setting a fine.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'EDPB Guidelines 4/2019 v2.0', paraphrase: 'Key design and default elements for each principle.', verification: 'secondary' },
    { regulation: 'PDPA', provision: 's 11(1)', paraphrase: 'Do what a reasonable person would consider appropriate.', verification: 'primary' },
    { regulation: 'PDPA', provision: 's 12', paraphrase: 'Policies and practices to meet the Act.', verification: 'primary' },
    { regulation: 'PDPA', provision: 's 24', paraphrase: 'Reasonable security arrangements.', verification: 'primary' },
    { regulation: 'PDPA', provision: 'PDPC Guide to Data Protection by Design for ICT Systems', paraphrase: 'PDPC guidance on designing systems for data protection; not retrieved.', verification: 'unverified' },
    { regulation: 'PDPA', provision: 'Advisory Guidelines on Children\'s Personal Data in the Digital Environment (2024)', paraphrase: 'Call for privacy by design and by default where children\'s data is processed.', verification: 'secondary' },
    { regulation: 'PIPL', provision: 'Art. 5', paraphrase: 'Lawful, legitimate, necessary and in good faith.', verification: 'primary' },
    { regulation: 'PIPL', provision: 'Art. 6', paraphrase: 'Minimum impact and minimum scope.', verification: 'primary' },
    { regulation: 'PIPL', provision: 'Art. 9', paraphrase: 'Processors are responsible for their processing.', verification: 'primary' },
    { regulation: 'PIPL', provision: 'Art. 16', paraphrase: 'No refusal of service because non-essential consent is withheld.', verification: 'primary' },
    { regulation: 'PIPL', provision: 'Art. 24', paraphrase: 'Automated decisions: a non-personalised option or an easy way to refuse.', verification: 'primary' },
    { regulation: 'CCPA', provision: '§1798.100(c)', paraphrase: 'Collection and use reasonably necessary and proportionate.', verification: 'primary' },
    { regulation: 'CCPA', provision: '§1798.140(h)', paraphrase: 'Consent obtained through dark patterns is not consent.', verification: 'primary' },
    { regulation: 'CCPA', provision: '§1798.140(l)', paraphrase: 'Defines a dark pattern.', verification: 'primary' },
    { regulation: 'CCPA', provision: '11 CCR §7002', paraphrase: 'Regulations on reasonably necessary and proportionate use.', verification: 'secondary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.306(a)-(b)', paraphrase: 'General security requirements, with flexibility of approach.', verification: 'primary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.306(e)', paraphrase: 'Security measures are reviewed and kept up to date.', verification: 'primary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.502(b)', paraphrase: 'Minimum necessary.', verification: 'primary' },
  ],
  applicability: {
    GDPR: applies('Privacy by design and by default is an obligation (Art. 25), weighed in any fine'),
    PDPA: applies('No statutory by-design article; the reasonable-person standard and the protection obligation carry it'),
    PIPL: applies('Requires minimum scope and impact, and no refusal of service for non-essential consent'),
    CCPA: applies('Requires necessary and proportionate collection; consent obtained through dark patterns is not consent'),
    HIPAA: depends(`${HIPAA_ONLY_FOR_PHI}; minimum necessary applies, down to role-based access`),
  },
};
