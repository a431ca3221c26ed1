/**
 * Whether a value a route handles is personal data: a personal field (`user.email`), a whole person
 * record (`patient`, `PatientSerializer(p).data`), or what a person-record query gives back
 * (`User.findById(id)`, `this.patientsService.findOne(id)`). Local data flow is followed, and a
 * value that went through a sanitiser or an aggregate (`maskEmail`, `count`) is no longer personal.
 */
import type { Call, Reference } from '../../facts';
import type { LocalFlow, Source } from '../../analysis/localFlow';
import type { TextRange } from '../../model';
import { categoryLabel } from '../../taxonomy/categories';
import { splitIdentifier } from '../../taxonomy/identifiers';
import type { Classifier } from '../../taxonomy/vocabulary';
import type { PersonalMember, RecordShapes } from './recordShapes';

export interface PersonalValue {
  /** `user.email (email address)`, `the whole patient record`. */
  readonly description: string;
  /** Where the data comes from (`request.json.phone`), so that one piece of data reached twice is listed once. */
  readonly source: string;
  readonly category: string;
  readonly range: TextRange;
}

/** What comes out of these is a count or a yes/no about the data, not the data (`all` is not one: `Patient.objects.all()`). */
const AGGREGATE = /^((get_?)?count\w*|len|size|length|sum|avg|average|mean|any|bool|exists\w*|is_?empty|long_?count)$/i;

/**
 * Members that hold whole records in another shape (`serializer.data`, `user.to_dict()`,
 * `model.attributes`) or query them (`Patient.all`, `User.query`, `Patient.objects`).
 */
const RECORD_WRAPPERS = new Set([
  'data', 'attributes', 'dict', 'to_dict', 'as_json', 'to_json', 'to_h', 'json', 'values', '__dict__', 'serialize', 'toJSON', 'Value', 'model_dump',
  'validated_data', 'all', 'first', 'last', 'objects', 'query', 'records', 'items', 'results', 'entries',
]);
/** Function names that fetch what their object names: `findUser(id)`, `get_patient(pk)`, `loadCustomers()`. */
const FETCHING = /^(get|find|load|fetch|lookup|read|retrieve|query|select|list|search)_?(?=[A-Z_a-z])/;

/** Words that name the role of a type or object around a record, not the record: `PatientDto`, `patientsService`, `UserSerializer`. */
const ROLE_WORDS = new Set([
  'dto', 'request', 'response', 'input', 'output', 'in', 'out', 'form', 'payload', 'body', 'model', 'entity', 'resource', 'serializer', 'schema',
  'create', 'update', 'patch', 'new', 'edit', 'vm', 'view', 'command', 'params', 'service', 'services', 'repository', 'repo', 'store', 'dao',
  'table', 'query', 'details', 'detail', 'data', 'info', 'record', 'records', 'list', 'summary', 'public', 'private', 'base', 'read', 'write',
]);

/** Whether a type or object name stands for person records once its role words are set aside: `CreatePatientDto`, `patientsService`, `Users`. */
export function namesPersonRecord(name: string, classifier: Classifier): boolean {
  const core = splitIdentifier(name).filter((w) => !ROLE_WORDS.has(w));
  return core.length > 0 && classifier.isPersonRecordName(core.join('_'));
}

/** The type names in a type as written: `ActionResult<List<PatientDto>>` gives ActionResult, List, PatientDto. */
export function typeNamesIn(typeText: string): string[] {
  return typeText.match(/[A-Za-z_][\w]*/g) ?? [];
}

/** Whether a call gives a count or a yes/no about the data rather than the data. */
export function isAggregate(name: string): boolean {
  return AGGREGATE.test(name);
}

export class PersonalValues {
  constructor(
    private readonly classifier: Classifier,
    private readonly flow: LocalFlow,
    private readonly languageId: string,
    private readonly shapes?: RecordShapes,
  ) {}

  /** A whole variable that holds personal members (`Ok(account)` after `account.Iban`): one value for each member. */
  ofShapedRecord(reference: Reference, scope: string | undefined): PersonalValue[] {
    const [name] = reference.path;
    if (!this.shapes || name === undefined || reference.path.length !== 1) {
      return [];
    }
    return this.shapes.ofVariable(name, scope).map((member) => memberValue(this.display(reference.path), member, reference.range));
  }

