import { PERSONAL_DATA_FIELD, SENSITIVE_PERSONAL_DATA_FIELD } from './personalDataFields';
import { WEAK_CRYPTOGRAPHY } from './cryptography';
import { PERSONAL_DATA_IN_LOG } from './personalDataInLog';
import { PERMISSIVE_CORS } from './permissiveCors';
import { PUBLIC_DATA_STORE } from './publicDataStore';
import { WEAK_PASSWORD_HASH } from './weakPasswordHash';
import { INSECURE_TRANSPORT, TLS_VERIFICATION_DISABLED } from './transport';
import type { Rule } from './rule';

/** Every rule, in the order the README lists them. */
export const RULES: readonly Rule[] = [
  PERSONAL_DATA_FIELD,
  SENSITIVE_PERSONAL_DATA_FIELD,
  PERSONAL_DATA_IN_LOG,
  TLS_VERIFICATION_DISABLED,
  INSECURE_TRANSPORT,
  WEAK_CRYPTOGRAPHY,
  PERMISSIVE_CORS,
  PUBLIC_DATA_STORE,
  WEAK_PASSWORD_HASH,
];

export type { Rule, RuleContext } from './rule';
