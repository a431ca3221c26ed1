/**
 * The breach-readiness item, with every law's notification clocks. Citations and clocks from
 * ../shared/reference/legal-mapping.md section 2 row 13 and section 3 "Breach-notification
 * deadline". Provisions the mapping marks (s) are `secondary`: California's breach law §1798.82
 * (as amended by SB 446), the PDPC's 30-day guide, the PDN Regulations and the CAC incident
 * reporting measures were read only in secondary sources. Paraphrases are ours. This is not legal advice.
 */
import { applies, depends, HIPAA_ONLY_FOR_PHI } from './edition';
import type { ChecklistItem, NotificationClock } from './model';

const CAC_MEASURES = 'CAC National Cybersecurity Incident Reporting Management Measures (from 1 Nov 2025)';
const CALIFORNIA_BREACH_LAW = 'Cal. Civ. Code §1798.82 (as amended by SB 446, from 1 Jan 2026)';

/** Who must be told, by when; section 3 of the mapping, checked against row 13. */
export const BREACH_CLOCKS: readonly NotificationClock[] = [
  { regulation: 'GDPR', notify: 'supervisory authority', deadline: 'without undue delay and, where feasible, within 72 hours of becoming aware, unless the breach is unlikely to result in a risk; give reasons if later', provision: 'Art. 33(1)', verification: 'primary' },
  { regulation: 'GDPR', notify: 'affected individuals', deadline: 'without undue delay, where the breach is likely to result in a high risk (exceptions in Art. 34(3), such as encryption)', provision: 'Art. 34(1)', verification: 'primary' },
  { regulation: 'GDPR', notify: 'the controller (by its processor)', deadline: 'without undue delay after the processor becomes aware', provision: 'Art. 33(2)', verification: 'primary' },
  { regulation: 'PDPA', notify: 'no one yet: our own assessment of whether the breach is notifiable', deadline: 'in a reasonable and expeditious manner', provision: 's 26C(2)', verification: 'primary' },
  { regulation: 'PDPA', notify: 'no one yet: our own assessment of whether the breach is notifiable', deadline: 'within 30 days, in the PDPC\'s guidance', provision: 'PDPC guide on s 26C', verification: 'secondary' },
  { regulation: 'PDPA', notify: 'PDPC', deadline: 'as soon as practicable and no later than 3 calendar days after assessing the breach as notifiable', provision: 's 26D(1)', verification: 'primary' },
  { regulation: 'PDPA', notify: 'affected individuals', deadline: 'on or after notifying the PDPC, where the breach is likely to cause significant harm (exceptions in s 26D(5)-(7))', provision: 's 26D(2)', verification: 'primary' },
  { regulation: 'PDPA', notify: 'the organisation (by its data intermediary)', deadline: 'without undue delay', provision: 's 26C(3)(a)', verification: 'primary' },
  { regulation: 'PIPL', notify: 'departments with personal information protection duties', deadline: 'immediately (立即), with remedial measures taken at once', provision: 'Art. 57', verification: 'primary' },
  { regulation: 'PIPL', notify: 'affected individuals', deadline: 'immediately (立即), unless the harm is effectively avoided and the authorities do not require it', provision: 'Art. 57', verification: 'primary' },
  { regulation: 'PIPL', notify: 'protection department and public security (critical information infrastructure operators)', deadline: 'within 1 hour, for incidents graded relatively major (较大) or above', provision: CAC_MEASURES, verification: 'secondary' },
  { regulation: 'PIPL', notify: 'the authorities the measures name (central-government bodies)', deadline: 'within 2 hours, for incidents graded relatively major (较大) or above', provision: CAC_MEASURES, verification: 'secondary' },
  { regulation: 'PIPL', notify: 'provincial CAC (other network operators)', deadline: 'within 4 hours, for incidents graded relatively major (较大) or above', provision: CAC_MEASURES, verification: 'secondary' },
  { regulation: 'CCPA', notify: 'affected California residents', deadline: 'within 30 calendar days of discovery (delay allowed for law enforcement or to determine scope)', provision: CALIFORNIA_BREACH_LAW, verification: 'secondary' },
  { regulation: 'CCPA', notify: 'California Attorney General (a sample notice)', deadline: 'within 15 days of notifying residents, where more than 500 residents are notified', provision: CALIFORNIA_BREACH_LAW, verification: 'secondary' },
  { regulation: 'HIPAA', notify: 'affected individuals', deadline: 'without unreasonable delay and no later than 60 calendar days after discovery', provision: '45 CFR 164.404(b)', verification: 'primary' },
  { regulation: 'HIPAA', notify: 'prominent media', deadline: 'within 60 days of discovery, where more than 500 residents of a state are affected', provision: '45 CFR 164.406', verification: 'primary' },
  { regulation: 'HIPAA', notify: 'HHS (500 or more individuals)', deadline: 'at the same time as the notice to individuals', provision: '45 CFR 164.408', verification: 'primary' },
  { regulation: 'HIPAA', notify: 'HHS (fewer than 500 individuals)', deadline: 'logged, and reported within 60 days after the end of the calendar year', provision: '45 CFR 164.408', verification: 'primary' },
  { regulation: 'HIPAA', notify: 'the covered entity (by its business associate)', deadline: 'no later than 60 days after discovery', provision: '45 CFR 164.410', verification: 'primary' },
];

