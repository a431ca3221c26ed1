import * as assert from 'assert';
import { sqlFacts } from '../../src/core/languages/schema/sqlAdapter';
import { declarations, findingsOf } from './helpers';
import { commentsOf, factsOf, lines, nameRanges } from './schemaTestSupport';

describe('schema adapter: SQL DDL', () => {
  it('PostgreSQL: columns with their types as written; table constraints skipped', async () => {
    const text = lines(
      'CREATE TABLE IF NOT EXISTS clinic."Patients" (',
      '  id          BIGSERIAL PRIMARY KEY,',
      '  "Email"     VARCHAR(255) NOT NULL UNIQUE,',
      '  born_at     timestamp(3) with time zone,',
      '  balance     double precision DEFAULT 0,',
      '  tags        text[] DEFAULT \'{"a,b)"}\',',
      '  status      varchar(20) CHECK (status IN (\'new\', \'seen\')),',
      '  CONSTRAINT patients_email_key UNIQUE ("Email"),',
      '  PRIMARY KEY (id),',
      '  FOREIGN KEY (clinic_id) REFERENCES clinics (id),',
      '  UNIQUE (born_at),',
      '  EXCLUDE USING gist (born_at WITH =)',
      ');',
    );
    const facts = await factsOf('sql', text);
    assert.deepStrictEqual(declarations(facts), [
      'field Patients.id: BIGSERIAL @2',
      'field Patients.Email: VARCHAR(255) @3',
      'field Patients.born_at: timestamp(3) with time zone @4',
      'field Patients.balance: double precision @5',
      'field Patients.tags: text[] @6',
      'field Patients.status: varchar(20) @7',
    ]);
    assert.deepStrictEqual(nameRanges(text, facts).slice(0, 2), ['2:2=id', '3:3=Email']);
  });

  it('MySQL: backticks, KEY and INDEX lines, a column called key, table options', async () => {
    const text = lines(
      'CREATE TABLE `shop`.`customers` (',
      '  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,',
      '  `full_name` VARCHAR(120) CHARACTER SET utf8mb4 NOT NULL,',
      '  `kind` ENUM(\'a\', \'b\') NOT NULL, # trailing MySQL comment',
      '  key VARCHAR(50),',
      '  PRIMARY KEY (`id`),',
      '  UNIQUE KEY `uq_name` (`full_name`),',
      '  KEY `idx_kind` (`kind`),',
      '  INDEX (`kind`, `id`),',
      '  FULLTEXT KEY `ft` (`full_name`)',
      ') ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;',
    );
    const facts = await factsOf('sql', text);
    assert.deepStrictEqual(declarations(facts), [
      'field customers.id: INT UNSIGNED @2',
      'field customers.full_name: VARCHAR(120) @3',
      "field customers.kind: ENUM('a', 'b') @4",
      'field customers.key: VARCHAR(50) @5',
    ]);
    assert.deepStrictEqual(commentsOf(text, facts), ['4:34=# trailing MySQL comment']);
  });

  it('SQL Server: bracketed names and types, IDENTITY, GO batches without semicolons, temporary tables', async () => {
    const text = lines(
      'CREATE TABLE [dbo].[Residents] (',
      '  [ResidentId] INT IDENTITY(1,1) NOT NULL,',
      '  [Nric] [nvarchar](9) NOT NULL,',
      '  Notes NVARCHAR(MAX) MASKED WITH (FUNCTION = \'default()\') NULL',
      ')',
      'GO',
      'CREATE TABLE #visits (visit_id INT, diagnosis NVARCHAR(400))',
      'GO',
    );
    assert.deepStrictEqual(declarations(await factsOf('sql', text)), [
      'field Residents.ResidentId: INT @2',
      'field Residents.Nric: [nvarchar](9) @3',
      'field Residents.Notes: NVARCHAR(MAX) @4',
      'field #visits.visit_id: INT @7',
      'field #visits.diagnosis: NVARCHAR(400) @7',
    ]);
  });

  it('SQLite: columns without a type, AUTOINCREMENT, WITHOUT ROWID', async () => {
    const text = 'CREATE TABLE notes(id INTEGER PRIMARY KEY AUTOINCREMENT, author, body TEXT NOT NULL) WITHOUT ROWID;';
    assert.deepStrictEqual(declarations(await factsOf('sql', text)), ['field notes.id: INTEGER @1', 'field notes.author @1', 'field notes.body: TEXT @1']);
  });

  it('ALTER TABLE: ADD [COLUMN] [IF NOT EXISTS], several per statement, in each dialect', async () => {
    const text = lines(
      'ALTER TABLE patients ADD COLUMN religion VARCHAR(40);',
      'ALTER TABLE IF EXISTS ONLY public.patients',
      '  ADD COLUMN IF NOT EXISTS ip_address INET,',
      '  DROP COLUMN legacy,',
      '  ALTER COLUMN email SET NOT NULL,',
      '  ADD CONSTRAINT uq UNIQUE (ip_address),',
      '  ADD dnr_order BOOLEAN DEFAULT FALSE;',
      'ALTER TABLE [dbo].[Residents] ADD NextOfKinName NVARCHAR(120) NULL, NextOfKinMobile VARCHAR(12)',
      'GO',
      'ALTER TABLE `employees` ADD (`tax_id` VARCHAR(20), `home_lat` DECIMAL(9,6));',
      'ALTER TABLE patients RENAME COLUMN mail TO email;',
    );
    assert.deepStrictEqual(declarations(await factsOf('sql', text)), [
      'field patients.religion: VARCHAR(40) @1',
      'field patients.ip_address: INET @3',
      'field patients.dnr_order: BOOLEAN @7',
      'field Residents.NextOfKinName: NVARCHAR(120) @8',
      'field Residents.NextOfKinMobile: VARCHAR(12) @8',
      'field employees.tax_id: VARCHAR(20) @10',
      'field employees.home_lat: DECIMAL(9,6) @10',
    ]);
  });

  it('strings, dollar-quoted bodies, comments and COPY data never read as statements', async () => {
    const text = lines(
      "INSERT INTO audit VALUES ('CREATE TABLE fake (ssn TEXT)', 'it''s', 'O\\'Brien');",
      'CREATE FUNCTION f() RETURNS void AS $body$ CREATE TABLE fake2 (ssn TEXT); $body$ LANGUAGE sql;',
      '-- CREATE TABLE fake3 (ssn TEXT);',
      '/* CREATE TABLE fake4 (ssn TEXT); */',
      'COPY public.people (id, note) FROM stdin;',
      "1\tO'Brien's (CREATE TABLE fake5 (ssn TEXT)",
      '\\.',
      'CREATE INDEX idx ON patients (email);',
      'CREATE TABLE copy_of AS SELECT * FROM patients;',
      'CREATE VIEW v AS SELECT email FROM patients;',
      'CREATE TABLE real_one (email TEXT);',
    );
    assert.deepStrictEqual(declarations(await factsOf('sql', text)), ['field real_one.email: TEXT @11']);
  });

  it('comments as facts, markers included, with exact ranges', async () => {
    const text = lines('-- patients', 'CREATE TABLE p ( /* a', '  block */ email TEXT -- contact', ');');
    const facts = await factsOf('sql', text);
    assert.deepStrictEqual(commentsOf(text, facts), ['1:0=-- patients', '2:17=/* a\n  block */', '3:22=-- contact']);
    assert.deepStrictEqual(nameRanges(text, facts), ['3:11=email']);
  });

  it('partial input while typing: reads what it can and never throws', () => {
    assert.deepStrictEqual(declarations(sqlFacts('CREATE TABLE p (email TEXT, phone VARCH', 'sql')), ['field p.email: TEXT @1', 'field p.phone: VARCH @1']);
    assert.deepStrictEqual(declarations(sqlFacts('CREATE TABLE p (\n  email TEXT,\n\nCREATE TABLE q (ssn TEXT);', 'sql')), [
      'field p.email: TEXT @2',
      'field q.ssn: TEXT @4',
    ]);
    assert.deepStrictEqual(declarations(sqlFacts("CREATE TABLE p (note TEXT DEFAULT 'unfinished, email TEXT", 'sql')), ['field p.note: TEXT @1']);
    assert.deepStrictEqual(declarations(sqlFacts('CREATE TABLE a (x INT CHECK (x > 0;\nCREATE TABLE b (ssn TEXT);', 'sql')), ['field a.x: INT @1', 'field b.ssn: TEXT @2']);
    for (const text of ['', 'CREATE', 'CREATE TABLE', 'CREATE TABLE (', 'ALTER TABLE t ADD', '"unclosed', '[', '/* open', ')))(((']) {
      assert.doesNotThrow(() => sqlFacts(text, 'sql'), text);
    }
  });

  it('end to end: a personal and a sensitive column are reported by the field rules', async () => {
    const text = 'CREATE TABLE patients (email TEXT, diagnosis TEXT)';
    assert.deepStrictEqual(await findingsOf('personal-data-field', 'sql', text), ['1:email']);
    assert.deepStrictEqual(await findingsOf('sensitive-personal-data-field', 'sql', text), ['1:diagnosis']);
  });
});
