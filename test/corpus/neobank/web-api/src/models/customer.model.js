'use strict';

const mongoose = require('mongoose');
const { fieldEncryption } = require('mongoose-field-encryption');
const { Queue } = require('bullmq');

const customerSchema = new mongoose.Schema(
  {
    fullName: { type: String, required: true }, // expect: personal-data-field user.name
    email: { type: String, required: true, unique: true }, // expect: personal-data-field user.contact.email
    taxId: { type: String }, // expect: sensitive-personal-data-field user.government_id.tax_id ; expect: unencrypted-sensitive-storage user.government_id.tax_id
    passportNumber: { type: String }, // expect: sensitive-personal-data-field user.government_id.passport_number
    selfieFaceTemplate: { type: Buffer }, // expect: sensitive-personal-data-field user.biometric ; expect: unencrypted-sensitive-storage user.biometric
    kycStatus: { type: String, enum: ['pending', 'verified', 'rejected'], default: 'pending' },
  },
  { timestamps: true },
);

customerSchema.plugin(fieldEncryption, {
  fields: ['passportNumber'], // trap: names the field declared above for the encryption plugin, not a new field
  secret: process.env.FIELD_ENCRYPTION_SECRET, // trap: the key is read from the environment
});

const Customer = mongoose.model('Customer', customerSchema);

const kycReviewQueue = new Queue('kyc-manual-review', { connection: { host: process.env.REDIS_HOST, port: 6379 } });

/** Analysts pick these jobs up in the back office; the job payload sits in Redis until then. */
async function requestManualReview(customer) {
  await kycReviewQueue.add('review', {
    customerId: customer.id,
    taxId: customer.taxId, // expect: unencrypted-sensitive-storage user.government_id.tax_id
  });
}

module.exports = { Customer, requestManualReview };
