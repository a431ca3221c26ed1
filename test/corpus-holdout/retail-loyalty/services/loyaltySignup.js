'use strict';

const crypto = require('node:crypto');
const logger = require('../lib/logger');
const Shopper = require('../models/shopper');

const WELCOME_EMAIL_TEMPLATE = 'loyalty-welcome-v4';

function newCardNumber() {
  return '6337' + crypto.randomInt(0, 1e12).toString().padStart(12, '0');
}

async function enrol(form, mailer) {
  logger.info(`loyalty enrolment started for ${form.email}`); // expect: personal-data-in-log user.contact.email

  const shopper = await Shopper.create({
    email: form.email, // trap: refers to a field declared in the schema, not a declaration
    firstName: form.firstName, // trap: refers to a field declared in the schema, not a declaration
    lastName: form.lastName, // trap: refers to a field declared in the schema, not a declaration
    birthday: form.birthday, // trap: refers to a field declared in the schema, not a declaration
    loyaltyCardNumber: newCardNumber(), // trap: refers to a field declared in the schema, not a declaration
  });

  logger.debug('created shopper', shopper.toObject()); // expect: personal-data-in-log user
  await mailer.send(WELCOME_EMAIL_TEMPLATE, shopper.email);
  logger.info(`sent ${WELCOME_EMAIL_TEMPLATE} email to shopper ${shopper.id}`); // trap: logs a template name and a surrogate id
  return shopper;
}

async function redeem(shopperId, points) {
  const shopper = await Shopper.findById(shopperId);
  if (shopper.pointsBalance < points) {
    console.warn(`insufficient points on card ${shopper.loyaltyCardNumber} (${shopper.firstName} ${shopper.lastName})`); // expect: personal-data-in-log user.unique_id
    return false;
  }
  shopper.pointsBalance -= points;
  await shopper.save();
  logger.info({ shopperId, points }, 'points redeemed'); // trap: surrogate id and a number
  return true;
}

module.exports = { enrol, redeem };
