/**
 * Which declarations are database columns, and in which stack: an ORM/ODM model's field or a DDL
 * column is stored; a DTO, a request model, a GraphQL or protobuf type or a plain class is not.
 * Read from facts alone: decorators, annotations and tags, declared types (a navigation property
 * leads to another stored record), the call a schema object is passed to, the field a nested
 * schema path sits in, and the call a migration column is declared by.
 */
import type { Call, Declaration, Literal, SourceFacts, TypeDeclaration } from '../facts';
import { comparePositions, type TextRange } from '../model';

/** The persistence stack a column belongs to: the finding's advice on encrypting it depends on it. */
export type Stack =
  | 'typeorm'
  | 'mikroorm'
  | 'mongoose'
  | 'sequelize'
  | 'drizzle'
  | 'prisma'
  | 'sql'
  | 'django'
  | 'sqlalchemy'
  | 'jpa'
  | 'efcore'
  | 'gorm'
  | 'sqlx'
  | 'laravel'
  | 'doctrine'
  | 'rails';

const TS_COLUMN_DECORATORS: ReadonlyArray<readonly [RegExp, Stack]> = [
  [/^@(Column|PrimaryColumn|ViewColumn)\b/, 'typeorm'],
  [/^@(Property|Enum)\b/, 'mikroorm'],
  [/^@Prop\b/, 'mongoose'], // @nestjs/mongoose
];
/** Calls whose object argument declares a stored model (the TypeScript adapter's schema objects). */
const TS_MODEL_CALLS: ReadonlyMap<string, Stack> = new Map<string, Stack>([
  ['define', 'sequelize'],
  ['init', 'sequelize'],
  ['model', 'mongoose'],
  ['pgTable', 'drizzle'],
  ['mysqlTable', 'drizzle'],
  ['sqliteTable', 'drizzle'],
]);

