import * as assert from 'assert';
import type { PersonalDataRecord, PrivacyAnnotation } from '../../src/core/inventory/model';
import { scan, scanner } from './helpers';

/** `purpose=a,b basis=x retention=y`, the parts that are set. */
function recorded(annotation: PrivacyAnnotation): string {
  const parts = [annotation.purposes.length > 0 ? `purpose=${annotation.purposes.join(',')}` : '', annotation.lawfulBasis ? `basis=${annotation.lawfulBasis}` : '', annotation.retention ? `retention=${annotation.retention}` : ''];
  return parts.filter((p) => p !== '').join(' ');
}

/**
 * Records as `Name @line: field, sensitive!, annotated* | what the record's annotation records`
 * (1-based line of the name); a field's own annotation follows it in brackets.
 */
function describeRecords(records: readonly PersonalDataRecord[]): string[] {
  return records.map((record) => {
    const fields = record.fields.map((f) => `${f.name}${f.sensitive ? '!' : ''}${f.annotation ? ` [${recorded(f.annotation)}]` : ''}`).join(', ');
    return `${record.name} @${record.nameRange.start.line + 1}: ${fields}${record.annotation ? ` | ${recorded(record.annotation)}` : ''}`;
  });
}

async function recordsOf(languageId: string, source: string): Promise<string[]> {
  return describeRecords((await scan(languageId, source)).records);
}

