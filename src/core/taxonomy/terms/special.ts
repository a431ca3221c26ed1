/**
 * Terms for data the regulations single out: health, genetics, biometrics, beliefs and origins,
 * criminal history, government identifiers, money, and precise location. Which of these are
 * "sensitive" under which law is decided in sensitivity.ts, not here.
 */
import { contextual as c, inContext, strong as s, type Term } from './term';

const NATIONAL_ID = 'user.government_id.national_identification_number';

export const SPECIAL_TERMS: readonly Term[] = [
  // Health
  ...s('user.health_and_medical', 'diagnosis', 'diagnoses', 'medical history', 'medical condition', 'medical conditions', 'health condition', 'chronic conditions', 'allergy', 'allergies', 'medication', 'medications', 'prescription', 'prescriptions', 'symptom', 'symptoms', 'blood type', 'blood group', 'disability', 'disabilities', 'clinical notes', 'medical notes', 'health notes', 'lab result', 'lab results', 'vaccination', 'vaccinations', 'vaccination status', 'immunisation', 'immunization', 'immunisations', 'immunizations', 'pregnancy', 'mental health', 'psychiatric history', 'sick leave reason', 'sickness reason', 'illness', 'injury', 'injuries', 'special needs', 'special educational needs', 'hiv status', 'icd code', 'icd10', 'diagnosis code', 'treatment plan', 'medical certificate', 'health status', 'health declaration'),
  ...s('user.health_and_medical', 'reason for visit', 'chief complaint', 'blood pressure', 'blood pressure systolic', 'blood pressure diastolic', 'smoking status', 'smoker', 'hba1c', 'hba1c percent', 'loinc code', 'cpt code', 'referral letter', 'scanned referral letter', 'pregnant', 'pregnancy related', 'epi pen', 'epipen', 'disability adjustments', 'return to work adjustments', 'medical fitness notes', 'fitness notes', 'immunisations up to date', 'controlled substance', 'medications at school', 'educational psychologist report', 'psychologist report', 'sen status', 'sen needs', 'sen support', 'ehcp', 'brca1 variant', 'vcf file', 'raw vcf file', 'weight kg', 'height cm', 'heart rate', 'glucose', 'cholesterol', 'injuries observed', 'needs chaperone', 'sickness absence', 'sick note'),
  ...s('user.health_and_medical', 'sick days', 'sick days taken', 'hba 1 c', 'hba 1 c percent', 'icd 10', 'icd 10 code', 'absence reason', 'dietary requirements', 'dietary needs', 'primary need', 'primary need type', 'disability self identification', 'clinician note', 'clinician notes', 'conditions affecting driving', 'medical declaration', 'medical alert', 'dnr order', 'organ donor', 'access arrangements', 'camhs referral', 'camhs referral date', 'sen provision', 'vaccine code', 'wheelchair access needed', 'daily care', 'emergency procedure', 'symptoms and triggers', 'self administers', 'prescribed for', 'reception notes', 'medical or social need statement', 'medical need'),
  ...s('user.health_and_medical.genetic', 'brca 1', 'brca 1 variant', 'brca 2'),
  ...s('user.health_and_medical', 'medicine', 'medicines', 'dose instructions', 'dosage instructions', 'indication', 'controlled drug', 'breastfeeding', 'contraception', 'consultation answers', 'pharmacy only medicine'),
  ...inContext(['patient', 'prescription', 'rx'], 'user.health_and_medical', 'exemption reason'),
  ...c('user.health_and_medical', 'treatment', 'treatments', 'therapy', 'condition', 'conditions', 'dosage', 'height', 'weight', 'bmi', 'dietary requirements', 'sen', 'sickness'),
  ...s('user.health_and_medical.record_id', 'mrn', 'medical record number', 'medical record', 'nhs number', 'health record number'),
  ...s('user.health_and_medical.insurance_beneficiary_id', 'insurance number', 'insurance id', 'health insurance number', 'medicare number', 'medicaid number', 'insurance member id'),
  ...c('user.health_and_medical.insurance_beneficiary_id', 'policy number'),
  ...s('user.health_and_medical.genetic', 'genetic', 'genetic data', 'genetic test', 'dna', 'genome', 'genotype', 'genetic marker'),
  // Biometric
  ...c('user.biometric.fingerprint', 'fingerprint'),
  ...s('user.biometric.fingerprint', 'fingerprint image', 'fingerprint scan', 'fingerprint template', 'thumbprint'),
  ...s('user.biometric.retinal', 'retina scan', 'iris scan', 'iris template'),
  ...s('user.biometric.voice', 'voiceprint', 'voice print', 'voice sample'),
  ...s('user.biometric', 'renlian tezheng', 'renlian zhaopian', 'huoti zhaopian', 'face embedding', 'facial similarity score', 'face match score', 'liveness score', 'selfie liveness template', 'liveness template', 'voiceprint template', 'biometric', 'biometrics', 'biometric data', 'face encoding', 'face embedding', 'face template', 'face vector', 'facial features', 'faceprint', 'face id', 'palm print', 'facial geometry', 'liveness video'),
  // Origins, beliefs, life
  ...s('user.demographic.date_of_birth', 'date of birth', 'dob', 'birth date', 'birthdate', 'birthday', 'birth day'),
  ...s('user.demographic.age_range', 'age range', 'age band', 'age group', 'birth year', 'year of birth'),
  ...c('user.demographic.age_range', 'age'),
  ...s('user.demographic.age_range', 'age bracket'),
  ...s('user.demographic', 'number of children'),
  ...s('user.demographic.gender', 'gender', 'gender identity', 'sex at birth'),
  ...c('user.demographic.gender', 'sex', 'pronouns'),
  ...s('user.demographic.race_ethnicity', 'caste', 'caste category', 'ethnicity', 'ethnic origin', 'ethnic group', 'racial origin', 'ethnic background'),
  ...c('user.demographic.race_ethnicity', 'race'),
  ...s('user.demographic.religious_belief', 'religion', 'religious belief', 'religious beliefs', 'religious affiliation', 'religious observance', 'konfession', 'denomination'),
  ...c('user.demographic.religious_belief', 'faith'),
  // A bare "orientation" is as often a screen's as a person's, so only the full phrase counts.
  ...s('user.demographic.sexual_orientation', 'sexual orientation', 'sexuality'),
  ...s('user.demographic.political_opinion', 'zhengzhi mianmao', 'politically exposed', 'politically exposed person', 'politically exposed person details', 'pep status', 'pep details', 'pep', 'political opinion', 'political opinions', 'political views', 'political affiliation', 'political leaning'),
  ...c('user.demographic.political_opinion', 'political party'),
  ...s('user.demographic.marital_status', 'marital status', 'civil status', 'tax filing status', 'relationship to remitter', 'relationship to sender', 'relationship to student', 'relationship to child'),
  ...c('user.demographic.marital_status', 'relationship'),
  ...s('user.demographic', 'veteran status', 'number of dependants', 'number of dependents'),
  ...s('user.demographic.profile', 'hdb type', 'housing type'),
  ...s('user.demographic.trade_union_membership', 'union membership', 'trade union', 'union member', 'trade union membership', 'union dues', 'union dues deduction'),
  ...c('user.demographic.language', 'language', 'preferred language', 'native language'),
  ...c('user.demographic', 'nationality'),
  // Criminal history
  ...s('user.criminal_history', 'criminal record', 'criminal records', 'criminal history', 'conviction', 'convictions', 'offence', 'offences', 'offense', 'offenses', 'background check', 'background check result', 'criminal background', 'arrest record', 'police record', 'dbs check', 'police involved', 'convictions disclosed', 'offences disclosed', 'sex offender', 'sex offender registry', 'sex offender registry hit', 'criminal record found', 'criminal record result', 'dbs certificate', 'dbs certificate number', 'sanctions screening', 'sanctions screening result', 'adverse media', 'adverse finding', 'sanctions hit', 'watchlist match', 'watchlist matches', 'watchlist hit', 'sar reference'),
  // Government identifiers
  ...s(`${NATIONAL_ID}.us_ssn`, 'ssn', 'social security number', 'social security no', 'social security'),
  ...s(NATIONAL_ID, 'national id', 'national identification number', 'national id number', 'national identity number', 'identity number', 'identity card number', 'id card number', 'id card no', 'id card', 'idcard', 'citizen id', 'government id', 'national insurance number', 'ni number'),
  ...c(NATIONAL_ID, 'id number', 'id no', 'sin'),
  ...s(`${NATIONAL_ID}.sg_nric_fin`, 'nric', 'nric fin', 'nric number', 'uinfin', 'fin number'),
  ...c(`${NATIONAL_ID}.sg_nric_fin`, 'fin', 'uin'),
  ...s(`${NATIONAL_ID}.hk_identity_card`, 'hkid', 'hk id', 'hkid number', 'hong kong id'),
  ...s(`${NATIONAL_ID}.my_mykad`, 'mykad', 'mykad number', 'mykad no', 'my kad', 'my kad number'),
  ...c(`${NATIONAL_ID}.my_mykad`, 'ic number', 'ic no'),
  ...s(`${NATIONAL_ID}.in_aadhaar`, 'aadhaar', 'aadhar', 'aadhaar number', 'aadhaar no'),
  ...s(`${NATIONAL_ID}.kr_resident_registration_number`, 'rrn', 'resident registration number', 'jumin number', 'jumin deungrok beonho'),
  ...s(`${NATIONAL_ID}.jp_my_number`, 'my number', 'mynumber', 'kojin bango', 'individual number'),
  ...s('user.government_id.passport_number', 'passport', 'passport number', 'passport no', 'passport id', 'mrz', 'mrz line'),
  ...s('user.government_id', 'upn', 'unique pupil number', 'id document', 'id document number', 'id document image', 'identity document', 'identity document number'),
  ...s(NATIONAL_ID, 'curp', 'ckyc number', 'ckyc'),
  ...s('user.government_id.drivers_license_number', 'drivers license', 'driver license', 'driving licence', 'driving license', 'drivers licence', 'driver licence', 'dl number', 'driving licence number', 'drivers license number'),
  ...s('user.government_id.drivers_license_number', 'license number', 'licence number'),
  ...s('user.government_id.tax_id', 'tax id', 'tax number', 'taxpayer id', 'tax file number', 'itin', 'tax identification number', 'tax reference'),
  ...c('user.government_id.tax_id', 'tin'),
  ...s('user.government_id.tax_id.in_pan', 'pan number', 'pan card', 'pan no', 'pan card number'),
  ...s('user.government_id.immigration', 'work pass number', 'work pass', 'visa number', 'work permit', 'work permit number', 'immigration status', 'residency status', 'alien number', 'citizenship status', 'citizenship', 'employment pass', 'employment pass number', 'residential status', 'visa status', 'i 9 document', 'i 9 document number', 'i 9 document type', 'work authorization', 'work authorization expiry', 'work authorisation', 'gang ao tongxingzheng'),
  ...s('user.government_id.birth_certificate', 'birth certificate', 'birth certificate number', 'birth cert', 'birth cert no'),
  ...s('user.government_id.vehicle_registration', 'license plate', 'licence plate', 'plate number', 'number plate', 'vehicle registration', 'vehicle registration number', 'vehicle plate', 'registration plate'),
  // Money
  ...s('user.financial.credit_card', 'credit card', 'credit card number', 'card number', 'cc number', 'cvv', 'cvc', 'card expiry', 'debit card', 'card pan', 'masked pan', 'yinhangka hao', 'yinhangka'),
  ...c('user.financial.credit_card', 'expiry date'),
  ...s('user.financial.bank_account', 'iban', 'bank account', 'bank account number', 'account number', 'cpf account', 'alipay account', 'upi id'),
  ...s('user.financial', 'credit limit', 'missed payments', 'delinquencies', 'credit check score', 'bureau score', 'monthly income', 'monthly rent', 'source of funds', 'missed payments', 'delinquencies', 'county court judgments', 'bankruptcy', 'bankruptcy discharged at', 'open tradelines', 'gambling transactions share', 'garnishment', 'garnishment order', 'garnishment order ref', 'child support order', 'ordinary wages', 'cpf contributions', 'net pay cents', 'salary', 'annual salary', 'base salary', 'gross pay', 'net pay', 'credit score', 'credit rating', 'net worth', 'annual income', 'household income'),
  ...c('user.financial', 'income', 'wage', 'wages', 'bonus', 'debt', 'balance', 'loan amount', 'pay rate'),
  // Location
  ...s('user.location.precise', 'geolocation', 'gps', 'coordinates', 'geo point', 'geopoint', 'lat lng', 'latlng', 'geohash', 'current location', 'last location', 'last known location', 'pickup location', 'dropoff location', 'drop off location', 'home location', 'gps trace', 'location history', 'live location'),
  ...s('user.location.precise', 'latitude', 'longitude', 'lat', 'lng', 'jingdu', 'weidu', 'home place', 'saved places', 'shared location', 'route points'),
  ...c('user.location.precise', 'lon', 'location', 'pickup', 'dropoff', 'drop off', 'route'),
  ...s('user.location.precise', 'route polyline', 'dingwei', 'device location', 'gps location'),
  ...s('user.location.imprecise', 'home stop', 'home stop name'),
  ...s('user.location.imprecise', 'distance from home', 'distance from home km', 'geohash5', 'tax residency', 'merchant city'),
  ...c('user.location.imprecise', 'distance km'),
];
