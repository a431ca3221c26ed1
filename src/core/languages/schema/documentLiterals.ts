/**
 * Literal facts from JSON and YAML documents that may hold access settings: bucket and IAM
 * policies (`"Principal": "*"`), CloudFormation buckets (`AccessControl: PublicRead`), Google
 * Cloud IAM bindings (`allUsers`) and Firebase Realtime Database rules (`".read": true`). Every
 * scalar becomes a literal with the key it is given to; an item of a list takes the list's key
 * (`"Action": ["s3:GetObject"]` gives `s3:GetObject` the key `Action`). Literals come in document
 * order, which is how a rule tells one policy statement from the next.
 *
 * Other JSON and YAML files (package.json, CI workflows, lock files) give no literals: the rules
 * that read literals in code (plain-text URLs, TLS switches) were not written for configuration
 * files, and a lock file's every scalar would be a fact.
 */
import type { DocNode } from './documentTree';
import type { SchemaFactsCollector } from './schemaFacts';

/** Words that only access settings use, quoted (JSON) or as a YAML key. */
export const ACCESS_MARKER = /["']?\b(?:Principal|AccessControl|PublicAccessBlockConfiguration)\b["']?[ \t]*:|public-read|\bPublicRead|\ballUsers\b|\ballAuthenticatedUsers\b|["']\.(?:read|write)["'][ \t]*:/;

export function walkLiterals(node: DocNode | undefined, text: string, collector: SchemaFactsCollector, key?: string): void {
  if (node?.kind === 'map') {
    node.entries.forEach((entry) => walkLiterals(entry.value, text, collector, entry.key));
  } else if (node?.kind === 'seq') {
    node.items.forEach((item) => walkLiterals(item, text, collector, key));
  } else if (node?.kind === 'scalar') {
    const kind = typeof node.value === 'string' ? 'string' : typeof node.value === 'boolean' ? 'boolean' : typeof node.value === 'number' ? 'number' : undefined;
    if (kind !== undefined) {
      // Strings as decoded; booleans and numbers as written (`True`, `1e3`), like the code adapters.
      const value = kind === 'string' ? (node.value as string) : text.slice(node.start, node.end);
      collector.literal({ kind, value, start: node.start, end: node.end, ...(key !== undefined ? { key } : {}) });
    }
  }
}