  /** A query on a model type whose records the file reads personal members of (`GuestOrder::where(...)` after `$order->email`). */
  ofShapedQuery(call: Call): PersonalValue[] {
    return (this.shapes?.ofQuery(call) ?? []).map((member) => memberValue(`${call.calleePath.join('.')}()`, member, call.range));
  }

  /** A parameter of a type the file declares with personal fields: a request DTO (`VisitNotes notes`). */
  ofDeclaredType(parameter: string, typeName: string, range: TextRange): PersonalValue[] {
    return (this.shapes?.ofDeclaredType(typeName) ?? []).map((member) => memberValue(parameter, member, range));
  }

  /** A path as the user wrote it: Ruby's instance variables are `self.x` in facts and `@x` in code. */
  display(path: readonly string[]): string {
    return this.languageId === 'ruby' && path[0] === 'self' && path.length > 1 ? `@${path.slice(1).join('.')}` : path.join('.');
  }

  /**
   * The personal data a reference holds, following local flow within its function; only from
   * sources that pass `from` (`req.body...`, for what a route accepts) when given.
   */
  ofReference(reference: Reference, scope: string | undefined, from: (source: Source) => boolean = () => true): PersonalValue | undefined {
    const written = this.display(reference.path);
    for (const source of this.flow.sourcesOf(reference, scope)) {
      if (!from(source) || source.through.some((name) => this.classifier.isSanitizer(name) || AGGREGATE.test(name))) {
        continue;
      }
      const described = this.describePath(source.path, written, source.origin ? this.display(source.path) : undefined);
      if (described) {
        return { ...described, source: source.path.join('.'), range: reference.range };
      }
    }
    return undefined;
  }

  /**
   * A call that looks up person records (`User.findById(id)`, `db.Patients.Find(id)`,
   * `this.patientsService.findOne(id)`) or builds one (`PatientSerializer(p)`, `new UserDto(u)`).
   */
  ofRecordQuery(call: Call): PersonalValue | undefined {
    const method = call.calleePath[call.calleePath.length - 1] ?? '';
    const holder = call.calleePath.slice(0, -1).find((segment) => segment !== 'this' && namesPersonRecord(segment, this.classifier));
    const builds = /^[A-Z]/.test(method) && namesPersonRecord(method, this.classifier);
    const fetched = FETCHING.test(method) && namesPersonRecord(method.replace(FETCHING, ''), this.classifier);
    if ((!holder && !builds && !fetched) || AGGREGATE.test(method) || this.classifier.isSanitizer(method)) {
      return undefined;
    }
    const callee = call.calleePath.join('.');
    return { description: `${callee}() (person records)`, source: callee, category: 'user', range: call.range };
  }

  /** A personal field or a person record named by a path, described as the message will say it. */
  describePath(path: readonly string[], written: string, origin?: string): Omit<PersonalValue, 'range' | 'source'> | undefined {
    const leaf = path[path.length - 1]?.replace(/^[@$]/, '');
    if (!leaf || leaf === 'this' || leaf === 'self') {
      return undefined;
    }
    const owner = path[path.length - 2];
    const classification = this.classifier.classify(leaf, owner ? { owner } : {});
    const from = origin && origin !== written ? `, from ${origin}` : '';
    if (classification) {
      return { description: `${written} (${categoryLabel(classification.category)}${from})`, category: classification.category };
    }
    if (this.classifier.isPersonRecordName(leaf)) {
      return { description: `the whole ${origin ?? written} record${origin && origin !== written ? ` (as ${written})` : ''}`, category: 'user' };
    }
    const wrapped = RECORD_WRAPPERS.has(leaf) && owner !== undefined && namesPersonRecord(owner.replace(/^[@$]/, ''), this.classifier);
    return wrapped ? { description: `${owner.replace(/^[@$]/, '')} records (${origin ?? written})`, category: 'user' } : undefined;
  }
}

function memberValue(holder: string, member: PersonalMember, range: TextRange): PersonalValue {
  return { description: `${holder}.${member.name} (${categoryLabel(member.category)})`, source: `${holder}.${member.name}`, category: member.category, range };
}
