'use strict';

const mongoose = require('mongoose');

const { Schema } = mongoose;

const addressSchema = new Schema(
  {
    label: { type: String, enum: ['home', 'work', 'other'], default: 'home' },
    recipientName: { type: String, required: true, trim: true }, // expect: personal-data-field user.name
    street: { type: String, required: true }, // expect: personal-data-field user.contact.address.street
    houseNumber: { type: String }, // expect: personal-data-field user.contact.address.street
    city: { type: String, required: true }, // expect: personal-data-field user.contact.address.city
    postcode: { type: String, required: true, uppercase: true }, // expect: personal-data-field user.contact.address.postal_code
    country: { type: String, default: 'GB' }, // expect: personal-data-field user.contact.address.country
    phone: String, // expect: personal-data-field user.contact.phone_number
    geo: {
      lat: Number, // expect: sensitive-personal-data-field user.location.precise
      lng: Number, // expect: sensitive-personal-data-field user.location.precise
    },
    deliveryNotes: { type: String, maxlength: 280 }, // expect: personal-data-field user.content.private
    isDefault: { type: Boolean, default: false },
  },
  { _id: true },
);

const kidsClubMemberSchema = new Schema({
  childFirstName: { type: String, required: true }, // expect: sensitive-personal-data-field user.childrens
  childBirthday: { type: Date, required: true }, // expect: sensitive-personal-data-field user.childrens
});

const shopperSchema = new Schema(
  {
    email: { type: String, required: true, unique: true, lowercase: true, trim: true }, // expect: personal-data-field user.contact.email
    emailVerified: { type: Boolean, default: false }, // trap: a flag about the address, not the address
    passwordHash: { type: String, select: false }, // trap: one-way hash, not readable personal data
    firstName: String, // expect: personal-data-field user.name.first
    lastName: String, // expect: personal-data-field user.name.last
    birthday: Date, // expect: personal-data-field user.demographic.date_of_birth
    gender: { type: String, enum: ['female', 'male', 'non_binary', 'undisclosed'] }, // expect: personal-data-field user.demographic.gender
    loyaltyCardNumber: { type: String, unique: true, sparse: true }, // expect: personal-data-field user.unique_id
    tier: { type: String, enum: ['green', 'silver', 'gold'], default: 'green' },
    pointsBalance: { type: Number, default: 0 },
    addresses: [addressSchema], // expect: personal-data-field user.contact.address
    kidsClub: [kidsClubMemberSchema], // expect: sensitive-personal-data-field user.childrens
    favouriteStoreId: { type: Schema.Types.ObjectId, ref: 'Store' }, // trap: surrogate id of a store
    lastSeenIp: String, // expect: personal-data-field user.device.ip_address
    segments: {
      babyAndToddlerAffinity: Number, // expect: personal-data-field user.behavior.purchase_history
      predictedPregnancyScore: Number, // expect: sensitive-personal-data-field user.health_and_medical
      priceSensitivity: Number, // expect: personal-data-field user.behavior
    },
    deletedAt: Date,
  },
  { timestamps: true },
);

shopperSchema.index({ email: 1 }); // trap: index on a field declared above
shopperSchema.index({ 'addresses.postcode': 1 }); // trap: index on a field declared above

module.exports = mongoose.model('Shopper', shopperSchema);
