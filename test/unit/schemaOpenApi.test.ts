import * as assert from 'assert';
import { openApiFacts } from '../../src/core/languages/schema/openApiAdapter';
import { declarations, findingsOf } from './helpers';
import { assertIncludesAll, commentsOf, factsOf, lines, nameRanges } from './schemaTestSupport';

const OPENAPI_YAML = lines(
  'openapi: 3.0.3 # version',
  'info:',
  '  contact:',
  '    email: team@example.com',
  'paths:',
  '  /patients/{id}:',
  '    parameters:',
  '      - name: id',
  '        in: path',
  '        schema: {type: string, format: uuid}',
  '    get:',
  '      operationId: getPatient',
  '      parameters:',
  '        - name: "email"',
  '          in: query',
  '          schema: {type: string, format: email}',
  '        - {name: X-Patient-Phone, in: header, schema: {type: string}}',
  "        - $ref: '#/components/parameters/Page'",
  '      responses:',
  "        '200':",
  '          description: "# not a comment"',
  '          content:',
  '            application/json:',
  '              schema:',
  '                properties:',
  '                  diagnosis: {type: string}',
  '              examples:',
  '                sample: {value: {properties: {ssn: 1}}}',
  '    post:',
  '      responses:',
  '        default:',
  '          description: |',
  '            # not a comment either',
  '          content:',
  '            application/json:',
  '              schema:',
  '                properties:',
  '                  errorMessage: {type: string}',
  'components:',
  '  parameters:',
  '    Page: {name: page, in: query, schema: {type: integer}}',
  '  schemas:',
  '    Patient:',
  '      title: PatientRecord',
  '      properties:',
  "        'email': {type: string, format: email} # quoted key",
  '        contact: {type: string, format: email}',
  '        address:',
  '          properties:',
  '            street: {type: string}',
  '        contacts:',
  '          type: array',
  '          items:',
  '            title: Contact',
  '            properties:',
  "              phone: {type: [string, 'null']}",
  "        doctor: {$ref: '#/components/schemas/Doctor'}",
  '        properties: {type: string}',
  '    Doctor:',
  '      allOf:',
  "        - $ref: '#/components/schemas/Person'",
  '        - properties:',
  '            licence: {type: string}',
  '      example: {properties: {fake: 1}}',
);

const SWAGGER_JSON = JSON.stringify(
  {
    swagger: '2.0',
    paths: {
      '/patients': {
        post: {
          operationId: 'createPatient',
          parameters: [
            { name: 'body', in: 'body', schema: { $ref: '#/definitions/Patient' } },
            { name: 'nationalId', in: 'formData', type: 'string' },
            { name: 'email', in: 'query', type: 'string', format: 'email' },
          ],
        },
      },
    },
    definitions: { Patient: { type: 'object', properties: { fullName: { type: 'string' }, ssn: { type: 'string' } } } },
  },
  null,
  2,
);

