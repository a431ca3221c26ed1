import * as assert from 'assert';
import { prismaFacts } from '../../src/core/languages/schema/prismaAdapter';
import { declarations, findingsOf } from './helpers';
import { annotationsOf, assertIncludesAll, commentsOf, factsOf, lines, nameRanges } from './schemaTestSupport';

const SCHEMA = lines(
  '// Patient store',
  'datasource db {',
  '  provider = "postgresql"',
  '  url      = env("DATABASE_URL")',
  '}',
  'enum Gender {',
  '  WOMAN',
  '  MAN',
  '}',
  '/// A patient of the clinic.',
  'model Patient {',
  '  id        String   @id @default(cuid())',
  '  email     String   @unique @db.VarChar(255) @map("email_address") // contact',
  '  phone     String?',
  '  gender    Gender',
  '  visits    Visit[]',
  '  location  Unsupported("geometry(Point, 4326)")?',
  '  clinic    Clinic   @relation(fields: [clinicId], references: [id], onDelete: Cascade)',
  '  @@index([email, phone])',
  '  @@map("patients")',
  '}',
  'type Address {',
  '  street String',
  '}',
  'view PatientSummary {',
  '  fullName String @ignore',
  '}',
);

describe('schema adapter: Prisma', () => {
  it('fields of models, composite types and views with their types; block attributes, enums and settings skipped', async () => {
    assert.deepStrictEqual(declarations(await factsOf('prisma', SCHEMA)), [
      'field Patient.id: String @12',
      'field Patient.email: String @13',
      'field Patient.phone: String? @14',
      'field Patient.gender: Gender @15',
      'field Patient.visits: Visit[] @16',
      'field Patient.location: Unsupported("geometry(Point, 4326)")? @17',
      'field Patient.clinic: Clinic @18',
      'field Address.street: String @23',
      'field PatientSummary.fullName: String @26',
    ]);
  });

  it('field attributes as annotations, as written', async () => {
    assert.deepStrictEqual(annotationsOf(await factsOf('prisma', SCHEMA)), [
      'Patient.id: @id @default(cuid())',
      'Patient.email: @unique @db.VarChar(255) @map("email_address")',
      'Patient.clinic: @relation(fields: [clinicId], references: [id], onDelete: Cascade)',
      'PatientSummary.fullName: @ignore',
    ]);
  });

  it('// and /// comments, and name ranges', async () => {
    const facts = await factsOf('prisma', SCHEMA);
    assert.deepStrictEqual(commentsOf(SCHEMA, facts), ['1:0=// Patient store', '10:0=/// A patient of the clinic.', '13:68=// contact']);
    assert.deepStrictEqual(nameRanges(SCHEMA, facts).slice(0, 2), ['12:2=id', '13:2=email']);
  });

  it('partial input: an open model ends at the next block, a name without a type is not yet a field, nothing throws', () => {
    const text = lines('model A {', '  email String @default("unclosed', '  ema', '', 'model B {', '  phone String', '}');
    assert.deepStrictEqual(declarations(prismaFacts(text, 'prisma')), ['field A.email: String @2', 'field B.phone: String @6']);
    for (const partial of ['', 'model', 'model A', 'model A {', 'model A {\n  x String @', 'model A {\n  x String @db.', '@@@', '}}}{{{']) {
      assert.doesNotThrow(() => prismaFacts(partial, 'prisma'), partial);
    }
  });

  it('end to end: a model field holding personal data is reported', async () => {
    assertIncludesAll(await findingsOf('personal-data-field', 'prisma', SCHEMA), ['13:email', '14:phone', '26:fullName']);
  });
});
