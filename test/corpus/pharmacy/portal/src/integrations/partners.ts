import axios from 'axios';
import fs from 'fs';
import https from 'https';
import WebSocket from 'ws';

/** Drug formulary and interaction checks, licensed from FormularyHub. */
export const formulary = axios.create({
  baseURL: 'http://api.formularyhub.co.uk/v3', // expect: insecure-transport
  timeout: 4000,
});

/** Stock orders to the wholesaler. Their staging certificate expired in 2022 and nobody renewed it. */
export const wholesaler = axios.create({
  baseURL: 'https://orders.medsupply-wholesale.co.uk/api',
  httpsAgent: new https.Agent({ rejectUnauthorized: false }), // expect: tls-verification-disabled
  headers: { Authorization: 'Bearer 7c4e1f9a2b6d8e3c0f5a9b1d7e2c4f8a6b3d9e0c' }, // expect: hardcoded-secret
});

/** The prescription spine gateway presents a certificate from a private root, which we pin. */
export const spineGateway = axios.create({
  baseURL: 'https://spine-gw.pharmacy-cloud.net/',
  httpsAgent: new https.Agent({ ca: fs.readFileSync('/etc/pharmacy/spine-root-ca.pem'), rejectUnauthorized: true }), // trap: verification stays on, with a pinned CA
  headers: { 'X-Api-Key': process.env.SPINE_API_KEY ?? '' }, // trap: the key is read from the environment
});

/** Prism mock of the formulary API, started by `npm run mocks`. */
export const formularyMock = axios.create({ baseURL: 'http://localhost:4010/v3' }); // trap: loopback mock server used in local development

/** Label printers sit on each branch's network and accept jobs over a websocket. */
export function openLabelPrinter(branchCode: string): WebSocket {
  return new WebSocket(`ws://printers.${branchCode}.pharmacy-cloud.net:9100/labels`); // expect: insecure-transport
}

if (process.env.PHARMACY_ENV === 'staging') {
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'; // expect: tls-verification-disabled
}

/** Rendered by the deploy pipeline (envsubst) before the container starts. */
export const deliveryPartnerKeyTemplate = '${DELIVERY_PARTNER_API_KEY}'; // trap: a deploy-time placeholder, not a secret
