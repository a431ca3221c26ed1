import * as assert from 'assert';
import { calls, declarations, findingsOf, scanner } from './helpers';

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

  it('reads long chains and deep nesting without overflowing the stack', async () => {
    const chain = 'a' + '.b'.repeat(3000);
    const nested = '('.repeat(2000) + 'patient.email' + ')'.repeat(2000);
    const facts = await scanner.extractFacts(`logger.info(${chain}, ${nested})`, 'ruby');
    assert.strictEqual(facts.calls[0]?.arguments[0]?.references[0]?.path.length, 3001);
    assert.deepStrictEqual(facts.calls[0]?.arguments[1]?.references[0]?.path, ['patient', 'email']);
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
