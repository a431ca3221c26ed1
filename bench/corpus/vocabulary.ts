/**
 * Words the corpus is written with, and the plan of one generated module. Most modules are
 * ordinary business code (orders, stock, invoices); some hold personal data, a few of those log it,
 * and fewer still have a protection gap, as in a real codebase.
 */
import type { SeededRandom } from './prng';

export type FieldType = 'string' | 'number' | 'boolean' | 'date';

export interface Field {
  /** Lower-case words: ['date', 'of', 'birth']. */
  readonly words: readonly string[];
  readonly type: FieldType;
}

const field = (name: string, type: FieldType): Field => ({ words: name.split(' '), type });

export const PERSONAL_FIELDS: readonly Field[] = [
  field('email', 'string'),
  field('phone number', 'string'),
  field('first name', 'string'),
  field('last name', 'string'),
  field('full name', 'string'),
  field('date of birth', 'date'),
  field('home address', 'string'),
  field('postal code', 'string'),
  field('passport number', 'string'),
  field('national id', 'string'),
  field('ip address', 'string'),
  field('diagnosis', 'string'),
  field('blood type', 'string'),
  field('religion', 'string'),
];

export const ORDINARY_FIELDS: readonly Field[] = [
  field('sku', 'string'),
  field('quantity', 'number'),
  field('unit price', 'number'),
  field('currency', 'string'),
  field('status', 'string'),
  field('created at', 'date'),
  field('updated at', 'date'),
  field('warehouse code', 'string'),
  field('discount rate', 'number'),
  field('is active', 'boolean'),
  field('weight grams', 'number'),
  field('tracking code', 'string'),
  field('priority', 'number'),
  field('retry count', 'number'),
  field('region', 'string'),
];

const PERSONAL_ENTITIES = ['customer', 'patient', 'employee', 'member', 'applicant', 'guest', 'subscriber'];
const ORDINARY_ENTITIES = ['order', 'invoice', 'shipment', 'product', 'warehouse', 'ledger entry', 'coupon', 'batch job', 'price rule', 'stock level', 'route plan', 'report run'];
const VERBS = ['compute', 'summarize', 'validate', 'normalize', 'merge', 'rank', 'bucket', 'reconcile', 'aggregate', 'schedule'];

export type Gap = 'weak-hash' | 'http-url';

export interface ModulePlan {
  /** Lower-case words: ['ledger', 'entry']. */
  readonly entity: readonly string[];
  readonly fields: readonly Field[];
  /** The personal-data fields among `fields` (empty for ordinary modules). */
  readonly personal: readonly Field[];
  /** A personal-data field this module writes to its log, if it does. */
  readonly logged?: Field;
  readonly gap?: Gap;
  /** Ordinary helper functions, which make up most of the code. */
  readonly helpers: readonly { readonly verb: string; readonly constant: number }[];
}

/** About a third of modules hold personal data; a fifth of those log it; one in twelve has a gap. */
export function planModule(rng: SeededRandom): ModulePlan {
  const holdsPersonalData = rng.chance(0.35);
  const personal = holdsPersonalData ? rng.sample(PERSONAL_FIELDS, rng.int(1, 4)) : [];
  const ordinary = rng.sample(ORDINARY_FIELDS, rng.int(3, 7));
  const entity = (holdsPersonalData ? rng.pick(PERSONAL_ENTITIES) : rng.pick(ORDINARY_ENTITIES)).split(' ');
  const logged = personal.length > 0 && rng.chance(0.2) ? rng.pick(personal) : undefined;
  const gap: Gap | undefined = rng.chance(1 / 12) ? rng.pick<Gap>(['weak-hash', 'http-url']) : undefined;
  const helpers = Array.from({ length: rng.int(3, 14) }, () => ({ verb: rng.pick(VERBS), constant: rng.int(2, 997) }));
  return { entity, fields: [...personal, ...ordinary], personal, logged, gap, helpers };
}

export const camel = (words: readonly string[]): string => words.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join('');
export const pascal = (words: readonly string[]): string => words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
export const snake = (words: readonly string[]): string => words.join('_');

/** A number field to do arithmetic on in helpers; every plan has at least three ordinary fields. */
export function numericField(plan: ModulePlan): Field {
  return plan.fields.find((f) => f.type === 'number') ?? plan.fields[plan.fields.length - 1]!;
}

export const PARTNER_URL = 'http://partner-api.example.com/v1/sync';
