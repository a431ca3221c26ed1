import axios from 'axios';
import fs from 'fs';
import https from 'https';
import tls from 'tls';
import { Kafka } from 'kafkajs';

const BUREAU_API_KEY = 'cb_prod_2NfX8qLr5TzW1vHk9YmPd3JsQ6aE0uGc'; // expect: hardcoded-secret

export const creditBureau = axios.create({
  baseURL: 'https://api.creditbureau-partner.com/v2',
  headers: { 'x-api-key': BUREAU_API_KEY },
});

/** Consolidated sanctions list, refreshed hourly. */
export const sanctionsFeed = axios.create({
  baseURL: 'http://lists.sanctions-feed.org/consolidated', // expect: insecure-transport
});

/** The card processor's UAT endpoint serves a certificate for another host name. */
export const cardProcessor = axios.create({
  baseURL: 'https://uat.cardproc-partner.com/api',
  httpsAgent: new https.Agent({
    checkServerIdentity: () => undefined, // expect: tls-verification-disabled
  }),
});

export function connectLedgerReplica(): tls.TLSSocket {
  return tls.connect({ host: 'ledger-replica.neobank.internal', port: 5433, rejectUnauthorized: false }); // expect: tls-verification-disabled
}

export const events = new Kafka({
  clientId: 'web-api',
  brokers: ['kafka-1.neobank.internal:9093'],
  ssl: { rejectUnauthorized: true, ca: [fs.readFileSync('/etc/neobank/kafka-ca.pem', 'utf8')] }, // trap: verification on, with the cluster's CA
  sasl: { mechanism: 'scram-sha-512', username: 'web-api', password: process.env.KAFKA_PASSWORD ?? '' }, // trap: the password is read from the environment
});

export const statusPage = axios.create({ baseURL: 'http://127.0.0.1:9901/ready' }); // trap: loopback sidecar (Envoy admin) on the same pod
