/**
 * What records hold, learnt from the file. A value whose personal members the code reads
 * (`account.Iban`, `$order->email`) holds that data, so a route that returns it whole gives the
 * data away even when its name (`account`, `GuestOrder`) says nothing about a person. Members are
 * learnt per variable within its function, per model type from the variables its queries fill
 * (`$order = GuestOrder::where(...)->firstOrFail()` then `$order->email`), and per type from the
 * fields the file declares for it (`record VisitNotes(string ClinicalNotes)`).
 */
import type { Call, Reference, SourceFacts } from '../../facts';
import type { Classifier } from '../../taxonomy/vocabulary';
import type { FactIndex } from './factIndex';

export interface PersonalMember {
  /** The member as read from its holder: `Iban`, `Recipient.Postcode`. */
  readonly name: string;
  readonly category: string;
}

/** The receiver of an instance's own members (Ruby's `@patient` is `self.patient` in facts). */
const SELF = new Set(['this', 'self']);

export class RecordShapes {
  /** By `scope name`: the personal members read off a variable in its function. */
  private readonly variables = new Map<string, Map<string, string>>();
  /** By `scope name`: the model type whose query filled a variable. */
  private readonly queriedTypes = new Map<string, string>();
  /** By type name: the personal members read off the values its queries give. */
  private readonly types = new Map<string, Map<string, string>>();

  /** By type name: the personal fields the file declares for it. */
  private readonly declaredTypes = new Map<string, Map<string, string>>();

  constructor(facts: SourceFacts, index: FactIndex, classifier: Classifier) {
    for (const field of facts.declarations) {
      const classification = field.kind === 'field' && field.owner !== undefined ? classifier.classify(field.name, { owner: field.owner }) : undefined;
      if (classification) {
        add(this.declaredTypes, field.owner!, field.name, classification.category);
      }
    }
    for (const { reference, scope } of readsIn(facts)) {
      const path = SELF.has(reference.path[0] ?? '') ? reference.path.slice(1) : reference.path;
      const [holder, ...member] = path.map((segment) => segment.replace(/^[$@]/, ''));
      const classification = holder && member.length > 0 ? classifier.classify(member[member.length - 1]!, { owner: path[path.length - 2] ?? holder }) : undefined;
      if (holder && classification) {
        add(this.variables, key(scope, holder), member.join('.'), classification.category);
      }
    }
    for (const assignment of facts.assignments ?? []) {
      const variable = key(assignment.scope, assignment.name.replace(/^[$@]/, ''));
      const type = index.callsOnLine(assignment.range.start.line).map(queriedType).find((t) => t !== undefined);
      if (type) {
        this.queriedTypes.set(variable, type);
        for (const [member, category] of this.variables.get(variable) ?? []) {
          add(this.types, type, member, category);
        }
      }
    }
  }

  /** What a variable holds: the members read off it in its function, and those of the type its query gives. */
  ofVariable(name: string, scope: string | undefined): PersonalMember[] {
    const variable = key(scope, name.replace(/^[$@]/, ''));
    const type = this.queriedTypes.get(variable);
    return merged(this.variables.get(variable), type === undefined ? undefined : this.types.get(type));
  }

  /** What a query on a model type gives: `GuestOrder::where(...)->firstOrFail()` holds what `$order` read from one. */
  ofQuery(call: Call): PersonalMember[] {
    const type = queriedType(call);
    return type === undefined ? [] : merged(this.types.get(type));
  }

  /** The personal fields the file declares for a type: a request DTO bound from the body. */
  ofDeclaredType(typeName: string): PersonalMember[] {
    return merged(this.declaredTypes.get(typeName));
  }
}

/** Session methods that take the model type first: SQLAlchemy `db.get(Intake, id)`, `db.query(Intake)`, Django `get_object_or_404(Patient, pk=pk)`. */
const QUERIES_BY_TYPE = /^(get|query|select|scalars|find|get_object_or_404|get_list_or_404|get_or_404|first_or_404|one_or_404)$/;
const TYPE_NAME = /^[A-Z][a-z]\w*$/;

/**
 * The model type a call queries: a static call on a capitalised name (`GuestOrder::where`,
 * `Appointment.find`), or a session query given the type (`db.get(Intake, intake_id)`).
 */
function queriedType(call: Call): string | undefined {
  const [root] = call.calleePath;
  if (call.calleePath.length >= 2 && root !== undefined && TYPE_NAME.test(root)) {
    return root;
  }
  const first = call.arguments[0]?.text.trim() ?? '';
  return QUERIES_BY_TYPE.test(call.calleePath[call.calleePath.length - 1] ?? '') && TYPE_NAME.test(first) ? first : undefined;
}

/** Every reference the file reads, with the function it is read in. */
function readsIn(facts: SourceFacts): { reference: Reference; scope: string | undefined }[] {
  return [
    ...facts.calls.flatMap((call) => call.arguments.flatMap((a) => a.references.map((reference) => ({ reference, scope: call.scope })))),
    ...(facts.assignments ?? []).flatMap((a) => a.value.map((reference) => ({ reference, scope: a.scope }))),
    ...(facts.functions ?? []).flatMap((fn) => fn.returns.flatMap((r) => r.references.map((reference) => ({ reference, scope: fn.scope })))),
  ];
}

function key(scope: string | undefined, name: string): string {
  return `${scope ?? ''} ${name}`;
}

function add(map: Map<string, Map<string, string>>, holder: string, member: string, category: string): void {
  const members = map.get(holder) ?? new Map<string, string>();
  members.set(member, category);
  map.set(holder, members);
}

function merged(...maps: (ReadonlyMap<string, string> | undefined)[]): PersonalMember[] {
  const all = new Map<string, string>();
  for (const map of maps) {
    for (const [name, category] of map ?? []) {
      all.set(name, category);
    }
  }
  return [...all].map(([name, category]) => ({ name, category }));
}
