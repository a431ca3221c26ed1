import * as assert from 'assert';
import { protobufFacts } from '../../src/core/languages/schema/protobufAdapter';
import { declarations, findingsOf } from './helpers';
import { annotationsOf, assertIncludesAll, commentsOf, factsOf, lines, nameRanges } from './schemaTestSupport';

const PROTO = lines(
  'syntax = "proto3";',
  'package clinic.v1;',
  'import "google/protobuf/timestamp.proto";',
  'option go_package = "example.com/clinic;clinic";',
  '// A patient. message Fake { string ssn = 1; }',
  'message Patient {',
  '  string email = 1 [json_name = "emailAddress", (validate.rules).string.email = true];',
  '  repeated string phones = 2;',
  '  map<string, string> tags = 3;',
  '  oneof contact {',
  '    string postal_address = 4;',
  '    .clinic.v1.Pager pager = 5;',
  '  }',
  '  /* nested */ message Address {',
  '    optional string street = 1;',
  '    enum Kind { HOME = 0; WORK = 1; }',
  '  }',
  '  google.protobuf.Timestamp born_at = 6;',
  '  reserved 7, 8 to 10;',
  '  reserved "ssn";',
  '  option deprecated = true;',
  '  Address home = 11;',
  '}',
  'enum Status { ACTIVE = 0; }',
  'service Patients { rpc Get(GetRequest) returns (Patient) { option idempotency_level = NO_SIDE_EFFECTS; } }',
  'extend google.protobuf.FieldOptions { optional string pii_category = 50000; }',
);

describe('schema adapter: protobuf', () => {
  it('message fields, map, oneof and nested messages (owned by the innermost), extends; enums and services give nothing', async () => {
    assert.deepStrictEqual(declarations(await factsOf('proto3', PROTO)), [
      'field Patient.email: string @7',
      'field Patient.phones: string @8',
      'field Patient.tags: map<string, string> @9',
      'field Patient.postal_address: string @11',
      'field Patient.pager: .clinic.v1.Pager @12',
      'field Address.street: string @15',
      'field Patient.born_at: google.protobuf.Timestamp @18',
      'field Patient.home: Address @22',
      'field FieldOptions.pii_category: string @26',
    ]);
    const proto2 = 'syntax = "proto2";\nmessage R { optional group Result = 1 { required string url = 2; } required string email = 3; }';
    assert.deepStrictEqual(declarations(await factsOf('protobuf', proto2)), ['field R.email: string @2']);
  });

  it('field options as annotations; // and /* */ comments; exact name ranges', async () => {
    const facts = await factsOf('proto', PROTO);
    assert.deepStrictEqual(annotationsOf(facts), ['Patient.email: json_name = "emailAddress" (validate.rules).string.email = true']);
    assert.deepStrictEqual(commentsOf(PROTO, facts), ['5:0=// A patient. message Fake { string ssn = 1; }', '14:2=/* nested */']);
    assert.deepStrictEqual(nameRanges(PROTO, facts).slice(0, 3), ['7:9=email', '8:18=phones', '9:22=tags']);
  });

  it('partial input: a missing semicolon does not swallow the next field, an open message still yields its fields, nothing throws', () => {
    const text = lines('message A {', '  string email = 1', '  string phone = 2;', '  string name', '', 'message B {', '  string ssn = 1;');
    assert.deepStrictEqual(declarations(protobufFacts(text, 'proto3')), [
      'field A.email: string @2',
      'field A.phone: string @3',
      'field A.name: string @4',
      'field B.ssn: string @7',
    ]);
    for (const partial of ['', 'message', 'message A {', 'message A { map<string', 'message A { string x = 1 [', 'message A { oneof x {', "message A { string x = 1 [default = 'open", '/* open']) {
      assert.doesNotThrow(() => protobufFacts(partial, 'proto3'), partial);
    }
  });

  it('end to end: personal data fields are reported', async () => {
    assertIncludesAll(await findingsOf('personal-data-field', 'proto3', PROTO), ['7:email', '8:phones', '11:postal_address']);
  });
});
