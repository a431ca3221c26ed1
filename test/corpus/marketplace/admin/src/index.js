'use strict';

const express = require('express');
const cors = require('cors');
const { requireStaff } = require('./auth');
const db = require('./db');

const app = express();
app.use(express.json());
app.use(cors()); // expect: permissive-cors

const staffOnlyCors = cors({
  origin: process.env.STAFF_CONSOLE_ORIGIN, // trap: one configured origin, not any origin
  credentials: true,
});
app.options('/disputes/*', staffOnlyCors);

// Status page polled by the on-call dashboard.
app.get('/status', async (_req, res) => { // trap: counts only, no personal data
  res.json({ openDisputes: await db.disputes.countOpen(), queueDepth: await db.queue.depth() });
});

// Sellers confirm a payout from the link in their email; it was added before the staff login existed.
app.get('/payouts/:payoutId/confirm', async (req, res) => { // expect: unauthenticated-personal-data-route user.financial.bank_account
  const payout = await db.payouts.find(req.params.payoutId);
  res.json({ amount: payout.amountCents, iban: payout.iban, holder: payout.accountHolder });
});

app.use(requireStaff);

app.get('/disputes/:id', async (req, res) => { // trap: app.use(requireStaff) guards every route declared after it
  res.json(await db.disputes.withParties(req.params.id));
});

app.post('/sellers/:id/suspend', async (req, res) => { // trap: app.use(requireStaff) guards every route declared after it
  const seller = await db.sellers.find(req.params.id);
  if (seller.suspendedAt) {
    return res.status(409).json({ error: `${seller.legalName} (${seller.email}) is already suspended` }); // expect: personal-data-in-error user.name
  }
  await db.sellers.suspend(seller.id, req.body.reason);
  return res.status(204).end();
});

app.get('/buyers/search', async (req, res) => { // trap: app.use(requireStaff) guards every route declared after it
  const { email } = req.query;
  const buyer = await db.buyers.findByEmail(email);
  if (!buyer) {
    throw new Error(`Buyer lookup failed for ${email}`); // expect: personal-data-in-error user.contact.email
  }
  res.redirect(`/buyers/${buyer.id}`); // trap: opaque buyer id in the URL
});

app.get('/buyers/:id/impersonate', async (req, res) => { // trap: app.use(requireStaff) guards every route declared after it
  const buyer = await db.buyers.find(req.params.id);
  res.redirect(`https://shop.bazaarly.com/support-view?email=${encodeURIComponent(buyer.email)}`); // expect: personal-data-in-url user.contact.email
});

app.listen(process.env.PORT || 4000);
