'use strict';

const crypto = require('crypto');
const session = require('express-session');
const RedisStore = require('connect-redis').default;

function sessionMiddleware(redisClient) {
  return session({
    store: new RedisStore({ client: redisClient, prefix: 'portal:' }),
    secret: process.env.SESSION_SECRET, // trap: the signing secret is read from the environment
    resave: false,
    saveUninitialized: false,
    genid: () => crypto.randomUUID(), // trap: crypto.randomUUID draws from the CSPRNG
    cookie: {
      secure: false, // expect: insecure-cookie
      httpOnly: true,
      sameSite: 'lax',
      maxAge: 30 * 60 * 1000,
    },
  });
}

/** Anonymous basket for over-the-counter products. */
function setBasketCookie(res, basketId) {
  res.cookie('basket_id', basketId, { maxAge: 7 * 86400 * 1000 }); // expect: insecure-cookie
}

/** Collection-point kiosks: the kiosk page script reads the token to call the API. */
function issueKioskToken(res, token) {
  res.cookie('kiosk_token', token, {
    secure: true,
    httpOnly: false, // expect: insecure-cookie
    sameSite: 'strict',
  });
}

function issueRememberDevice(res, token) {
  res.cookie('remember_device', token, { secure: true, httpOnly: true, sameSite: 'strict', maxAge: 30 * 86400 * 1000 }); // trap: Secure, HttpOnly and SameSite all set
}

function retryJitterMs() {
  return Math.floor(Math.random() * 250); // trap: jitter for the retry loop, not a secret
}

module.exports = { sessionMiddleware, setBasketCookie, issueKioskToken, issueRememberDevice, retryJitterMs };
