/**
 * The parts of `public-data-store` that read whole policies rather than one value: IAM and bucket
 * policy statements, Firebase Realtime Database rules, and SQL `GRANT ... TO PUBLIC`.
 */
import type { Call, Literal, SourceFacts } from '../facts';
import { comparePositions, type RawFinding } from '../model';
import { categoryLabel } from '../taxonomy/categories';
import { keyOf } from './factRanges';
import { type Audience, storeFinding } from './publicStoreFinding';
import type { RuleContext } from './rule';

/** Which part of a statement a key belongs to; condition keys are namespaced (`aws:SourceVpce`). */
const STATEMENT_PARTS: Readonly<Record<string, string>> = {
  sid: 'sid',
  effect: 'effect',
  principal: 'principal',
  notprincipal: 'principal',
  aws: 'principal',
  service: 'principal',
  federated: 'principal',
  canonicaluser: 'principal',
  action: 'action',
  notaction: 'action',
  resource: 'resource',
  notresource: 'resource',
};

interface Statement {
  readonly parts: Map<string, Literal[]>;
}

/**
 * Allow statements whose principal is `*` (or `{"AWS": "*"}`) with no condition: anyone may do
 * what they allow. Literals carry no structure, but a statement's keys are unique within it and
 * literals come in document order, so a part seen again (after another part) starts the next
 * statement. A condition (`aws:SourceVpce`, `aws:PrincipalOrgID`...) narrows who may, so a
 * statement with one is not reported.
 */
export function policyStatementFindings(facts: SourceFacts): RawFinding[] {
  return statementsOf(facts).flatMap((statement) => {
    const effect = statement.parts.get('effect')?.[0]?.value;
    const everyone = statement.parts.get('principal')?.find((p) => p.value === '*' && /^(principal|aws)$/i.test(p.key ?? ''));
    if (effect !== 'Allow' || !everyone || statement.parts.has('condition')) {
      return [];
    }
    const actions = (statement.parts.get('action') ?? []).map((a) => a.value);
    const audience: Audience = actions.some((a) => /:(\*|Put|Delete)/i.test(a) || a === '*') ? 'write' : 'read';
    return [storeFinding(everyone.range, `a policy statement that allows the principal "*"${actions.length > 0 ? ` ${actions.slice(0, 3).join(', ')}` : ''}`, audience)];
  });
}

function statementsOf(facts: SourceFacts): Statement[] {
  const statements: Statement[] = [];
  let current: Statement = { parts: new Map() };
  let previous: string | undefined;
  const literals = [...(facts.literals ?? [])].sort((a, b) => comparePositions(a.range.start, b.range.start));
  for (const literal of literals) {
    // A list item's key is worked out only where it matters: a principal `*`, an action.
    const key = literal.key ?? (/^\*$|^[\w-]+:[\w*]+$/.test(literal.value) ? (keyOf(literal, facts) ?? '') : '');
    const part = STATEMENT_PARTS[key.toLowerCase()] ?? (key.includes(':') ? 'condition' : undefined);
    if (part === undefined) {
      continue;
    }
    if (current.parts.has(part) && previous !== part) {
      statements.push(current);
      current = { parts: new Map() };
    }
    current.parts.set(part, [...(current.parts.get(part) ?? []), { ...literal, key }]);
    previous = part;
  }
  return [...statements, current];
}

/** Firebase Realtime Database rules: `".read": true` or `".write": true` lets anyone, signed in or not. */
export function firebaseRuleFindings(facts: SourceFacts): RawFinding[] {
  return (facts.literals ?? [])
    .filter((l) => (l.key === '.read' || l.key === '.write') && /^true$/i.test(l.value))
    .map((l) => storeFinding(l.range, `the Firebase rule "${l.key}": true`, l.key === '.write' ? 'write' : 'read'));
}

/** Privileges that read or change a table's rows. */
const DATA_PRIVILEGES = /\b(SELECT|INSERT|UPDATE|DELETE|ALL|TRUNCATE)\b/i;

/**
 * `GRANT ... ON table TO PUBLIC`. Reported when the table holds personal data by its columns in
 * the same file, or by its name (`patients`), and for grants on every table of a schema or
 * database; a grant on a table that is neither (`countries`) is how lookup tables are shared.
 */
export function publicGrantFindings(facts: SourceFacts, { classifier }: RuleContext): RawFinding[] {
  return facts.calls.filter((call) => call.calleePath.join('.') === 'GRANT').flatMap((call) => grantFindings(call, facts, classifier));
}

function grantFindings(call: Call, facts: SourceFacts, classifier: RuleContext['classifier']): RawFinding[] {
  const [privileges, tables, grantees] = call.arguments;
  const publicGrantee = grantees?.references.find((r) => r.path.join('.').toUpperCase() === 'PUBLIC');
  if (!privileges || !tables || !publicGrantee || !DATA_PRIVILEGES.test(privileges.text)) {
    return [];
  }
  const audience: Audience = /\b(INSERT|UPDATE|DELETE|ALL|TRUNCATE)\b/i.test(privileges.text) ? 'databaseWrite' : 'database';
  const what = `GRANT ${privileges.text} ON ${tables.text} TO PUBLIC`;
  if (tables.references.length === 0) {
    const categories = personalColumns(facts, undefined, classifier).map((c) => c.category);
    return [storeFinding(publicGrantee.range, what, audience, [...new Set(categories)], 'every table there, personal data included,')];
  }
  return tables.references.flatMap((table) => {
    const name = table.path[table.path.length - 1] ?? '';
    const columns = personalColumns(facts, name, classifier);
    if (columns.length > 0) {
      const listed = columns.map((c) => `${c.name} (${categoryLabel(c.category)})`).join(', ');
      return [storeFinding(publicGrantee.range, what, audience, [...new Set(columns.map((c) => c.category))], `${name}.${listed.replace(/, /g, `, ${name}.`)}`)];
    }
    return classifier.isPersonRecordName(name) ? [storeFinding(publicGrantee.range, what, audience, ['user'], `the records of ${name}`)] : [];
  });
}

/** Columns that hold personal data, of one table (compared without case) or of every table in the file. */
function personalColumns(facts: SourceFacts, table: string | undefined, classifier: RuleContext['classifier']): { name: string; category: string }[] {
  return facts.declarations.flatMap((d) => {
    if (table !== undefined && d.owner?.toLowerCase() !== table.toLowerCase()) {
      return [];
    }
    const classification = classifier.classify(d.name, d.owner ? { owner: d.owner } : {});
    return classification ? [{ name: d.name, category: classification.category }] : [];
  });
}
