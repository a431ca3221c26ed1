import * as assert from 'assert';
import { classifyIdentifier, isPersonRecordName } from '../../src/core/taxonomy/classifier';
import { isKnownCategory } from '../../src/core/taxonomy/categories';
import { TERMS } from '../../src/core/taxonomy/terms';

describe('classifyIdentifier', () => {
  const personal: [string, string | undefined, string][] = [
    ['email', undefined, 'user.contact.email'],
    ['emailAddress', 'Customer', 'user.contact.email'],
    ['e_mail', undefined, 'user.contact.email'],
    ['firstName', undefined, 'user.name.first'],
    ['dateOfBirth', undefined, 'user.demographic.date_of_birth'],
    ['DOB', undefined, 'user.demographic.date_of_birth'],
    ['userSSN', undefined, 'user.government_id.national_identification_number.us_ssn'],
    ['nric', undefined, 'user.government_id.national_identification_number.sg_nric_fin'],
    ['shenfenzheng', undefined, 'user.government_id.national_identification_number.cn_resident_identity_card'],
    ['hkidNumber', undefined, 'user.government_id.national_identification_number.hk_identity_card'],
    ['myKadNumber', undefined, 'user.government_id.national_identification_number.my_mykad'],
    ['aadhaar_no', undefined, 'user.government_id.national_identification_number.in_aadhaar'],
    ['panCardNumber', undefined, 'user.government_id.tax_id.in_pan'],
    ['rrn', 'Member', 'user.government_id.national_identification_number.kr_resident_registration_number'],
    ['myNumber', 'Employee', 'user.government_id.national_identification_number.jp_my_number'],
    ['correo', 'Cliente', 'user.contact.email'],
    ['geburtsdatum', undefined, 'user.demographic.date_of_birth'],
    ['xingming', undefined, 'user.name'],
    ['shouji', undefined, 'user.contact.phone_number'],
    ['emailHash', 'AnalyticsEvent', 'user.unique_id.pseudonymous'],
    ['isPregnant', 'Patient', 'user.health_and_medical'],
    ['value', 'LabResult', 'user.health_and_medical'],
    ['grade', 'Student', 'user.childrens'],
    ['block', 'RegisteredAddress', 'user.contact.address.street'],
    ['name', 'Patient', 'user.name'],
    ['patientName', undefined, 'user.name'],
    ['address', 'Customer', 'user.contact.address'],
    ['billingAddress', undefined, 'user.contact.address'],
    ['postalCode', undefined, 'user.contact.address.postal_code'],
    ['diagnosis', undefined, 'user.health_and_medical'],
    ['blood_type', 'Booking', 'user.health_and_medical'],
    ['phoneNumbers', undefined, 'user.contact.phone_number'],
  ];
  for (const [identifier, owner, category] of personal) {
    it(`classifies ${owner ? `${owner}.` : ''}${identifier} as ${category}`, () => {
      assert.strictEqual(classifyIdentifier(identifier, owner ? { owner } : {})?.category, category);
    });
  }

  const notPersonal: [string, string | undefined][] = [
    ['name', 'Product'],
    ['name', undefined],
    ['address', 'Server'],
    ['email', 'Company'],
    ['emailTemplateId', undefined],
    ['emailTemplate', 'Patient'],
    ['phoneFormat', undefined],
    ['nameRegex', 'User'],
    ['emailCount', undefined],
    ['isEmailVerified', 'User'],
    ['passwordHash', 'User'],
    ['raceCondition', undefined],
    ['fileName', undefined],
    ['maxNameLength', 'Patient'],
    ['sendEmail', undefined],
    ['fingerprint', 'Finding'],
    ['macAddress', 'Server'],
    ['memoryAddress', undefined],
    ['ipAddressRegex', undefined],
    ['passwordMinLength', 'User'],
    ['healthCheck', undefined],
    ['birthdayPromoEnabled', 'Customer'],
    ['companyPhone', undefined],
    ['vehicleName', 'Trip'],
    ['sortCode', 'Payee'],
    ['password', 'User'],
    ['grade', 'Employee'],
    ['value', 'Setting'],
    ['errorMessage', 'Patient'],
    ['emailPattern', undefined],
    ['phonePolicy', 'User'],
    ['emailVerificationUrl', 'User'],
    ['avatarUrlTemplate', 'User'],
    ['passwordDigest', 'User'],
  ];
  for (const [identifier, owner] of notPersonal) {
    it(`does not classify ${owner ? `${owner}.` : ''}${identifier}`, () => {
      assert.strictEqual(classifyIdentifier(identifier, owner ? { owner } : {}), undefined);
    });
  }

  it('reports a hash of an identifier as a pseudonymous id, and a masked value as the data in reduced form', () => {
    assert.deepStrictEqual(classifyIdentifier('hashedEmail', { owner: 'Subscriber' }), { category: 'user.unique_id.pseudonymous', matched: 'email', derivative: 'hash' });
    assert.deepStrictEqual(classifyIdentifier('cardNumberLast4', { owner: 'Customer' }), { category: 'user.financial', matched: 'last 4', derivative: 'mask' });
    assert.deepStrictEqual(classifyIdentifier('maskedPhone', { owner: 'Customer' }), { category: 'user.contact.phone_number', matched: 'phone', derivative: 'mask' });
    assert.strictEqual(classifyIdentifier('missedPaymentsLast12m', { owner: 'Borrower' })?.derivative, undefined, 'a time window is not a mask');
  });

  it('uses the declared type when the name says nothing', () => {
    assert.strictEqual(classifyIdentifier('contact', { typeText: 'EmailStr' })?.category, 'user.contact.email');
    assert.strictEqual(classifyIdentifier('contact', { typeText: 'string' }), undefined);
  });

  it('maps every term to a known fideslang or added category', () => {
    const unknown = TERMS.filter((t) => !isKnownCategory(t.category)).map((t) => `${t.words.join(' ')} -> ${t.category}`);
    assert.deepStrictEqual(unknown, []);
  });
});

