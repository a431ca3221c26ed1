import * as assert from 'assert';
import { minimisationFor, reducedFieldName } from '../../src/core/taxonomy/minimisation';
import { scan } from './helpers';

describe('privacy-by-design suggestions', () => {
  it('suggest a less identifying form for the categories that have one', () => {
    assert.match(minimisationFor('user.demographic.date_of_birth')?.suggestion ?? '', /birth year or an age band/);
    assert.match(minimisationFor('user.government_id.national_identification_number.sg_nric_fin')?.suggestion ?? '', /last four/);
    assert.strictEqual(minimisationFor('user.name.first'), undefined);
  });

  it('suggest a hash for an email only where it serves analytics', () => {
    assert.strictEqual(minimisationFor('user.contact.email', 'Customer'), undefined);
    assert.match(minimisationFor('user.contact.email', 'SignupEvent')?.suggestion ?? '', /keyed hash/);
  });

  it('name the reduced field in the identifier’s own style, keeping the words around the data', () => {
    assert.strictEqual(reducedFieldName('dateOfBirth', 'date of birth', 'birth year'), 'birthYear');
    assert.strictEqual(reducedFieldName('patient_date_of_birth', 'date of birth', 'birth year'), 'patient_birth_year');
    assert.strictEqual(reducedFieldName('DateOfBirth', 'date of birth', 'birth year'), 'BirthYear');
    assert.strictEqual(reducedFieldName('patientDob', 'dob', 'birth year'), 'patientBirthYear');
    assert.strictEqual(reducedFieldName('CARD_NUMBER', 'card number', 'card last4'), 'CARD_LAST4');
  });

  it('appear in the finding’s message with the law that asks for it', async () => {
    const { findings } = await scan('typescript', 'class Patient { dateOfBirth: Date }');
    assert.match(findings[0]?.message ?? '', /Privacy by design: a birth year or an age band often serves instead of the full date of birth \(GDPR Art\. 5\(1\)\(c\), 25\)\./);
  });
});
