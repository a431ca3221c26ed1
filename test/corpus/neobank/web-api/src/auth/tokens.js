'use strict';

const crypto = require('crypto');
const jwt = require('jsonwebtoken');

const JWT_SIGNING_KEY = 'q8Vn2xR4tL7wZ1mK9pB3cF6hJ0sD5gA8uE2yT'; // expect: hardcoded-secret

function signAccessToken(customerId) {
  return jwt.sign({ sub: customerId, scope: 'app' }, JWT_SIGNING_KEY, { expiresIn: '15m', algorithm: 'HS256' });
}

function passwordResetToken() {
  return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2); // expect: insecure-randomness
}

/** Referral invites: eight characters a friend can type from a screenshot. */
function inviteCode() {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  let code = '';
  for (let i = 0; i < 8; i += 1) {
    code += alphabet[Math.floor(Math.random() * alphabet.length)]; // expect: insecure-randomness
  }
  return code;
}

function deviceBindingNonce() {
  return crypto.randomBytes(16).toString('hex'); // trap: crypto.randomBytes is a CSPRNG
}

function pickOnboardingTip(tips) {
  return tips[Math.floor(Math.random() * tips.length)]; // trap: which tip the app shows, not a secret
}

/** Telephone banking: the agent types the 6-digit support PIN the caller reads out. */
function checkSupportPin(customer, enteredPin) {
  return customer.supportPin === enteredPin; // expect: weak-password-hash
}

function supportPinDigest(pin) {
  return crypto.createHash('sha1').update(pin).digest('hex'); // expect: weak-password-hash
}

function hashAppPasscode(passcode, salt) {
  return new Promise((resolve, reject) => {
    crypto.scrypt(passcode, salt, 64, { N: 2 ** 17, r: 8, p: 1, maxmem: 256 * 1024 * 1024 }, (err, key) => (err ? reject(err) : resolve(key))); // trap: scrypt with N=2^17 is an adequate password KDF
  });
}

module.exports = { signAccessToken, passwordResetToken, inviteCode, deviceBindingNonce, pickOnboardingTip, checkSupportPin, supportPinDigest, hashAppPasscode };
