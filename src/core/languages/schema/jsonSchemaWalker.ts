/**
 * Fields of a JSON Schema (a standalone document, or a schema inside OpenAPI): every key of every
 * `properties` object at any depth. The owner is the name of the schema that holds the key: its
 * name under `definitions`/`$defs`/`components/schemas`, else its `title`, else the property (or
 * operation) it describes. Keys under `example`, `default`, `enum` and the like are data, not
 * schema, and are never walked.
 */
import { type DocNode, entriesOf, membersOf, scalarText, textAt, valueAt } from './documentTree';
import type { SchemaFactsCollector } from './schemaFacts';

/** Keywords whose value is a subschema (or, for draft-4 tuple `items`, a list of them) describing the same thing as its parent. */
const SUBSCHEMA_KEYWORDS = new Set([
  'items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames',
  'unevaluatedProperties', 'unevaluatedItems', 'additionalItems',
]);
/** Keywords whose value is a list or a map of subschemas (`allOf: [{$ref}, {properties}]`, `patternProperties`). */
const SUBSCHEMA_COLLECTION_KEYWORDS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems', 'patternProperties', 'dependentSchemas']);
/** Keywords whose value maps schema names to schemas. */
const NAMED_SCHEMA_KEYWORDS = new Set(['definitions', '$defs']);

export interface SchemaNames {
  /** The schema's own name, from the map that defines it: wins over its title. */
  readonly name?: string;
  /** What the schema describes when it has neither name nor title: a property, an operation. */
  readonly fallback?: string;
}

export function walkSchema(schema: DocNode | undefined, names: SchemaNames, facts: SchemaFactsCollector): void {
  if (schema?.kind !== 'map') {
    return;
  }
  const owner = names.name ?? textAt(schema, 'title') ?? names.fallback;
  for (const { key, value } of schema.entries) {
    if (key === 'properties') {
      walkProperties(value, owner, facts);
    } else if (NAMED_SCHEMA_KEYWORDS.has(key)) {
      walkNamedSchemas(value, facts);
    } else if (SUBSCHEMA_KEYWORDS.has(key) || SUBSCHEMA_COLLECTION_KEYWORDS.has(key)) {
      const subschemas = value?.kind === 'map' && SUBSCHEMA_KEYWORDS.has(key) ? [value] : membersOf(value);
      subschemas.forEach((subschema) => walkSchema(subschema, { fallback: owner }, facts));
    }
  }
}

/** `{ Patient: {...}, Address: {...} }` under `definitions`, `$defs` or `components/schemas`. */
export function walkNamedSchemas(schemas: DocNode | undefined, facts: SchemaFactsCollector): void {
  for (const { key, value } of entriesOf(schemas)) {
    walkSchema(value, { name: key }, facts);
  }
}

/** Each key is a field; each value, a schema that may hold more (`address: {properties: {street}}`). */
function walkProperties(properties: DocNode | undefined, owner: string | undefined, facts: SchemaFactsCollector): void {
  for (const { key, keyStart, keyEnd, value } of entriesOf(properties)) {
    facts.field({ name: key, start: keyStart, end: keyEnd, owner, typeText: schemaType(value) });
    walkSchema(value, { fallback: key }, facts);
  }
}

/** `format` if present (`email`, `date-time`), else `type` (`string`, `string | null`), else the referenced schema's name. */
export function schemaType(schema: DocNode | undefined): string | undefined {
  const type = valueAt(schema, 'type');
  const typeList = type?.kind === 'seq' ? type.items.flatMap((item) => scalarText(item) ?? []).join(' | ') : undefined;
  return textAt(schema, 'format') ?? scalarText(type) ?? (typeList || undefined) ?? textAt(schema, '$ref')?.split('/').pop();
}
