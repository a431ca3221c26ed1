'use strict';

const mongoose = require('mongoose');
const logger = require('../logger');

/** A member reporting another member for harassment, scams, or underage use. */
const reportSchema = new mongoose.Schema({
  reporterId: { type: String, required: true }, // trap: surrogate key, not personal data by itself
  reportedUserId: { type: String, required: true, index: true }, // trap: surrogate key, not personal data by itself
  reason: { type: String, enum: ['harassment', 'scam', 'underage', 'fake_profile', 'other'] },
  details: { type: String, maxlength: 4000 }, // expect: personal-data-field user.content.private
  screenshotUrls: [String], // expect: personal-data-field user.content.private
  reporterEmail: { type: String, lowercase: true, trim: true }, // expect: personal-data-field user.contact.email
  reporterIp: String, // expect: personal-data-field user.device.ip_address
  status: { type: String, default: 'open' },
});

reportSchema.methods.escalate = function escalate(moderator) {
  this.status = 'escalated';
  logger.warn(`report ${this._id} escalated by ${moderator.id}`); // trap: logs surrogate ids only
  logger.info('escalated report', this.toObject()); // expect: personal-data-in-log user
  return this.save();
};

module.exports = mongoose.model('Report', reportSchema);
