/**
 * Fields of an OpenAPI 3 or Swagger 2 document: the properties of every schema (named ones under
 * `components/schemas` or `definitions`, and inline ones in request bodies, responses and
 * parameters), and the operation parameters sent in the query, path, headers or cookies.
 *
 * Parameters count as fields because an `email` in a query string is personal data the API takes
 * in and that ends up in access logs and browser history. They are owned by the operation
 * (`operationId`, else `GET /patients`) or by the path for path-level parameters, and point at
 * the parameter's `name` value, the one place the name is written. Body parameters (Swagger 2)
 * are not fields themselves: their schema's properties are.
 */
import { type DocNode, entriesOf, membersOf, scalarText, textAt, valueAt } from './documentTree';
import { schemaType, walkNamedSchemas, walkSchema } from './jsonSchemaWalker';
import type { SchemaFactsCollector } from './schemaFacts';

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
const PARAMETER_LOCATIONS = new Set(['query', 'path', 'header', 'cookie', 'formData']);
/** Keys whose values are sample data, not API structure (`x-` extensions are skipped too). */
const EXAMPLE_KEYS = new Set(['example', 'examples']);

export function walkOpenApi(root: DocNode, facts: SchemaFactsCollector): void {
  for (const { key, value } of entriesOf(root)) {
    if (key === 'paths' || key === 'webhooks') {
      entriesOf(value).forEach((path) => walkPathItem(path.key, path.value, facts));
    } else if (key === 'components') {
      walkComponents(value, facts);
    } else if (key === 'definitions') {
      walkNamedSchemas(value, facts); // Swagger 2
    } else if (key === 'parameters') {
      walkParameters(value, undefined, facts); // Swagger 2's shared parameters
    } else if (key === 'responses') {
      entriesOf(value).forEach((response) => walkApiNode(response.value, response.key, facts)); // Swagger 2's shared responses
    }
  }
}

/** `components`: named schemas; the parameters, bodies, responses and headers that hold inline schemas, owned by their names. */
function walkComponents(components: DocNode | undefined, facts: SchemaFactsCollector): void {
  for (const { key, value } of entriesOf(components)) {
    if (key === 'schemas') {
      walkNamedSchemas(value, facts);
    } else if (key === 'parameters') {
      walkParameters(value, undefined, facts);
    } else if (!key.startsWith('x-')) {
      entriesOf(value).forEach((component) => walkApiNode(component.value, component.key, facts));
    }
  }
}

/** `/patients/{id}: { parameters, get, post... }`: each operation owns what it declares. */
function walkPathItem(path: string, item: DocNode | undefined, facts: SchemaFactsCollector): void {
  for (const { key, value } of entriesOf(item)) {
    if (HTTP_METHODS.has(key)) {
      walkApiNode(value, textAt(value, 'operationId') ?? `${key.toUpperCase()} ${path}`, facts);
    } else if (key === 'parameters') {
      walkParameters(value, path, facts);
    }
  }
}

/** Anywhere in an operation or component: `schema` values are schemas, `parameters` lists are parameters. */
function walkApiNode(node: DocNode | undefined, owner: string | undefined, facts: SchemaFactsCollector): void {
  if (node?.kind === 'seq') {
    node.items.forEach((item) => walkApiNode(item, owner, facts));
  }
  for (const { key, value } of entriesOf(node)) {
    if (key === 'schema') {
      walkSchema(value, { fallback: owner }, facts);
    } else if (key === 'parameters') {
      walkParameters(value, owner, facts);
    } else if (!EXAMPLE_KEYS.has(key) && !key.startsWith('x-')) {
      walkApiNode(value, owner, facts);
    }
  }
}

/** A list of parameters (operations, path items) or a map of them (`components/parameters`, Swagger 2's `parameters`). */
function walkParameters(parameters: DocNode | undefined, owner: string | undefined, facts: SchemaFactsCollector): void {
  for (const parameter of membersOf(parameters)) {
    const name = valueAt(parameter, 'name');
    const nameText = scalarText(name);
    if (name?.kind === 'scalar' && nameText !== undefined && PARAMETER_LOCATIONS.has(textAt(parameter, 'in') ?? '')) {
      const typeText = schemaType(parameter) ?? schemaType(valueAt(parameter, 'schema'));
      facts.field({ name: nameText, start: name.start, end: name.end, owner, typeText });
    }
    walkApiNode(parameter, owner, facts); // a parameter's own `schema` or `content` may hold properties
  }
}
