import { PERSONAL_DATA_FIELD, SENSITIVE_PERSONAL_DATA_FIELD } from './personalDataFields';
import { WEAK_CRYPTOGRAPHY } from './cryptography';
import { HARDCODED_SECRET } from './hardcodedSecret';
import { INSECURE_COOKIE } from './insecureCookie';
import { INSECURE_RANDOMNESS } from './insecureRandomness';
import { PERSONAL_DATA_IN_LOG } from './personalDataInLog';
import { PERMISSIVE_CORS } from './permissiveCors';
import { PUBLIC_DATA_STORE } from './publicDataStore';
import { WEAK_PASSWORD_HASH } from './weakPasswordHash';
import { INSECURE_TRANSPORT, TLS_VERIFICATION_DISABLED } from './transport';
import { UNENCRYPTED_SENSITIVE_STORAGE } from './unencryptedStorage';
import { UNAUTHENTICATED_PERSONAL_DATA_ROUTE } from './unauthenticatedRoute';
import type { Rule } from './rule';

/** Every rule, in the order the README lists them. */
export const RULES: readonly Rule[] = [
  PERSONAL_DATA_FIELD,
  SENSITIVE_PERSONAL_DATA_FIELD,
  PERSONAL_DATA_IN_LOG,
  TLS_VERIFICATION_DISABLED,
  INSECURE_TRANSPORT,
  WEAK_CRYPTOGRAPHY,
  UNENCRYPTED_SENSITIVE_STORAGE,
  UNAUTHENTICATED_PERSONAL_DATA_ROUTE,
  HARDCODED_SECRET,
  INSECURE_RANDOMNESS,
  INSECURE_COOKIE,
  PERMISSIVE_CORS,
  PUBLIC_DATA_STORE,
  WEAK_PASSWORD_HASH,
];

export type { Rule, RuleContext } from './rule';
