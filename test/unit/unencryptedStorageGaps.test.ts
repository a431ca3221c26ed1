/**
 * What unencrypted-sensitive-storage cannot see yet, pinned so that a change in the facts shows
 * up here: each case says which fact is missing. Where the rule already reads the fact (type
 * declarations), a second case feeds it by hand to show the rule is ready for it.
 */
import * as assert from 'assert';
import type { SourceFacts, TypeDeclaration } from '../../src/core/facts';
import { UNENCRYPTED_SENSITIVE_STORAGE } from '../../src/core/rules/unencryptedStorage';
import { Classifier } from '../../src/core/taxonomy/vocabulary';
import { findingsOf, scanner } from './helpers';

const RULE = 'unencrypted-sensitive-storage';

const lines = (...source: string[]): string => source.join('\n');

/** The rule's findings (as field names) over an adapter's facts plus type declarations it does not emit yet. */
async function withTypes(languageId: string, source: string, types: TypeDeclaration[]): Promise<string[]> {
  const facts: SourceFacts = { ...(await scanner.extractFacts(source, languageId)), types };
  const text = source.split('\n');
  return UNENCRYPTED_SENSITIVE_STORAGE.check(facts, { classifier: Classifier.DEFAULT }).map((f) => text[f.range.start.line]!.slice(f.range.start.column, f.range.end.column));
}

function typeNamed(name: string, annotations: string[], superTypes: string[] = []): TypeDeclaration {
  const range = { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } };
  return { name, range, nameRange: range, annotations, superTypes };
}

describe('unencrypted-sensitive-storage: gaps pinned until the facts carry them', () => {
  it('GAP: SQL column constraints (ENCRYPTED WITH, DEFAULT pgp_sym_encrypt) are not facts, so such columns are still reported', async () => {
    const source = lines(
      'CREATE TABLE patients (',
      "  ssn VARCHAR(11) ENCRYPTED WITH (COLUMN_ENCRYPTION_KEY = CEK1, ENCRYPTION_TYPE = DETERMINISTIC, ALGORITHM = 'AEAD_AES_256_CBC_HMAC_SHA_256'),",
      "  diagnosis TEXT DEFAULT pgp_sym_encrypt('', 'k')",
      ');',
    );
    // Wanted: []. Missing fact: the SQL adapter's column declarations carry no annotations (constraints).
    assert.deepStrictEqual(await findingsOf(RULE, 'sql', source), ['2:ssn', '3:diagnosis']);
  });

  it('knows a Go struct that only embeds gorm.Model for a model, from the type facts', async () => {
    const source = lines('package store', 'type Patient struct {', '\tgorm.Model', '\tSSN string', '}');
    assert.deepStrictEqual(await findingsOf(RULE, 'go', source), ['4:SSN']);
    assert.deepStrictEqual(await withTypes('go', source, [typeNamed('Patient', [], ['gorm.Model'])]), ['SSN']);
  });

  it('knows a JPA @Entity or EF Core [Table] class with no field annotation for an entity, from the type facts', async () => {
    const java = lines('@Entity', 'public class Patient {', '    private String ssn;', '}');
    assert.deepStrictEqual(await findingsOf(RULE, 'java', java), ['3:ssn']);
    assert.deepStrictEqual(await withTypes('java', java, [typeNamed('Patient', ['@Entity'])]), ['ssn']);
    const csharp = lines('[Table("Patients")]', 'public class Patient {', '    public string Ssn { get; set; }', '}');
    assert.deepStrictEqual(await findingsOf(RULE, 'csharp', csharp), ['3:Ssn']);
    assert.deepStrictEqual(await withTypes('csharp', csharp, [typeNamed('Patient', ['[Table("Patients")]'])]), ['Ssn']);
  });

  it('GAP: encryption declared in another file (a Rails model\'s encrypts, a Laravel model\'s $casts, an EF Core DbContext) is not seen from the migration', async () => {
    // Wanted: [] when app/models/patient.rb says `encrypts :ssn`. Missing: facts across files (the rule sees one file).
    assert.deepStrictEqual(await findingsOf(RULE, 'ruby', lines('create_table :patients do |t|', '  t.string :ssn', 'end')), ['2:ssn']);
  });

  it('reads PHP 8 attributes on properties, so Doctrine entities and their encrypted types are known', async () => {
    const source = lines(
      '<?php',
      '#[ORM\\Entity]',
      'class Merchant {',
      '    #[ORM\\Column(length: 34)]',
      '    private string $settlementIban;',
      "    #[ORM\\Column(type: 'encrypted_string')]",
      '    private string $directorTaxId;',
      '}',
    );
    assert.deepStrictEqual(await findingsOf(RULE, 'php', source), ['5:settlementIban']);
  });

  it('GAP: a write through a Ruby global ($redis.set) loses its receiver in the call facts', async () => {
    // Wanted: ['2:patient.ssn']. Missing fact: the callee path of a call on a global variable (it is just `set`).
    assert.deepStrictEqual(await findingsOf(RULE, 'ruby', lines('def save(patient)', "  $redis.set('k', patient.ssn)", 'end')), []);
  });

  it('GAP: a C# writer declared with var is unknown (no assignment fact for `new StreamWriter(...)`)', async () => {
    const source = lines('class S {', '  void Save(Patient p) {', '    using var sw = new StreamWriter("p.txt");', '    sw.WriteLine(p.Ssn);', '  }', '}');
    // Wanted: ['4:p.Ssn']. Missing fact: what `sw` was assigned (the constructed type), as TypeScript's `new Schema(...)` gives.
    assert.deepStrictEqual(await findingsOf(RULE, 'csharp', source), []);
  });
});
