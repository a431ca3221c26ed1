/**
 * `personal-data-field` and `sensitive-personal-data-field`: declarations of data structures
 * (class fields, interface members, model columns, schema object keys) that hold personal data.
 * A field whose category is sensitive under some regulation gets the sensitive rule only.
 */
import type { Declaration, SourceFacts } from '../facts';
import type { RawFinding } from '../model';
import { categoryLabel } from '../taxonomy/categories';
import { type Classification, classifyIdentifier, classifyOwner } from '../taxonomy/classifier';
import { sensitivityOf, type SensitiveUnder } from '../taxonomy/sensitivity';
import type { Rule } from './rule';

export const PERSONAL_DATA_FIELD: Rule = {
  id: 'personal-data-field',
  description: 'A field, property or column that holds personal data: record it in the data inventory.',
  defaultSeverity: 'information',
  checklist: ['personal-data-inventory'],
  check: (facts) => classifiedFields(facts).filter((f) => f.sensitiveUnder.length === 0).map(personalDataFinding),
};

export const SENSITIVE_PERSONAL_DATA_FIELD: Rule = {
  id: 'sensitive-personal-data-field',
  description: 'A field that holds special-category or sensitive data (health, biometric, government id, financial...): name the legal condition and safeguards.',
  defaultSeverity: 'warning',
  checklist: ['special-category-data', 'personal-data-inventory'],
  check: (facts) => classifiedFields(facts).filter((f) => f.sensitiveUnder.length > 0).map(sensitiveFinding),
};

interface ClassifiedField {
  readonly declaration: Declaration;
  readonly classification: Classification;
  readonly sensitiveUnder: readonly SensitiveUnder[];
}

/** Object-literal keys count only on an object that names a person (`patientSchema`), as literals are everywhere. */
function classifiedFields(facts: SourceFacts): ClassifiedField[] {
  const fields: ClassifiedField[] = [];
  for (const declaration of facts.declarations) {
    const isField = declaration.kind === 'field' || (declaration.kind === 'objectProperty' && classifyOwner(declaration.owner) === 'person');
    const classification = isField ? classifyIdentifier(declaration.name, declaration) : undefined;
    if (classification) {
      fields.push({ declaration, classification, sensitiveUnder: sensitivityOf(classification.category) });
    }
  }
  return fields;
}

function qualifiedName(declaration: Declaration): string {
  return declaration.owner ? `${declaration.owner}.${declaration.name}` : declaration.name;
}

function personalDataFinding({ declaration, classification }: ClassifiedField): RawFinding {
  return {
    ruleId: PERSONAL_DATA_FIELD.id,
    message: `${qualifiedName(declaration)} holds personal data (${categoryLabel(classification.category)}). Record it in the data inventory with its purpose, lawful basis and retention period.`,
    range: declaration.range,
    dataCategories: [classification.category],
    checklist: PERSONAL_DATA_FIELD.checklist,
  };
}

function sensitiveFinding({ declaration, classification, sensitiveUnder }: ClassifiedField): RawFinding {
  return {
    ruleId: SENSITIVE_PERSONAL_DATA_FIELD.id,
    message: `${qualifiedName(declaration)} holds sensitive data (${categoryLabel(classification.category)}), ${describeSensitivity(sensitiveUnder)}. Record the legal condition and the extra safeguards it needs.`,
    range: declaration.range,
    dataCategories: [classification.category],
    checklist: SENSITIVE_PERSONAL_DATA_FIELD.checklist,
  };
}

/** "sensitive under GDPR Art. 9(1), PIPL Art. 28 and PDPA (PDPC guidance under s 24, secondary source)" */
export function describeSensitivity(sensitiveUnder: readonly SensitiveUnder[]): string {
  const parts = sensitiveUnder.map((s) => (s.verification === 'primary' ? `${s.regulation} ${s.provision}` : `${s.regulation} (${s.provision}, secondary source)`));
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0] ?? '';
  return `sensitive under ${list}`;
}
