/**
 * Facts from OpenAPI (Swagger 2, OpenAPI 3) and JSON Schema documents, in YAML or JSON. Most YAML
 * and JSON files are neither (package.json, CI workflows, tsconfig, lock files of many megabytes),
 * so a regular-expression look for the keys that mark these documents comes before any parse,
 * and the parsed root must confirm it before anything is walked.
 */
import type { SourceFacts } from '../../facts';
import { ACCESS_MARKER, walkLiterals } from './documentLiterals';
import { type DocNode, textAt, valueAt } from './documentTree';
import { readJsonDocument } from './jsonDocument';
import { walkSchema } from './jsonSchemaWalker';
import { walkOpenApi } from './openApiWalker';
import { collectSchemaFacts, emptyFacts } from './schemaFacts';
import { readYamlDocuments } from './yamlDocument';

/**
 * `openapi:`, `swagger:`, `$schema:` or `properties:` as a top-level YAML key (at the start of a
 * line, after a byte-order mark on the first), or as a quoted key anywhere (JSON, which may be
 * minified onto one line).
 */
const DOCUMENT_MARKER = /^\uFEFF?["']?(?:openapi|swagger|\$schema|properties)["']?[ \t]*:|["'](?:openapi|swagger|\$schema|properties)["'][ \t]*:/m;

export function openApiFacts(text: string, languageId: string): SourceFacts {
  // Access settings (bucket policies, Firebase rules) are read as literals: see documentLiterals.ts.
  const mayHoldAccessSettings = ACCESS_MARKER.test(text);
  if (!DOCUMENT_MARKER.test(text) && !mayHoldAccessSettings) {
    return emptyFacts(languageId);
  }
  let isSchemaDocument = false;
  const facts = collectSchemaFacts(text, languageId, (collector) => {
    const onComment = (start: number, end: number): void => collector.comment(start, end);
    const roots = languageId === 'json' ? [readJsonDocument(text, onComment)] : readYamlDocuments(text, onComment);
    for (const root of roots) {
      const kind = documentKind(root);
      isSchemaDocument ||= kind !== undefined;
      if (root && kind === 'openApi') {
        walkOpenApi(root, collector);
      } else if (kind === 'jsonSchema') {
        walkSchema(root, {}, collector);
      }
      if (mayHoldAccessSettings) {
        walkLiterals(root, text, collector);
      }
    }
  });
  // Other YAML and JSON files are not this adapter's to read: not even their comments.
  return isSchemaDocument || (facts.literals?.length ?? 0) > 0 ? facts : emptyFacts(languageId);
}

/**
 * OpenAPI by its version key. JSON Schema by a `$schema` naming a JSON Schema dialect, or by
 * top-level schema keywords with `type: object` or some `$schema`: config files such as tsconfig
 * also carry a `$schema`, pointing at the schema they follow, but hold no `properties` of their own.
 */
function documentKind(root: DocNode | undefined): 'openApi' | 'jsonSchema' | undefined {
  if (root?.kind !== 'map') {
    return undefined;
  }
  if (root.entries.some((entry) => entry.key === 'openapi' || entry.key === 'swagger')) {
    return 'openApi';
  }
  const dialect = textAt(root, '$schema');
  const hasSchemaKeywords = ['properties', '$defs', 'definitions'].some((key) => valueAt(root, key)?.kind === 'map');
  const isJsonSchema = dialect?.includes('json-schema') === true || (hasSchemaKeywords && (dialect !== undefined || textAt(root, 'type') === 'object'));
  return isJsonSchema ? 'jsonSchema' : undefined;
}
