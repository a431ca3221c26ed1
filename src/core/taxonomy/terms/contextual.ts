/**
 * Terms whose meaning comes from where they sit: `value` on a `LabResult` is health data,
 * `grade` on a `Student` is a child's record, `amount` on a `Transaction` is financial data,
 * `block` on a `RegisteredAddress` is part of an address. Each group names its context words.
 */
import { inContext, type Term } from './term';

const CHILD = ['student', 'pupil', 'child', 'children', 'kid', 'minor', 'learner', 'safeguarding', 'ward', 'guardian', 'carer', 'parental', 'xuesheng', 'alumno'];
const ADDRESS = ['address', 'addr', 'residence', 'residential', 'registered', 'reg', 'billing', 'shipping', 'mailing', 'home', 'postal', 'delivery', 'shouhuo'];
const HEALTH = ['prescribed', 'healthcare', 'sick', 'sickness', 'lab', 'result', 'results', 'prescription', 'medication', 'medicine', 'vital', 'vitals', 'observation', 'encounter', 'consultation', 'allergy', 'immunisation', 'immunization', 'diagnosis', 'referral', 'clinical', 'medical', 'health', 'treatment', 'symptom', 'sen', 'dose', 'drug', 'pathology', 'radiology', 'triage'];
const VETTING = ['background', 'dbs', 'vetting', 'screening', 'adjudication', 'sanctions', 'police', 'criminal', 'sar', 'aml', 'suspicious', 'watchlist'];
const MONEY = ['transaction', 'transactions', 'payment', 'payments', 'payroll', 'payslip', 'loan', 'credit', 'salary', 'wallet', 'charge', 'transfer', 'remittance', 'refund', 'payout', 'bureau', 'affordability', 'underwriting', 'contribution', 'contributions', 'cpf', 'account', 'ledger', 'invoice', 'bill'];
const CARD = ['card', 'cards', 'payment', 'revealed'];
const MESSAGE = ['message', 'messages', 'chat', 'conversation', 'comment', 'review', 'feedback', 'complaint', 'ticket', 'report', 'incident', 'note', 'notes', 'dm', 'attachment'];
const IDENTITY_DOCUMENT = ['document', 'documents', 'kyc', 'verification', 'identity', 'id', 'licence', 'license', 'passport', 'onboarding'];
const IMMIGRATION = ['pass', 'work', 'visa', 'immigration', 'employment'];

export const CONTEXTUAL_TERMS: readonly Term[] = [
  // A child's school record
  ...inContext(CHILD, 'user.childrens', 'current school', 'teacher assessment', 'scaled score', 'english grade', 'maths grade', 'math grade', 'predicted grades', 'predicted grade', 'safeguarding', 'safeguarding notes', 'custody', 'custody notes', 'looked after', 'looked after child', 'child protection', 'child protection plan', 'young carer', 'exclusion', 'exclusions', 'exclusion history', 'fixed term exclusion days', 'court order', 'court order restricts contact', 'parental responsibility', 'education welfare referral', 'attendance', 'attendance rate', 'attendance percent', 'late minutes', 'mark', 'marks', 'grade', 'grades', 'previous school', 'reading age', 'reading age months', 'behaviour', 'behavior', 'behaviour points', 'incident description', 'disclosure text', 'concern category', 'can collect child'),
  ...inContext(CHILD, 'user.demographic.age_range', 'year group'),
  ...inContext(CHILD, 'user.financial', 'free school meals', 'pupil premium', 'eligible for pupil premium'),
  // Parts of an address
  ...inContext(ADDRESS, 'user.contact.address.street', 'block', 'floor', 'unit', 'building', 'street', 'line1', 'line 1', 'line2', 'line 2', 'house', 'xiangxi dizhi'),
  ...inContext(ADDRESS, 'user.contact.address.postal_code', 'postal', 'youbian', 'postcode', 'zip'),
  ...inContext(ADDRESS, 'user.contact.address.city', 'town', 'city', 'shi'),
  ...inContext(ADDRESS, 'user.contact.address.state', 'sheng', 'state', 'province'),
  ...inContext(ADDRESS, 'user.contact.address.country', 'country'),
  ...inContext(ADDRESS, 'user.contact.address', 'qu', 'district', 'formatted address', 'formatted'),
  // Clinical records
  ...inContext(HEALTH, 'user.health_and_medical', 'dosage', 'name', 'value', 'result value', 'flag', 'abnormal flag', 'interpretation', 'result interpretation', 'test code', 'test name', 'description', 'dose', 'medicine name', 'drug name', 'comment', 'pathologist comment', 'outcome', 'reason', 'severity', 'reaction', 'notes', 'primary need'),
  // Background checks
  ...inContext(VETTING, 'user.criminal_history', 'narrative', 'typology', 'status', 'outcome', 'result', 'notes', 'finding', 'findings', 'adjudication notes'),
  // Money of a person
  ...inContext(MONEY, 'user.financial', 'balance minor', 'last 4', 'amount', 'amount minor', 'amount cents', 'charge cents', 'score', 'purpose', 'requested amount', 'balance', 'deductions', 'employee share', 'employer share', 'score band'),
  ...inContext(MONEY, 'user.behavior.purchase_history', 'merchant name', 'mcc'),
  ...inContext([...CARD, 'bank', 'payout', 'method', 'account'], 'user.financial', 'last 4'),
  ...inContext(['union', 'unions'], 'user.demographic.trade_union_membership', 'membership number', 'dues check off', 'shop steward', 'branch'),
  ...inContext(['profile', 'match', 'dating', 'seeking', 'preference', 'preferences'], 'user.demographic.sexual_orientation', 'interested in', 'seeking gender', 'looking for gender'),
  ...inContext(CARD, 'user.financial.credit_card', 'pan', 'expiry month', 'expiry year', 'exp month', 'exp year', 'expiry'),
  // What people write to each other
  ...inContext(MESSAGE, 'user.content.private', 'body', 'text', 'content', 'message', 'comment', 'details', 'attachments', 'note', 'message preview', 'last message preview', 'screenshot urls'),
  // Identity documents
  ...inContext(IDENTITY_DOCUMENT, 'user.government_id', 'document number', 'document front', 'front image', 'back image', 'document image', 'document front base64'),
  ...inContext(IMMIGRATION, 'user.government_id.immigration', 'pass type', 'pass expiry', 'pass number'),
];