describe('schema adapter: OpenAPI and JSON Schema', () => {
  it('OpenAPI 3 in YAML: schema properties at any depth, owned by schema name, title or parent property; parameters owned by their operation', async () => {
    assert.deepStrictEqual(declarations(await factsOf('yaml', OPENAPI_YAML)), [
      'field /patients/{id}.id: uuid @8',
      'field getPatient.email: email @14',
      'field getPatient.X-Patient-Phone: string @17',
      'field getPatient.diagnosis: string @26',
      'field POST /patients/{id}.errorMessage: string @38',
      'field page: integer @41',
      'field Patient.email: email @46',
      'field Patient.contact: email @47',
      'field Patient.address @48',
      'field address.street: string @50',
      'field Patient.contacts: array @51',
      'field Contact.phone: string | null @56',
      'field Patient.doctor: Doctor @57',
      'field Patient.properties: string @58',
      'field Doctor.licence: string @63',
    ]);
  });

  it('YAML: exact name ranges without quotes, and # comments but not # inside strings or block scalars', async () => {
    const facts = await factsOf('yaml', OPENAPI_YAML);
    assert.deepStrictEqual(nameRanges(OPENAPI_YAML, facts).slice(0, 3), ['8:14=id', '14:17=email', '17:17=X-Patient-Phone']);
    assert.deepStrictEqual(nameRanges(OPENAPI_YAML, facts)[6], '46:9=email');
    assert.deepStrictEqual(commentsOf(OPENAPI_YAML, facts), ['1:15=# version', '46:47=# quoted key']);
  });

  it('Swagger 2 in JSON: definitions, formData and query parameters; a body parameter is not a field, its schema is', async () => {
    const facts = await factsOf('json', SWAGGER_JSON);
    assert.deepStrictEqual(declarations(facts), [
      'field createPatient.nationalId: string @16',
      'field createPatient.email: email @21',
      'field Patient.fullName: string @34',
      'field Patient.ssn: string @37',
    ]);
    assert.deepStrictEqual(nameRanges(SWAGGER_JSON, facts), ['16:21=nationalId', '21:21=email', '34:9=fullName', '37:9=ssn']);
  });

  it('JSON Schema: by $schema (owner the title, $defs by name, nested by property), or by top-level properties with type object', async () => {
    const jsonSchema = lines(
      '{',
      '  "$schema": "https://json-schema.org/draft/2020-12/schema",',
      '  "title": "LabResult", // JSON with comments',
      '  "properties": {',
      '    "patient": { "type": "object", "properties": { "dateOfBirth": { "type": "string", "format": "date" } } },',
      '    "home": { "$ref": "#/$defs/Address" }',
      '  },',
      '  "$defs": { "Address": { "properties": { "postcode": { "type": "string" } } } }',
      '}',
    );
    const facts = await factsOf('jsonc', jsonSchema);
    assert.deepStrictEqual(declarations(facts), [
      'field LabResult.patient: object @5',
      'field patient.dateOfBirth: date @5',
      'field LabResult.home: Address @6',
      'field Address.postcode: string @8',
    ]);
    assert.deepStrictEqual(commentsOf(jsonSchema, facts), ['3:24=// JSON with comments']);
    const yamlSchema = lines('type: object', 'properties:', '  nhsNumber: {type: string}');
    assert.deepStrictEqual(declarations(await factsOf('yaml', yamlSchema)), ['field nhsNumber: string @3']);
    const withByteOrderMark = '\uFEFFopenapi: 3.1.0\ncomponents: {schemas: {P: {properties: {email: {}}}}}';
    assert.deepStrictEqual(declarations(await factsOf('yaml', withByteOrderMark)), ['field P.email @2']);
  });

  it('other YAML and JSON files give empty facts, comments included', async () => {
    const packageJson = JSON.stringify({ name: 'x', contributes: { configuration: { properties: { 'x.email': { type: 'string' } } } } });
    const tsconfig = '{\n  "$schema": "https://json.schemastore.org/tsconfig", // config\n  "compilerOptions": { "strict": true }\n}';
    const workflow = lines('# CI', 'name: ci', 'on: [push]', 'jobs:', '  test:', '    runs-on: ubuntu-latest', '    steps:', '      - run: npm test # all');
    const crd = lines('apiVersion: apiextensions.k8s.io/v1', 'kind: CustomResourceDefinition', 'spec:', '  versions:', '    - schema:', '        openAPIV3Schema:', '          type: object', '          properties:', '            email: {type: string}');
    for (const [languageId, text] of [['json', packageJson], ['jsonc', tsconfig], ['yaml', workflow], ['yaml', crd]] as const) {
      assert.deepStrictEqual(await factsOf(languageId, text), { languageId: languageId === 'jsonc' ? 'json' : languageId, declarations: [], calls: [], comments: [] }, text);
    }
  });

  it('a lock file of many megabytes is turned away before any parse', () => {
    const entry = (i: number): string => `"node_modules/pkg${i}": {"version": "1.0.${i}", "resolved": "https://registry.example/pkg${i}.tgz", "integrity": "sha512-abc"}`;
    const lockFile = `{"name": "x", "lockfileVersion": 3, "packages": {${Array.from({ length: 60_000 }, (_, i) => entry(i)).join(',\n')}}}`;
    const started = Date.now();
    assert.deepStrictEqual(openApiFacts(lockFile, 'json').declarations, []);
    assert.ok(Date.now() - started < 1000, `took ${Date.now() - started} ms for ${lockFile.length} characters`);
  });

  it('partial or invalid input: keeps what was read before the break, never throws', () => {
    const cutYaml = OPENAPI_YAML.slice(0, OPENAPI_YAML.indexOf("'email': {type: str") + 19);
    assert.deepStrictEqual(declarations(openApiFacts(cutYaml, 'yaml')).slice(-1), ['field Patient.email: str @46']);
    const cutJson = SWAGGER_JSON.slice(0, SWAGGER_JSON.indexOf('"ssn"') + 3);
    assert.deepStrictEqual(declarations(openApiFacts(cutJson, 'json')).slice(-2), ['field Patient.fullName: string @34', 'field Patient.ss @37']);
    const invalid = ['openapi:', 'openapi: 3\npaths: [', '{"openapi": ', '{"openapi": "3", "components": {"schemas": {"P": {"properties": {"a": }}}}}', 'openapi: 3\n\t- x: [}', '"openapi": *alias'];
    for (const text of invalid) {
      for (const languageId of ['yaml', 'json']) {
        assert.doesNotThrow(() => openApiFacts(text, languageId), text);
      }
    }
  });

  it('end to end: properties and parameters are reported, a property typed by format email too', async () => {
    assertIncludesAll(await findingsOf('personal-data-field', 'yaml', OPENAPI_YAML), ['14:email', '17:X-Patient-Phone', '46:email', '47:contact', '56:phone']);
    assertIncludesAll(await findingsOf('sensitive-personal-data-field', 'yaml', OPENAPI_YAML), ['26:diagnosis']);
    assertIncludesAll(await findingsOf('sensitive-personal-data-field', 'json', SWAGGER_JSON), ['16:nationalId', '37:ssn']);
  });
});
