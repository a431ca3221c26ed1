import * as assert from 'assert';
import { assignments, calls, declarations, findingsOf, literals, read, scanner } from './helpers';

const PATIENTS_MIGRATION = [
  '# frozen_string_literal: true',
  'class CreatePatients < ActiveRecord::Migration[7.1]',
  '  def change',
  '    create_table :patients do |t|',
  '      t.string :first_name, :last_name, null: false',
  '      t.string :email, index: { unique: true }',
  '      t.date :date_of_birth',
  '      t.text :diagnosis',
  '      t.string :password_digest',
  '      t.column :phone, :string',
  '      t.references :clinic',
  '      t.index :email',
  '      t.timestamps',
  '    end',
  '    add_column :patients, :nric, :string',
  '    create_table :products do |t|',
  '      t.string :name',
  '    end',
  '  end',
  'end',
].join('\n');

const SCHEMA = [
  'ActiveRecord::Schema[7.1].define(version: 2024_05_01_120000) do',
  '  create_table "patients", force: :cascade do |t|',
  '    t.string "email", default: "", null: false',
  '    t.string "blood_type"',
  '    t.datetime "created_at", null: false',
  '  end',
  'end',
].join('\n');

const PATIENT_MODEL = [
  'class Patient < ApplicationRecord',
  '  attr_accessor :phone, :locale',
  '  attribute :birthday, :date',
  '  encrypts :nric, deterministic: true',
  '  validates :email, presence: true',
  '  has_secure_password',
  'end',
  '',
  'class Contact',
  '  def initialize(name:, email: nil)',
  '    @name = name',
  '    @email = email',
  '    greeting = "Hello #{name}"',
  '  end',
  'end',
].join('\n');

const BOOKING_SERVICE = [
  'class BookingService',
  '  def book(patient, product)',
  '    Rails.logger.info("Booked #{patient.email} for #{patient.phone}")',
  '    logger.warn "no slot for #{patient.full_name}", patient[:date_of_birth]',
  '    Rails.logger.info({ event: "booked", email: patient.email, "id" => patient.id }.to_json)',
  '    Rails.logger.debug { "payload #{@patient.email.downcase}" }',
  '    logger.info(product.name)',
  '    BookingMailer.confirm(patient.email).deliver_later',
  '    logger.error(event: "failed", phone: patient.phone)',
  '  end',
  'end',
].join('\n');

