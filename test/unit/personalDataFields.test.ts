import * as assert from 'assert';
import { findingsOf, scan } from './helpers';

const FIELD = 'personal-data-field';
const SENSITIVE = 'sensitive-personal-data-field';

describe('personal-data-field', () => {
  it('reports personal fields of TypeScript classes, interfaces, type literals and parameter properties', async () => {
    const source = [
      'class Patient {',
      '  email: string;',
      '  constructor(private readonly firstName: string, count: number) {}',
      '}',
      'interface Customer { name: string; phone?: string }',
      'type Applicant = { dateOfBirth: Date };',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(FIELD, 'typescript', source), ['2:email', '3:firstName', '5:name', '5:phone', '6:dateOfBirth']);
  });

  it('reports keys of schema objects named after a person', async () => {
    const source = 'const patientSchema = new Schema({ email: String, createdAt: Date });';
    assert.deepStrictEqual(await findingsOf(FIELD, 'javascript', source), ['1:email']);
  });

  it('reports Python model attributes, dataclass fields and self attributes', async () => {
    const source = [
      'class Patient(models.Model):',
      '    email = models.EmailField()',
      '    full_name: str',
      '    def __init__(self, phone):',
      '        self.phone = phone',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(FIELD, 'python', source), ['2:email', '3:full_name', '5:phone']);
  });

  it('does not report things that are not personal data', async () => {
    const source = [
      'class Product { name: string; emailTemplateId: string; }',
      'class Server { address: string; }',
      'class User { passwordHash: string; isEmailVerified: boolean; }',
      'const config = { email: "ops@example.com" };',
      'function send(email: string) { const name = email; }',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(FIELD, 'typescript', source), []);
  });

  it('carries the category and the inventory checklist item', async () => {
    const { findings } = await scan('typescript', 'class Patient { email: string }');
    assert.strictEqual(findings.length, 1);
    assert.deepStrictEqual(findings[0]?.dataCategories, ['user.contact.email']);
    assert.deepStrictEqual(findings[0]?.checklist, ['personal-data-inventory', 'data-protection-by-design']);
    assert.strictEqual(findings[0]?.severity, 'information');
    assert.match(findings[0]?.message ?? '', /Patient\.email holds personal data \(email address\)/);
  });
});

describe('sensitive-personal-data-field', () => {
  it('reports health, government-id and biometric fields instead of the plain rule', async () => {
    const source = 'class Patient { diagnosis: string; nric: string; email: string }';
    assert.deepStrictEqual(await findingsOf(SENSITIVE, 'typescript', source), ['1:diagnosis', '1:nric']);
    assert.deepStrictEqual(await findingsOf(FIELD, 'typescript', source), ['1:email']);
  });

  it('names the regulations in one line', async () => {
    const { findings } = await scan('python', 'class Patient:\n    blood_type: str\n');
    const message = findings[0]?.message ?? '';
    assert.ok(!message.includes('\n'));
    assert.match(message, /GDPR Art\. 9\(1\)/);
    assert.match(message, /PIPL Art\. 28/);
    assert.match(message, /HIPAA/);
    assert.match(message, /secondary source/, 'the PDPA guidance citation keeps its secondary-source mark');
    assert.deepStrictEqual(findings[0]?.checklist, ['special-category-data', 'personal-data-inventory', 'dpia-screening']);
  });

  it('does not report ordinary personal data or non-personal health words', async () => {
    const source = 'class User { email: string } class Service { healthCheck: boolean; raceCondition: string }';
    assert.deepStrictEqual(await findingsOf(SENSITIVE, 'typescript', source), []);
  });
});
