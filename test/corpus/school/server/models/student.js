const mongoose = require('mongoose');
const { Schema } = mongoose;
const log = require('../lib/log');

const guardianSchema = new Schema(
  {
    fullName: { type: String, required: true }, // expect: personal-data-field user.name
    relationship: { type: String, enum: ['mother', 'father', 'carer', 'grandparent', 'other'] }, // expect: personal-data-field user.demographic.marital_status
    email: { type: String, lowercase: true, trim: true }, // expect: personal-data-field user.contact.email
    mobile: String, // expect: personal-data-field user.contact.phone_number
    hasParentalResponsibility: { type: Boolean, default: true }, // expect: sensitive-personal-data-field user.childrens ; expect: unencrypted-sensitive-storage user.childrens
    courtOrderRestrictsContact: { type: Boolean, default: false }, // expect: sensitive-personal-data-field user.childrens ; expect: unencrypted-sensitive-storage user.childrens
  },
  { _id: false },
);

const studentSchema = new Schema(
  {
    upn: { type: String, required: true, unique: true }, // expect: sensitive-personal-data-field user.government_id ; expect: unencrypted-sensitive-storage user.government_id
    firstName: { type: String, required: true }, // expect: personal-data-field user.name.first
    lastName: { type: String, required: true }, // expect: personal-data-field user.name.last
    dateOfBirth: { type: Date, required: true }, // expect: personal-data-field user.demographic.date_of_birth
    gender: String, // expect: personal-data-field user.demographic.gender
    yearGroup: { type: Number, min: 0, max: 13 }, // expect: personal-data-field user.demographic.age_range
    homeAddress: { // expect: personal-data-field user.contact.address
      line1: String, // expect: personal-data-field user.contact.address.street
      town: String, // expect: personal-data-field user.contact.address.city
      postcode: String, // expect: personal-data-field user.contact.address.postal_code
    },
    guardians: [guardianSchema],
    ethnicity: String, // expect: sensitive-personal-data-field user.demographic.race_ethnicity ; expect: unencrypted-sensitive-storage user.demographic.race_ethnicity
    firstLanguage: String, // expect: personal-data-field user.demographic.language
    religion: String, // expect: sensitive-personal-data-field user.demographic.religious_belief ; expect: unencrypted-sensitive-storage user.demographic.religious_belief
    freeSchoolMeals: { type: Boolean, default: false }, // expect: personal-data-field user.financial
    senStatus: { type: String, enum: ['none', 'sen_support', 'ehcp'] }, // expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical
    medicalConditions: [String], // expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical
    lookedAfterChild: { type: Boolean, default: false }, // expect: sensitive-personal-data-field user.childrens ; expect: unencrypted-sensitive-storage user.childrens
    safeguardingNotes: [{ reason: String, raisedAt: Date }], // expect: sensitive-personal-data-field user.childrens ; expect: unencrypted-sensitive-storage user.childrens
    photoConsent: { type: Boolean, default: false }, // expect: personal-data-field user.privacy_preferences
    nameDisplayFormat: { type: String, default: 'first_last' }, // trap: a display preference for rendering names, not a name
  },
  { timestamps: true, collection: 'students' },
);

studentSchema.post('save', function afterSave(doc) {
  log.info('student saved', { id: doc._id, upn: doc.upn }); // expect: personal-data-in-log user.government_id
});

studentSchema.methods.flagSafeguarding = function flagSafeguarding(reason) {
  log.warn(`Safeguarding flag raised for ${this.firstName} ${this.lastName}`); // expect: personal-data-in-log user.name
  this.safeguardingNotes.push({ reason, raisedAt: new Date() });
};

const classroomSchema = new Schema({
  name: { type: String, required: true }, // trap: a classroom's name, e.g. "Room 12", not a person
  building: String,
  capacity: Number,
  projectorIpAddress: String, // trap: IP of classroom equipment, not a person's device
});

module.exports = {
  Student: mongoose.model('Student', studentSchema),
  Classroom: mongoose.model('Classroom', classroomSchema),
};