describe('Ruby adapter', () => {
  it('reads migration columns, several per call, with the table as owner and the column method as type', async () => {
    const facts = await scanner.extractFacts(PATIENTS_MIGRATION, 'ruby');
    assert.deepStrictEqual(declarations(facts), [
      'parameter t @4',
      'field patients.first_name: string @5',
      'field patients.last_name: string @5',
      'field patients.email: string @6',
      'field patients.date_of_birth: date @7',
      'field patients.diagnosis: text @8',
      'field patients.password_digest: string @9',
      'field patients.phone: string @10',
      'field patients.nric: string @15',
      'parameter t @16',
      'field products.name: string @17',
    ]);
  });

  it('reads db/schema.rb tables named by strings', async () => {
    const facts = await scanner.extractFacts(SCHEMA, 'ruby');
    assert.deepStrictEqual(declarations(facts), [
      'parameter t @2',
      'field patients.email: string @3',
      'field patients.blood_type: string @4',
      'field patients.created_at: datetime @5',
    ]);
  });

  it('reads model attributes and the instance variables set in initialize; encrypts and validates declare nothing', async () => {
    const facts = await scanner.extractFacts(PATIENT_MODEL, 'ruby');
    assert.deepStrictEqual(declarations(facts), [
      'field Patient.phone @2',
      'field Patient.locale @2',
      'field Patient.birthday: date @3',
      'parameter name @10',
      'parameter email @10',
      'field Contact.name @11',
      'field Contact.email @12',
      'variable greeting @13',
    ]);
  });

  it('reads the members of Struct.new and Data.define as fields of the constant they define', async () => {
    const source = 'Person = Struct.new(:name, :email)\nclass Visit < Data.define(:diagnosis)\nend';
    const facts = await scanner.extractFacts(source, 'ruby');
    assert.deepStrictEqual(declarations(facts), ['field Person.name @1', 'field Person.email @1', 'field Visit.diagnosis @2']);
  });

  it('points each declaration at its name, without the colon, the quotes or the @', async () => {
    const facts = await scanner.extractFacts('create_table "patients" do |t|\n  t.string :email, "phone"\nend\ndef initialize\n  @ssn = 1\nend', 'ruby');
    assert.deepStrictEqual(
      facts.declarations.filter((d) => d.kind === 'field').map((d) => [d.name, d.range.start.line, d.range.start.column, d.range.end.column]),
      [
        ['email', 1, 12, 17],
        ['phone', 1, 20, 25],
        ['ssn', 4, 3, 6],
      ],
    );
  });

  it('reads calls with and without parentheses, interpolation, hashes and keyword arguments (values, not keys), subscripts and log blocks', async () => {
    const facts = await scanner.extractFacts(BOOKING_SERVICE, 'ruby');
    assert.deepStrictEqual(calls(facts), [
      'Rails.logger.info(patient.email+patient.phone)',
      'logger.warn(patient.full_name, patient.date_of_birth)',
      'Rails.logger.info(patient.email+patient.id)',
      'Rails.logger.debug(self.patient.email)',
      'logger.info(product.name)',
      'BookingMailer.confirm(patient.email)',
      'logger.error(, patient.phone)',
    ]);
  });

  it('reads the calls a value passes through on its way into an argument, outermost first; value methods keep the chain', async () => {
    const source = [
      'logger.info(redact(user.email), Digest::SHA256.hexdigest(user.email), user.email.downcase)',
      "logger.info(user.email.gsub(/@.*/, ''), patients.count, users.where(active: true).count, mask(user.phone).to_s)",
    ].join('\n');
    const facts = await scanner.extractFacts(source, 'ruby');
    assert.deepStrictEqual(
      facts.calls.filter((c) => c.calleePath.join('.') === 'logger.info').map((c) => c.arguments.map((a) => a.references.map(read).join('+'))),
      [
        ['user.email<redact', 'Digest.SHA256<hexdigest+user.email<hexdigest', 'user.email'],
        ['user.email<gsub', 'patients.count', 'users<count<where', 'user.phone<mask'],
      ],
    );
  });

  it('keys every call and assignment by its enclosing method, block or lambda', async () => {
    const source = ['log_it(a)', 'def f(u)', '  e = u.email', '  log_it(e)', '  u.tap do |x|', '    y = x', '    log_it(y)', '  end', 'end', 'g = ->(q) { log_it(q) }'].join('\n');
    const facts = await scanner.extractFacts(source, 'ruby');
    const method = String(source.indexOf('def f'));
    const block = String(source.indexOf('do |x|'));
    const lambda = String(source.indexOf('{ log_it(q)'));
    assert.deepStrictEqual(
      facts.calls.map((c) => [c.calleePath.join('.'), c.scope]),
      [
        ['log_it', ''],
        ['log_it', method],
        ['u.tap', method],
        ['log_it', block],
        ['log_it', lambda],
      ],
    );
    assert.deepStrictEqual(
      facts.assignments?.map((a) => [a.name, a.scope]),
      [
        ['e', method],
        ['y', block],
        ['g', ''],
      ],
    );
  });

  it('reads assignments: locals, instance variables, setters, pairs of lists and compound assignments; not several names from one value', async () => {
    const source = [
      'e = user.email',
      '@contact = redact(user.phone)',
      'a, b = u.phone, u.nric',
      "line = 'x'",
      'line += user.name',
      'http.use_ssl = false',
      'both = u.phone, u.nric',
      'c, d = load',
      'f, *g = u.a, u.b',
      'h, i = *pair',
      "ENV['X'] = u.a",
    ].join('\n');
    const facts = await scanner.extractFacts(source, 'ruby');
    assert.deepStrictEqual(assignments(facts), [
      'e = user.email @1',
      '@contact = user.phone<redact @2',
      'a = u.phone @3',
      'b = u.nric @3',
      'line =  @4',
      'line = line+user.name @5',
      'http.use_ssl =  @6',
      'both = u.phone+u.nric @7',
    ]);
    assert.deepStrictEqual(
      facts.assignments?.slice(0, 1).map((a) => [a.range, a.value[0]?.range]),
      [[{ start: { line: 0, column: 0 }, end: { line: 0, column: 1 } }, { start: { line: 0, column: 4 }, end: { line: 0, column: 14 } }]],
    );
  });

  it('reads literals with their kind, value as written, exact range, key and the call they are passed to', async () => {
    const source = [
      "Net::HTTP.get(URI('http://api.acme.com/v1'))",
      "conn = Faraday.new(url: \"http://#{host}/x\", ssl: { verify: false, verify_mode: OpenSSL::SSL::VERIFY_NONE }, 'retries' => 3, :timeout => 2.5)",
      "cipher = OpenSSL::Cipher.new('des-ede3-cbc')",
      'http.use_ssl = FALSE_FLAG',
      'http.use_ssl = false',
      "@base_url = %q(http://b.acme.com); $debug = true; ENV['NODE_TLS_REJECT_UNAUTHORIZED'] = '0'",
      'body = <<~TEXT',
      '  http://c.acme.com',
      'TEXT',
      'tail = <<~END',
      'INSIDE',
      'END',
    ].join('\n');
    const facts = await scanner.extractFacts(source, 'ruby');
    assert.deepStrictEqual(literals(facts, source), [
      "string http://api.acme.com/v1 (URI) @1:'http://api.acme.com/v1'",
      'string http://#{host}/x [url] @2:"http://#{host}/x"',
      'boolean false [verify] @2:false',
      "string retries @2:'retries'",
      'number 3 [retries] @2:3',
      'number 2.5 [timeout] @2:2.5',
      "string des-ede3-cbc (OpenSSL.Cipher.new) @3:'des-ede3-cbc'",
      'boolean false [use_ssl] @5:false',
      'string http://b.acme.com [base_url] @6:%q(http://b.acme.com)',
      'boolean true [debug] @6:true',
      "string NODE_TLS_REJECT_UNAUTHORIZED @6:'NODE_TLS_REJECT_UNAUTHORIZED'",
      "string 0 [NODE_TLS_REJECT_UNAUTHORIZED] @6:'0'",
      'string   http://c.acme.com @7:⏎  http://c.acme.com⏎TEXT',
      'string INSIDE @10:⏎INSIDE⏎END',
    ]);
  });

  it('reports line and =begin comments with their ranges', async () => {
    const facts = await scanner.extractFacts('x = 1 # note\n=begin\nblock\n=end\n', 'ruby');
    assert.deepStrictEqual(
      facts.comments.map((c) => [c.text, c.range.start.line, c.range.start.column]),
      [
        ['# note', 0, 6],
        ['=begin\nblock\n=end', 1, 0],
      ],
    );
  });

  it('reads what it can of broken code without throwing', async () => {
    const source = 'create_table :patients do |t|\n  t.string :email\nend\nx = )\nlogger.info(patient.email)\n';
    const facts = await scanner.extractFacts(source, 'ruby');
    assert.ok(declarations(facts).includes('field patients.email: string @2'));
    assert.ok(calls(facts).includes('logger.info(patient.email)'));
  });

  it('reads assignments and literals of broken code without throwing', async () => {
    const source = "def f(u)\n  e = u.email\n  x = )\n  a, = u\n  url = 'http://a.acme.com\n  logger.info(e, 'http://b.acme.com')\n";
    const facts = await scanner.extractFacts(source, 'ruby');
    assert.ok(assignments(facts).includes('e = u.email @2'));
    assert.ok(Array.isArray(facts.literals));
  });

  it('reads long chains and deep nesting without overflowing the stack', async () => {
    const chain = 'a' + '.b'.repeat(3000);
    const nested = '('.repeat(2000) + 'patient.email' + ')'.repeat(2000);
    const facts = await scanner.extractFacts(`logger.info(${chain}, ${nested})`, 'ruby');
    assert.strictEqual(facts.calls[0]?.arguments[0]?.references[0]?.path.length, 3001);
    assert.deepStrictEqual(facts.calls[0]?.arguments[1]?.references[0]?.path, ['patient', 'email']);
  });

  it('reads values through deeply nested calls and deep blocks without overflowing the stack', async () => {
    const nested = 'f('.repeat(300) + 'patient.email' + ')'.repeat(300);
    const blocks = 'x.each do\n'.repeat(1000) + 'e = 1\n' + 'end\n'.repeat(1000);
    const facts = await scanner.extractFacts(`logger.info(${nested})\n${blocks}`, 'ruby');
    assert.strictEqual(facts.calls[0]?.arguments[0]?.references[0]?.through?.length, 300);
    assert.ok(facts.assignments?.some((a) => a.name === 'e' && a.scope !== ''));
  });
});