describe('personal-data records', () => {
  it('builds TypeScript interfaces and classes, with annotations above, on a field and at the end of a line', async () => {
    const source = [
      '// @privacy purpose=essential.service.authentication basis=contract retention="2 years after account closure"',
      'export interface Patient {',
      '  email: string;',
      '  // @privacy purpose=essential.service.notifications.sms basis=consent',
      '  phone: string;',
      '  diagnosis: string;',
      '}',
      'class Settings { theme: string; }',
      'class User {',
      '  @Column()',
      '  name: string; // @privacy purpose=personalize',
      '  ssn: string;',
      '}',
    ].join('\n');
    assert.deepStrictEqual(await recordsOf('typescript', source), [
      'Patient @2: email, phone [purpose=essential.service.notifications.sms basis=consent], diagnosis! | purpose=essential.service.authentication basis=contract retention=2 years after account closure',
      'User @9: name [purpose=personalize], ssn! | purpose=personalize',
    ]);
  });

  it('gives each field its categories and the range the diagnostics use', async () => {
    const result = await scan('typescript', 'interface Patient {\n  email: string;\n  ssn: string;\n}\n');
    const [record] = result.records;
    assert.deepStrictEqual(record?.range, { start: { line: 0, column: 0 }, end: { line: 3, column: 1 } });
    assert.deepStrictEqual(record.fields.map((f) => [f.name, f.dataCategories, f.sensitive]), [
      ['email', ['user.contact.email'], false],
      ['ssn', ['user.government_id.national_identification_number.us_ssn'], true],
    ]);
    const fieldFindings = result.findings.filter((f) => f.ruleId.endsWith('personal-data-field'));
    assert.deepStrictEqual(record.fields.map((f) => f.range), fieldFindings.map((f) => f.range));
  });

  it('builds Python models: Django, pydantic, and a dataclass annotated above its decorator', async () => {
    const source = [
      '# @privacy purpose=marketing.communications.email basis=consent',
      '@dataclass',
      'class Subscriber:',
      '    email: str',
      '',
      'class Patient(models.Model):',
      '    diagnosis = models.TextField()',
      '',
      'class Customer(BaseModel):',
      '    phone: str',
    ].join('\n');
    assert.deepStrictEqual(await recordsOf('python', source), [
      'Subscriber @3: email | purpose=marketing.communications.email basis=consent',
      'Patient @6: diagnosis!',
      'Customer @9: phone',
    ]);
  });

  it('builds Java, C#, Go, Ruby and PHP types with the annotation above their annotations or attributes', async () => {
    const annotation = '@privacy purpose=essential.service basis=contract';
    assert.deepStrictEqual(await recordsOf('java', `// ${annotation}\n@Entity\npublic class Patient {\n    @Column(name = "email")\n    private String email;\n}\n`), [
      'Patient @3: email | purpose=essential.service basis=contract',
    ]);
    assert.deepStrictEqual(await recordsOf('csharp', `// ${annotation}\n[Table("patients")]\npublic class Patient\n{\n    public string Ssn { get; set; }\n}\n`), [
      'Patient @3: Ssn! | purpose=essential.service basis=contract',
    ]);
    assert.deepStrictEqual(await recordsOf('go', `package x\n\n// Patient is stored in Postgres.\n// ${annotation}\ntype Patient struct {\n\tEmail string \`json:"email"\`\n}\n`), [
      'Patient @5: Email | purpose=essential.service basis=contract',
    ]);
    assert.deepStrictEqual(await recordsOf('ruby', `# ${annotation}\nclass Patient < ApplicationRecord\n  attr_accessor :email, :ssn\nend\n`), [
      'Patient @2: email, ssn! | purpose=essential.service basis=contract',
    ]);
    assert.deepStrictEqual(await recordsOf('php', `<?php\n// ${annotation}\n#[ORM\\Entity]\nclass Patient extends Model {\n    private string $email;\n}\n`), [
      'Patient @4: email | purpose=essential.service basis=contract',
    ]);
  });

  it('names records of schema formats where their owner is named: SQL tables, Prisma models, JSON schemas', async () => {
    assert.deepStrictEqual(await recordsOf('sql', '-- @privacy purpose=essential.service retention="7 years"\nCREATE TABLE patients (\n  id INT,\n  email VARCHAR(100)\n);\n'), [
      'patients @2: email | purpose=essential.service retention=7 years',
    ]);
    assert.deepStrictEqual(await recordsOf('prisma', '/// @privacy basis=contract\nmodel Patient {\n  id Int @id\n  email String\n}\n'), ['Patient @2: email | basis=contract']);
    const jsonSchema = (await scan('json', '{\n  "title": "Patient",\n  "type": "object",\n  "properties": {\n    "email": { "type": "string" }\n  }\n}\n')).records;
    assert.deepStrictEqual(describeRecords(jsonSchema), ['Patient @2: email']);
    assert.deepStrictEqual(jsonSchema[0]?.nameRange, { start: { line: 1, column: 12 }, end: { line: 1, column: 19 } });
  });

  it('keeps two tables of the same name apart', async () => {
    const source = 'CREATE TABLE people (email TEXT);\nCREATE TABLE archive.people (phone TEXT);\n';
    assert.deepStrictEqual(await recordsOf('sql', source), ['people @1: email', 'people @2: phone']);
  });

  it('names an object-literal schema by the variable it is assigned to', async () => {
    assert.deepStrictEqual(await recordsOf('typescript', 'const patientSchema = {\n  email: String,\n  diagnosis: String,\n};\n'), ['patientSchema @1: email, diagnosis!']);
  });

  it('does not attach an annotation across a blank line or from the end of another line', async () => {
    const source = ['// @privacy purpose=essential.service', '', 'interface Patient {', '  email: string; // @privacy purpose=personalize', '  phone: string;', '}'].join('\n');
    assert.deepStrictEqual(await recordsOf('typescript', source), ['Patient @3: email [purpose=personalize], phone | purpose=personalize']);
  });

  it('leaves out fields whose finding was suppressed, and types without personal data', async () => {
    const source = ['class Patient {', '  // privacy-lens-disable-next-line personal-data-field -- a test double', '  email: string;', '}', 'class Theme { colour: string; }'].join('\n');
    assert.deepStrictEqual(await recordsOf('typescript', source), []);
  });

  it('carries what an annotation could not read with the record', async () => {
    const result = await scanner.scanText('# @privacy purpose=<data-use> basis=maybe\nclass Patient:\n    email: str\n', { languageId: 'python', filePath: 'models.py' });
    assert.deepStrictEqual(result.records[0]?.annotation?.problems, [
      'purpose not recorded yet: name fideslang data uses, such as essential.service.authentication',
      'unknown lawful basis "maybe": expected one of consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests (GDPR Art. 6(1)(a)-(f))',
    ]);
  });
});
