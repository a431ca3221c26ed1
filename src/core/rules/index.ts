import { PERSONAL_DATA_FIELD, SENSITIVE_PERSONAL_DATA_FIELD } from './personalDataFields';
import { WEAK_CRYPTOGRAPHY } from './cryptography';
import { HARDCODED_SECRET } from './hardcodedSecret';
import { INSECURE_COOKIE } from './insecureCookie';
import { INSECURE_RANDOMNESS } from './insecureRandomness';
import { PERSONAL_DATA_IN_LOG } from './personalDataInLog';
import { PERMISSIVE_CORS } from './permissiveCors';
import { PUBLIC_DATA_STORE } from './publicDataStore';
import { WEAK_PASSWORD_HASH } from './weakPasswordHash';
import { PERSONAL_DATA_TO_THIRD_PARTY } from './personalDataToThirdParty';
import { PERSONAL_DATA_IN_URL } from './personalDataInUrl';
import { PERSONAL_DATA_IN_CLIENT_STORAGE } from './personalDataInClientStorage';
import { PERSONAL_DATA_IN_ERROR } from './personalDataInError';
import { INSECURE_TRANSPORT, TLS_VERIFICATION_DISABLED } from './transport';
import { UNENCRYPTED_SENSITIVE_STORAGE } from './unencryptedStorage';
import { UNAUTHENTICATED_PERSONAL_DATA_ROUTE } from './unauthenticatedRoute';
import type { Rule } from './rule';

/** Every rule, in the order the README lists them. */
export const RULES: readonly Rule[] = [
  // Personal data
  PERSONAL_DATA_FIELD,
  SENSITIVE_PERSONAL_DATA_FIELD,
  // Encryption and secrets
  WEAK_PASSWORD_HASH,
  WEAK_CRYPTOGRAPHY,
  INSECURE_TRANSPORT,
  TLS_VERIFICATION_DISABLED,
  UNENCRYPTED_SENSITIVE_STORAGE,
  HARDCODED_SECRET,
  INSECURE_COOKIE,
  INSECURE_RANDOMNESS,
  // Access control
  UNAUTHENTICATED_PERSONAL_DATA_ROUTE,
  PERMISSIVE_CORS,
  PUBLIC_DATA_STORE,
  // Exposure
  PERSONAL_DATA_IN_LOG,
  PERSONAL_DATA_TO_THIRD_PARTY,
  PERSONAL_DATA_IN_URL,
  PERSONAL_DATA_IN_CLIENT_STORAGE,
  PERSONAL_DATA_IN_ERROR,
];

export type { Rule, RuleContext } from './rule';