/** JPA/Spring Data field annotations: a class with one of them on any field is an entity, and its other fields are columns too. */
const JPA_FIELD = /^@(Id|EmbeddedId|Column|Lob|Basic|Convert|ColumnTransformer|GeneratedValue|Version|Enumerated|Temporal)\b/;
const JPA_TYPE = /^@(Entity|Table|Document|Embeddable|MappedSuperclass)\b/;
const JPA_NOT_STORED = /^@Transient\b/;
const EF_FIELD = /^\[(Key|Column|DatabaseGenerated|ForeignKey)\b/;
const EF_TYPE = /^\[(Table|Keyless|Owned)\b/;
const EF_NOT_STORED = /^\[NotMapped\b/;
/** Doctrine's PHP 8 attributes (`#[ORM\Column(length: 34)]`), as the PHP adapter would give them. */
const DOCTRINE_FIELD = /^#\[(ORM\\)?(Id|Column|Embedded)\b/;
const DOCTRINE_TYPE = /^#\[(ORM\\)?(Entity|Table|Embeddable|MappedSuperclass)\b/;
const GORM_TAG = /(^|\s)gorm:"/;
/** sqlx, sqlc and pgx scan rows into structs by their `db` tags. */
const DB_TAG = /(^|\s)db:"/;
const TAG_IGNORED = /(^|\s)(gorm|db):"-/;
/** Declared types that hold other records (navigation properties), with the record's type captured: `ICollection<Medication>`, `List<FaceTemplate>`, `[]Medication`, `*Patient`. */
const RECORD_TYPE = /^(?:(?:I?List|ICollection|IEnumerable|IReadOnlyList|IReadOnlyCollection|HashSet|ISet|Set|Collection)<(\w+)>|\[\]\*?(\w+)|\*?(\w+)\??)$/;

/** Python declared types (as the adapter reads them from the assignment's call) that make a class attribute a column. */
const DJANGO_FIELD = /^models\.\w+Field$|^encrypt$/;
const SQLALCHEMY_COLUMN = /(^|\.)(Column|mapped_column)$|^Mapped\[/;

/** Stacks whose models hold relationships to other models, which they map and store too. */
const ORMS_WITH_RELATIONSHIPS: ReadonlySet<Stack> = new Set<Stack>(['jpa', 'efcore', 'gorm', 'doctrine']);

/** Nested schema paths are followed this deep (a deeper object is rare and a cycle impossible to rule out cheaply). */
const MAX_NESTING = 4;

/** Ruby migration methods that are not column types. */
const RUBY_NOT_COLUMNS = new Set(['attribute', 'attr_accessor', 'attr_reader', 'attr_writer', 'index', 'remove', 'rename', 'timestamps', 'references', 'belongs_to']);

/** Answers "is this declaration a stored column, and in which stack?" for one file's facts. */
export class StoredColumns {
  private readonly ownerStacks = new Map<string, Stack>();
  /** Members that hold other records of this file (`ICollection<Medication> Medications`): relationships, not columns. */
  private readonly navigations = new Set<Declaration>();

  constructor(private readonly facts: SourceFacts) {
    for (const declaration of facts.declarations) {
      const stack = ownerLevelStack(declaration);
      if (declaration.owner && stack) {
        this.ownerStacks.set(declaration.owner, stack);
      }
      // EF Core: `public DbSet<Patient> Patients { get; set; }` makes Patient an entity.
      const entity = /^DbSet<(\w+)>$/.exec(declaration.typeText ?? '')?.[1];
      if (entity) {
        this.ownerStacks.set(entity, 'efcore');
      }
    }
    for (const type of facts.types ?? []) {
      const stack = typeLevelStack(type);
      if (stack) {
        this.ownerStacks.set(type.name, stack);
      }
    }
    this.followNavigations();
  }

  /**
   * A record reached from a stored one through a navigation property is stored too, in the same
   * stack: EF Core and GORM map every type reachable from an entity, and a JPA relationship's
   * target must be an entity. sqlx has no relationships: it scans columns, so a slice of another
   * struct there is built by hand (often for an API payload). The navigation itself is a foreign
   * key or a join, not a column.
   */
  private followNavigations(): void {
    const recordsOfThisFile = new Set(this.facts.declarations.flatMap((d) => (d.kind === 'field' && d.owner ? [d.owner] : [])));
    const links = this.facts.declarations.flatMap((declaration) => {
      const target = recordTypeOf(declaration.typeText);
      return declaration.kind === 'field' && declaration.owner && target && target !== declaration.owner && recordsOfThisFile.has(target) ? [{ declaration, from: declaration.owner, target }] : [];
    });
    links.forEach((link) => this.navigations.add(link.declaration));
    for (let changed = true; changed; ) {
      changed = false;
      for (const { from, target } of links) {
        const stack = this.ownerStacks.get(from);
        if (stack && ORMS_WITH_RELATIONSHIPS.has(stack) && !this.ownerStacks.has(target)) {
          this.ownerStacks.set(target, stack);
          changed = true;
        }
      }
    }
  }

  stackOf(declaration: Declaration): Stack | undefined {
    switch (this.facts.languageId) {
      case 'sql':
        return 'sql';
      case 'prisma':
        return 'prisma';
      case 'typescript':
      case 'typescriptreact':
      case 'javascript':
      case 'javascriptreact':
        return this.typescriptStack(declaration);
      case 'python':
        return pythonStack(declaration);
      case 'php':
        return this.declaredByString(declaration) ? 'laravel' : this.memberOfStoredType(declaration);
      case 'ruby':
        return this.rubyMigrationColumn(declaration) ? 'rails' : undefined;
      case 'java':
      case 'csharp':
      case 'go':
        return this.memberOfStoredType(declaration);
      default:
        return undefined; // GraphQL, protobuf and OpenAPI describe interfaces, not storage
    }
  }

  private typescriptStack(declaration: Declaration, depth = 0): Stack | undefined {
    const decorated = TS_COLUMN_DECORATORS.find(([pattern]) => declaration.annotations?.some((a) => pattern.test(a)));
    if (decorated) {
      return decorated[1];
    }
    if (declaration.annotations?.length || declaration.typeText) {
      return undefined; // a typed or decorated class member without a column decorator
    }
    const call = this.facts.calls.find((c) => contains(c.range, declaration.range) && TS_MODEL_CALLS.has(lastOf(c.calleePath)));
    return call ? TS_MODEL_CALLS.get(lastOf(call.calleePath)) : (this.schemaVariableStack(declaration.owner) ?? this.nestedPathStack(declaration, depth));
  }

  /** Mongoose `sharedLocation: { lat: Number }`: a nested path is stored with the document whose field holds it. */
  private nestedPathStack(declaration: Declaration, depth: number): Stack | undefined {
    const index = this.facts.declarations.indexOf(declaration);
    const parent = this.facts.declarations.slice(0, Math.max(index, 0)).reverse().find((d) => d.name === declaration.owner);
    return parent && depth < MAX_NESTING ? this.typescriptStack(parent, depth + 1) : undefined;
  }

  /** `const patientSchema = new Schema({...})` (Mongoose) or `= sequelize.define(...)`: the variable the fields belong to. */
  private schemaVariableStack(owner: string | undefined): Stack | undefined {
    const values = (this.facts.assignments ?? []).filter((a) => a.name === owner).flatMap((a) => a.value);
    if (values.some((v) => lastOf(v.path) === 'Schema' && (v.through ?? []).length === 0)) {
      return 'mongoose';
    }
    return values.some((v) => v.through?.includes('define')) ? 'sequelize' : undefined;
  }

  /** Laravel: `$fillable = ['ssn']` and `$table->string('ssn')` declare columns by string; a PHP property is declared by `$name`. */
  private declaredByString(declaration: Declaration): boolean {
    return (this.facts.literals ?? []).some((l: Literal) => l.kind === 'string' && contains(l.range, declaration.range));
  }

  /** `t.string :ssn` in `create_table`, `add_column :patients, :ssn, :string`; `attr_accessor :ssn` is not stored. */
  private rubyMigrationColumn(declaration: Declaration): boolean {
    return this.facts.calls.some((call: Call) => {
      const method = lastOf(call.calleePath);
      const onTable = call.calleePath.length === 2 && /^[a-z_]\w*$/.test(call.calleePath[0]!) && !RUBY_NOT_COLUMNS.has(method);
      return contains(call.range, declaration.range) && (onTable || method === 'add_column' || method === 'change_column');
    });
  }

  private memberOfStoredType(declaration: Declaration): Stack | undefined {
    const stack = declaration.owner ? this.ownerStacks.get(declaration.owner) : undefined;
    const excluded = this.navigations.has(declaration) || declaration.annotations?.some((a) => JPA_NOT_STORED.test(a) || EF_NOT_STORED.test(a) || TAG_IGNORED.test(a));
    return declaration.kind === 'field' && !excluded ? stack : undefined;
  }
}

/** A field annotation that makes its whole class (or struct) a stored entity. */
function ownerLevelStack(declaration: Declaration): Stack | undefined {
  const annotations = declaration.annotations ?? [];
  if (annotations.some((a) => JPA_FIELD.test(a))) {
    return 'jpa';
  }
  if (annotations.some((a) => EF_FIELD.test(a))) {
    return 'efcore';
  }
  if (annotations.some((a) => DOCTRINE_FIELD.test(a))) {
    return 'doctrine';
  }
  if (annotations.some((a) => GORM_TAG.test(a))) {
    return 'gorm';
  }
  return annotations.some((a) => DB_TAG.test(a)) ? 'sqlx' : undefined;
}

/** The record a navigation property's declared type holds, if it is a plain or collection type name. */
function recordTypeOf(typeText: string | undefined): string | undefined {
  const match = RECORD_TYPE.exec(typeText ?? '');
  return match?.[1] ?? match?.[2] ?? match?.[3];
}

/** `@Entity class Patient`, `[Table("Patients")] class Patient`, a struct embedding `gorm.Model`. */
function typeLevelStack(type: TypeDeclaration): Stack | undefined {
  if (type.annotations.some((a) => JPA_TYPE.test(a))) {
    return 'jpa';
  }
  if (type.annotations.some((a) => EF_TYPE.test(a))) {
    return 'efcore';
  }
  if (type.annotations.some((a) => DOCTRINE_TYPE.test(a))) {
    return 'doctrine';
  }
  return type.superTypes.includes('gorm.Model') ? 'gorm' : undefined;
}

function pythonStack(declaration: Declaration): Stack | undefined {
  const type = declaration.typeText ?? '';
  if (DJANGO_FIELD.test(type) && type !== 'Field') {
    return 'django';
  }
  return SQLALCHEMY_COLUMN.test(type) ? 'sqlalchemy' : undefined;
}

export function contains(outer: TextRange, inner: TextRange): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}

function lastOf(path: readonly string[]): string {
  return path[path.length - 1] ?? '';
}