export const BREACH_READINESS: ChecklistItem = {
  // legal-mapping.md section 2, row 13, and section 3 "Breach-notification deadline"
  id: 'breach-readiness',
  title: 'Breach readiness',
  question:
    'Have we an incident runbook that assesses a breach of this personal data and notifies the authorities and the people affected within each applicable law\'s deadline, and have we assessed any exposure already found?',
  evidence: [
    'The incident-response runbook, naming each clock below, the authorities to tell and who decides',
    'The breach register, which records every breach, notified or not',
    'For an exposed secret or store found here: since when it was exposed, whether it was accessed, and the assessment and its outcome',
    'Contracts that make processors, data intermediaries and business associates tell us without undue delay',
  ],
  ruleIds: ['hardcoded-secret', 'public-data-store'],
  citations: [
    { regulation: 'GDPR', provision: 'Art. 4(12)', paraphrase: 'Defines a personal data breach.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 33(1)-(2)', paraphrase: 'Notify the authority within 72 hours where feasible; a processor tells the controller without undue delay.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 33(3)-(4)', paraphrase: 'What the notification contains, and giving it in phases.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 33(5)', paraphrase: 'Document every breach, notified or not.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'Art. 34', paraphrase: 'Tell individuals of a high-risk breach, unless an Art. 34(3) exception such as encryption applies.', verification: 'primary' },
    { regulation: 'GDPR', provision: 'EDPB Guidelines 9/2022 v2.0', paraphrase: 'A non-EU controller with only an Art. 27 representative notifies every authority where affected people live.', verification: 'secondary' },
    { regulation: 'PDPA', provision: 's 26A', paraphrase: 'Defines a data breach, unauthorised access included.', verification: 'primary' },
    { regulation: 'PDPA', provision: 's 26B', paraphrase: 'A breach is notifiable if it causes significant harm or is of significant scale.', verification: 'primary' },
    { regulation: 'PDPA', provision: 'PDP (Notification of Data Breaches) Regs 2021 reg 4', paraphrase: 'Significant scale means 500 or more individuals.', verification: 'secondary' },
    { regulation: 'PDPA', provision: 's 26C', paraphrase: 'Assess a suspected breach in a reasonable and expeditious manner; a data intermediary tells the organisation without undue delay.', verification: 'primary' },
    { regulation: 'PDPA', provision: 's 26D(1)-(2), (5)-(7)', paraphrase: 'Notify the PDPC within 3 calendar days of assessing, then affected individuals, with exceptions.', verification: 'primary' },
    { regulation: 'PIPL', provision: 'Art. 57', paraphrase: 'Remediate at once and notify the authorities and individuals: categories, cause, possible harm, remedies, contact.', verification: 'primary' },
    { regulation: 'PIPL', provision: 'Network Data Security Management Regulations Art. 11', paraphrase: 'An emergency plan for security incidents, reporting to the authorities and telling those harmed.', verification: 'primary' },
    { regulation: 'PIPL', provision: CAC_MEASURES, paraphrase: 'Reporting clocks of 1, 2 or 4 hours for incidents graded relatively major or above.', verification: 'secondary' },
    { regulation: 'CCPA', provision: CALIFORNIA_BREACH_LAW, paraphrase: 'The CCPA has no notification duty; California\'s breach law sets a 30-day clock for residents and 15 days for the Attorney General.', verification: 'secondary' },
    { regulation: 'CCPA', provision: '§1798.150', paraphrase: 'Private right of action after a breach.', verification: 'primary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.402', paraphrase: 'Presumed a breach unless a four-factor risk assessment shows a low probability of compromise; defines unsecured PHI.', verification: 'primary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.404(b)', paraphrase: 'Tell individuals within 60 calendar days of discovery.', verification: 'primary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.406', paraphrase: 'Tell the media when more than 500 residents of a state are affected.', verification: 'primary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.408', paraphrase: 'Tell HHS: at once for 500 or more, yearly for fewer.', verification: 'primary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.410', paraphrase: 'A business associate tells the covered entity within 60 days.', verification: 'primary' },
    { regulation: 'HIPAA', provision: '45 CFR 164.412', paraphrase: 'Law enforcement may delay notification.', verification: 'primary' },
  ],
  applicability: {
    GDPR: applies('Every controller and processor: the authority within 72 hours where feasible, unless the breach is unlikely to result in a risk'),
    PDPA: applies('Every organisation: notifiable where there is significant harm or 500 or more people are affected (secondary source for the number)'),
    PIPL: applies('Every processor under Art. 57; network operators also have the hour clocks of the CAC measures (secondary source)'),
    CCPA: applies('No notification duty in the CCPA itself; California\'s breach law (secondary source) sets the 30-day clock'),
    HIPAA: depends(`${HIPAA_ONLY_FOR_PHI}, for breaches of unsecured PHI`),
  },
  deadlines: BREACH_CLOCKS,
};