describe('isPersonRecordName', () => {
  it('recognises names of whole person records', () => {
    for (const name of ['patient', 'currentUser', 'customers', 'newEmployee']) {
      assert.ok(isPersonRecordName(name), name);
    }
  });
  it('rejects ids, counts and things', () => {
    for (const name of ['userId', 'patientCount', 'product', 'personalSettings', 'users_table']) {
      assert.ok(!isPersonRecordName(name), name);
    }
  });
});

describe('classifier: pharmacy words, credentials and injected services', () => {
  it('knows medicines, dosage instructions and what was reported or discussed', () => {
    for (const name of ['medicine', 'dosageInstructions', 'controlledDrug', 'symptomsReported', 'SymptomsDiscussed', 'MedicineSummary']) {
      assert.strictEqual(classifyIdentifier(name)?.category, 'user.health_and_medical', name);
    }
    assert.strictEqual(classifyIdentifier('exemptionReason', { owner: 'PatientAccount' })?.category, 'user.health_and_medical');
    assert.strictEqual(classifyIdentifier('exemptionReason', { owner: 'TaxReturn' }), undefined);
  });

  it('reports PINs, passcodes and qualified passwords, not a bare or hashed password', () => {
    assert.strictEqual(classifyIdentifier('telephonePin')?.category, 'user.authorization.credentials');
    assert.strictEqual(classifyIdentifier('recovery_code')?.category, 'user.authorization.credentials');
    assert.strictEqual(classifyIdentifier('legacyPassword')?.category, 'user.authorization.password');
    assert.strictEqual(classifyIdentifier('password'), undefined);
    assert.strictEqual(classifyIdentifier('pinHash'), undefined);
    assert.strictEqual(classifyIdentifier('pinCode')?.category, 'user.contact.address.postal_code');
  });

  it('does not take an injected service for the data it serves', () => {
    assert.strictEqual(classifyIdentifier('prescriptions', { typeText: 'PrescriptionsService' }), undefined);
    assert.strictEqual(classifyIdentifier('patients', { typeText: 'Repository<Patient>' }), undefined);
    assert.strictEqual(classifyIdentifier('prescriptions', { typeText: 'Prescription[]' })?.category, 'user.health_and_medical');
  });
});