describe('Ruby adapter with the rules', () => {
  it('reports the personal and sensitive columns of a migration, not a password digest or a product name', async () => {
    assert.deepStrictEqual(await findingsOf('personal-data-field', 'ruby', PATIENTS_MIGRATION), [
      '5:first_name',
      '5:last_name',
      '6:email',
      '7:date_of_birth',
      '10:phone',
    ]);
    assert.deepStrictEqual(await findingsOf('sensitive-personal-data-field', 'ruby', PATIENTS_MIGRATION), ['8:diagnosis', '15:nric']);
  });

  it('reports the personal attributes of models and schema tables', async () => {
    assert.deepStrictEqual(await findingsOf('personal-data-field', 'ruby', SCHEMA), ['3:email']);
    assert.deepStrictEqual(await findingsOf('sensitive-personal-data-field', 'ruby', SCHEMA), ['4:blood_type']);
    assert.deepStrictEqual(await findingsOf('personal-data-field', 'ruby', PATIENT_MODEL), ['2:phone', '3:birthday', '11:name', '12:email']);
    assert.deepStrictEqual(await findingsOf('sensitive-personal-data-field', 'ruby', PATIENT_MODEL), [], '`encrypts :nric` refers to a column declared in a migration');
  });

  it('reports personal data written through Rails.logger and logger, not to mailers or from products', async () => {
    assert.deepStrictEqual(await findingsOf('personal-data-in-log', 'ruby', BOOKING_SERVICE), [
      '3:patient.email',
      '4:patient.full_name',
      '5:patient.email',
      '6:@patient.email.downcase',
      '9:patient.phone',
    ]);
  });
});
