import * as assert from 'assert';
import { graphqlFacts } from '../../src/core/languages/schema/graphqlAdapter';
import { declarations, findingsOf } from './helpers';
import { annotationsOf, assertIncludesAll, commentsOf, factsOf, lines, nameRanges } from './schemaTestSupport';

const SDL = lines(
  '# Public API',
  'scalar DateTime',
  'enum Gender { WOMAN MAN }',
  'union SearchResult = Patient | Clinic',
  'schema { query: Query }',
  '"""',
  'A patient. # not a comment',
  '"""',
  'type Patient implements Node & Person @key(fields: "id") {',
  '  id: ID!',
  '  "Where we write to"',
  '  email: String! @deprecated(reason: "use contacts") # contact',
  '  orders(first: Int = 10, after: String): [Order!]!',
  '  type: String',
  '  matrix: [[Float]]',
  '}',
  'input PatientInput { dateOfBirth: DateTime, phone: String = "+44" }',
  'interface Person {',
  '  fullName: String',
  '}',
  'extend type Query {',
  '  patient(email: String!): Patient',
  '}',
);

describe('schema adapter: GraphQL SDL', () => {
  it('fields of types, inputs, interfaces and extensions with the type as written; enums, unions and scalars give nothing', async () => {
    assert.deepStrictEqual(declarations(await factsOf('graphql', SDL)), [
      'field Patient.id: ID! @10',
      'field Patient.email: String! @12',
      'field Patient.orders: [Order!]! @13',
      'field Patient.type: String @14',
      'field Patient.matrix: [[Float]] @15',
      'field PatientInput.dateOfBirth: DateTime @17',
      'field PatientInput.phone: String @17',
      'field Person.fullName: String @19',
      'field Query.patient: Patient @22',
    ]);
    const operations = 'query GetPatient($id: ID!) { patient(id: $id) { email ...Contact } }\nfragment Contact on Patient { phone }';
    assert.deepStrictEqual(declarations(await factsOf('graphql', operations)), []);
  });

  it('directives as annotations; # comments, but not inside descriptions; exact name ranges', async () => {
    const facts = await factsOf('graphql', SDL);
    assert.deepStrictEqual(annotationsOf(facts), ['Patient.email: @deprecated(reason: "use contacts")']);
    assert.deepStrictEqual(commentsOf(SDL, facts), ['1:0=# Public API', '12:53=# contact']);
    assert.deepStrictEqual(nameRanges(SDL, facts).slice(1, 3), ['12:2=email', '13:2=orders']);
  });

  it('partial input: an unclosed type ends at the next definition, a field without a type still counts, nothing throws', () => {
    const text = lines('type A {', '  email: String', '  phone', '', 'type B {', '  ssn: String', '}');
    assert.deepStrictEqual(declarations(graphqlFacts(text, 'graphql')), ['field A.email: String @2', 'field A.phone @3', 'field B.ssn: String @6']);
    for (const partial of ['', 'type', 'type A', 'type A {', 'type A { x: [', 'type A { x: String @', '"""open', 'type A { "open', '}}}{{{']) {
      assert.doesNotThrow(() => graphqlFacts(partial, 'graphql'), partial);
    }
  });

  it('end to end: personal data fields are reported', async () => {
    assertIncludesAll(await findingsOf('personal-data-field', 'graphql', SDL), ['12:email', '17:dateOfBirth', '17:phone', '19:fullName']);
  });
});
