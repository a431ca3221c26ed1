'use strict';

const mongoose = require('mongoose');
const logger = require('../logger');

const { Schema } = mongoose;

const attachmentSchema = new Schema(
  {
    kind: { type: String, enum: ['image', 'audio', 'gif'], required: true },
    url: { type: String, required: true }, // expect: personal-data-field user.content.private
    blurHash: String,
    durationMs: Number,
  },
  { _id: false },
);

const messageSchema = new Schema(
  {
    conversationId: { type: Schema.Types.ObjectId, ref: 'Conversation', required: true, index: true },
    senderId: { type: String, required: true }, // trap: surrogate key, not personal data by itself
    body: { type: String, maxlength: 2000 }, // expect: personal-data-field user.content.private
    attachments: [attachmentSchema], // expect: personal-data-field user.content.private
    senderIp: { type: String, select: false }, // expect: personal-data-field user.device.ip_address
    sharedLocation: { // expect: sensitive-personal-data-field user.location.precise ; expect: unencrypted-sensitive-storage user.location.precise
      lat: { type: Number }, // expect: sensitive-personal-data-field user.location.precise ; expect: unencrypted-sensitive-storage user.location.precise
      lng: { type: Number }, // expect: sensitive-personal-data-field user.location.precise ; expect: unencrypted-sensitive-storage user.location.precise
      placeName: String,
    },
    readAt: Date,
    deletedForSender: { type: Boolean, default: false },
  },
  { timestamps: true },
);

messageSchema.index({ conversationId: 1, createdAt: -1 });

messageSchema.post('save', function logSaved(doc) {
  logger.debug(`message ${doc._id} saved in ${doc.conversationId}`); // trap: logs surrogate ids only
  if (doc.sharedLocation && doc.sharedLocation.lat) {
    logger.info('location shared', { lat: doc.sharedLocation.lat, lng: doc.sharedLocation.lng }); // expect: personal-data-in-log user.location.precise
  }
});

const conversationSchema = new Schema(
  {
    matchId: { type: String, required: true, unique: true }, // trap: surrogate key, not personal data by itself
    participantIds: [{ type: String }],
    lastMessagePreview: { type: String, maxlength: 120 }, // expect: personal-data-field user.content.private
    typingIndicatorTtl: { type: Number, default: 5 },
  },
  { timestamps: true },
);

module.exports = {
  Message: mongoose.model('Message', messageSchema),
  Conversation: mongoose.model('Conversation', conversationSchema),
};
