/**
 * `personal-data-field` and `sensitive-personal-data-field`: declarations of data structures
 * (class fields, interface members, model columns, schema object keys) that hold personal data.
 * A field whose category is sensitive under some regulation gets the sensitive rule only.
 */
import type { Declaration, SourceFacts } from '../facts';
import type { RawFinding } from '../model';
import { categoryLabel } from '../taxonomy/categories';
import { type Classification, classifyOwner } from '../taxonomy/classifier';
import { minimisationFor } from '../taxonomy/minimisation';
import { sensitivityOf, type SensitiveUnder } from '../taxonomy/sensitivity';
import { ruleInfo } from './catalogue';
import type { Rule, RuleContext } from './rule';

export const PERSONAL_DATA_FIELD: Rule = {
  ...ruleInfo('personal-data-field'),
  check: (facts, context) => classifiedFields(facts, context).filter((f) => !isSensitive(f)).map(personalDataFinding),
};

export const SENSITIVE_PERSONAL_DATA_FIELD: Rule = {
  ...ruleInfo('sensitive-personal-data-field'),
  check: (facts, context) => classifiedFields(facts, context).filter(isSensitive).map(sensitiveFinding),
};

export interface ClassifiedField {
  readonly declaration: Declaration;
  readonly classification: Classification;
  readonly sensitiveUnder: readonly SensitiveUnder[];
}

function isSensitive(field: ClassifiedField): boolean {
  return isSensitiveClassification(field.classification);
}

/**
 * Whether classified data is sensitive under some regulation, the test sensitive-personal-data-field
 * applies; other rules ask it of values too. A masked form (`cardLast4`) is still personal data but
 * no longer the sensitive value itself.
 */
export function isSensitiveClassification(classification: Classification): boolean {
  return sensitivityOf(classification.category).length > 0 && classification.derivative !== 'mask';
}

/** The fields sensitive-personal-data-field reports: other rules ask what happens to them (are they stored in plaintext?). */
export function sensitiveFields(facts: SourceFacts, context: RuleContext): ClassifiedField[] {
  return classifiedFields(facts, context).filter(isSensitive);
}

/** Object-literal keys count only on an object that names a person (`patientSchema`), as literals are everywhere. */
function classifiedFields(facts: SourceFacts, { classifier }: RuleContext): ClassifiedField[] {
  const fields: ClassifiedField[] = [];
  for (const declaration of facts.declarations) {
    const isField = declaration.kind === 'field' || (declaration.kind === 'objectProperty' && classifyOwner(declaration.owner) === 'person');
    const classification = isField ? classifier.classify(declaration.name, declaration) : undefined;
    if (classification) {
      fields.push({ declaration, classification, sensitiveUnder: sensitivityOf(classification.category) });
    }
  }
  return fields;
}

function qualifiedName(declaration: Declaration): string {
  return declaration.owner ? `${declaration.owner}.${declaration.name}` : declaration.name;
}

/** " Privacy by design: a birth year or an age band often serves instead of the full date of birth." */
function minimisationSentence(field: ClassifiedField): string {
  const suggestion = field.classification.derivative ? undefined : minimisationFor(field.classification.category, field.declaration.owner);
  return suggestion ? ` Privacy by design: ${suggestion.suggestion} (GDPR Art. 5(1)(c), 25).` : '';
}

function whatItHolds({ classification }: ClassifiedField): string {
  const label = categoryLabel(classification.category);
  switch (classification.derivative) {
    case 'hash':
      return `a pseudonymous identifier derived from personal data (${classification.matched}); pseudonymised data is still personal data`;
    case 'mask':
      return `personal data in reduced form (${label})`;
    default:
      return `personal data (${label})`;
  }
}

function personalDataFinding(field: ClassifiedField): RawFinding {
  return {
    ruleId: PERSONAL_DATA_FIELD.id,
    message: `${qualifiedName(field.declaration)} holds ${whatItHolds(field)}, which must be accounted for: record it in the data inventory with its purpose, lawful basis and retention period.${minimisationSentence(field)}`,
    range: field.declaration.range,
    dataCategories: [field.classification.category],
    checklist: PERSONAL_DATA_FIELD.checklist,
  };
}

function sensitiveFinding(field: ClassifiedField): RawFinding {
  const label = categoryLabel(field.classification.category);
  return {
    ruleId: SENSITIVE_PERSONAL_DATA_FIELD.id,
    message: `${qualifiedName(field.declaration)} holds sensitive data (${label}) under ${describeSensitivity(field.sensitiveUnder)}. Record the legal condition for it and the extra safeguards it needs.${minimisationSentence(field)}`,
    range: field.declaration.range,
    dataCategories: [field.classification.category],
    checklist: SENSITIVE_PERSONAL_DATA_FIELD.checklist,
  };
}

/** "GDPR Art. 9(1), PIPL Art. 28 and PDPA (PDPC guidance under s 24, secondary source)" */
export function describeSensitivity(sensitiveUnder: readonly SensitiveUnder[]): string {
  const parts = sensitiveUnder.map((s) => (s.verification === 'primary' ? `${s.regulation} ${s.provision}` : `${s.regulation} (${s.provision}, secondary source)`));
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : (parts[0] ?? '');
}
