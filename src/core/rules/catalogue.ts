/**
 * Every rule's metadata (id, description, default severity, checklist items, claimed languages),
 * data only, in the order the README lists the rules. The single source: each rule file spreads
 * its entry (`{ ...ruleInfo('weak-cryptography'), check }`). The extension host reads rules'
 * metadata from here, without loading their checks, which run in the scan worker (issue 6);
 * a unit test checks that RULES (index.ts) lists the same rules in the same order.
 */
import type { RuleInfo } from './rule';

export const RULE_CATALOGUE: readonly RuleInfo[] = [
  // Personal data
  {
    id: 'personal-data-field',
    description: 'A field, property or column that holds personal data: record it in the data inventory.',
    defaultSeverity: 'information',
    // Every field raises the minimisation question of GDPR Art. 25 (legal mapping row 15).
    checklist: ['personal-data-inventory', 'data-protection-by-design'],
  },
  {
    id: 'sensitive-personal-data-field',
    description: 'A field that holds special-category or sensitive data (health, biometric, government id, financial...): name the legal condition and safeguards.',
    defaultSeverity: 'warning',
    // Sensitive data is an impact-assessment trigger (PIPL Art. 55(1); legal mapping row 14).
    checklist: ['special-category-data', 'personal-data-inventory', 'dpia-screening'],
  },
  // Encryption and secrets
  {
    id: 'weak-password-hash',
    description: 'A password hashed with a fast hash (MD5, SHA-1, SHA-2 without a key-derivation function), PBKDF2 with too few iterations, or a password stored as typed.',
    defaultSeverity: 'error',
    checklist: ['cryptographic-strength'],
  },
  {
    id: 'weak-cryptography',
    description: 'A broken or obsolete algorithm, mode or key size (MD5, SHA-1, DES, RC4, ECB, createCipher, RSA under 2048 bits).',
    defaultSeverity: 'warning',
    checklist: ['cryptographic-strength'],
  },
  {
    id: 'insecure-transport',
    description: 'A plain-text connection to another machine: an http://, ws:// or ftp:// URL used to connect, SMTP without TLS, or a gRPC channel without TLS.',
    defaultSeverity: 'warning',
    checklist: ['encryption-in-transit'],
  },
  {
    id: 'tls-verification-disabled',
    description: 'TLS certificate verification switched off: anyone on the network path can read and change what is sent.',
    defaultSeverity: 'error',
    checklist: ['encryption-in-transit'],
  },
  {
    id: 'unencrypted-sensitive-storage',
    description: 'Sensitive personal data stored in plaintext: a database column without encryption, or a write to a file, cache or queue.',
    defaultSeverity: 'warning',
    checklist: ['encryption-at-rest'],
  },
  {
    id: 'hardcoded-secret',
    description: 'A password, API key, token or private key written into the code, where everyone who reads the code or its history has it.',
    defaultSeverity: 'error',
    // A committed secret may already have exposed data: rows 6 and 7 of the legal mapping send the DPO to a breach assessment.
    checklist: ['secret-management', 'breach-readiness'],
  },
  {
    id: 'insecure-cookie',
    description: 'A cookie or session cookie without Secure or HttpOnly: it travels over plain HTTP or can be read by any script on the page.',
    defaultSeverity: 'warning',
    checklist: ['encryption-in-transit', 'access-control'],
  },
  {
    id: 'insecure-randomness',
    description: 'A token, password, reset code, OTP, session or invite id made with a non-cryptographic random generator, so it can be predicted.',
    defaultSeverity: 'warning',
    checklist: ['cryptographic-strength'],
  },
  // Access control
  {
    id: 'unauthenticated-personal-data-route',
    description: 'An HTTP route that returns or accepts personal data with no authentication or authorisation guard in its file.',
    defaultSeverity: 'warning',
    checklist: ['access-control'],
  },
  {
    id: 'permissive-cors',
    description: 'CORS that allows every origin (`*`, defaults, a reflected Origin), worse with credentials: any website can read the responses in its visitors\' browsers.',
    defaultSeverity: 'warning',
    checklist: ['access-control'],
  },
  {
    id: 'public-data-store',
    description: 'Storage opened to everyone: public-read ACLs, policies for the principal "*", Firebase rules that allow all, GRANT ... TO PUBLIC on personal data.',
    defaultSeverity: 'warning',
    // An exposed store is already a breach to assess (legal mapping row 7), besides an access-control gap.
    checklist: ['access-control', 'breach-readiness'],
    // Policies live in JSON and YAML documents, grants in SQL: measured there as well as in code.
    languages: ['typescript', 'python', 'java', 'go', 'php', 'ruby', 'csharp', 'sql', 'json', 'yaml'],
  },
  // Exposure
  {
    id: 'personal-data-in-log',
    description: 'Personal data written to a log: mask it or log an opaque id instead.',
    defaultSeverity: 'warning',
    // Logged personal data must also expire with the log and be reachable by erasure (legal mapping rows 8 and 10).
    checklist: ['logging-minimisation', 'retention-erasure'],
  },
  {
    id: 'personal-data-to-third-party',
    description: 'Personal data sent to a third party: analytics, marketing, advertising, error tracking, an LLM API or a chat service.',
    defaultSeverity: 'warning',
    // Providing data to others is an impact-assessment trigger (PIPL Art. 55(3); legal mapping row 14).
    checklist: ['third-party-sharing', 'dpia-screening'],
  },
  {
    id: 'personal-data-in-url',
    description: 'Personal data put in a URL path or query string: URLs end up in server logs, browser history and Referer headers.',
    defaultSeverity: 'warning',
    checklist: ['logging-minimisation'],
  },
  {
    id: 'personal-data-in-client-storage',
    description: 'Personal data stored on the client: localStorage, sessionStorage, IndexedDB, cookies or JWT claims, readable by scripts or by anyone holding the token.',
    defaultSeverity: 'warning',
    checklist: ['access-control'],
  },
  {
    id: 'personal-data-in-error',
    description: 'Personal data in an exception message or an HTTP error response: error messages end up in logs, trackers and in front of users.',
    defaultSeverity: 'warning',
    checklist: ['logging-minimisation'],
  },
];

const BY_ID = new Map(RULE_CATALOGUE.map((info) => [info.id, info]));

/** A rule's catalogue entry; an id the catalogue lacks is a programming error, named in the message. */
export function ruleInfo(id: string): RuleInfo {
  const info = BY_ID.get(id);
  if (!info) {
    throw new Error(`rule catalogue (src/core/rules/catalogue.ts) has no rule '${id}'`);
  }
  return info;
}
