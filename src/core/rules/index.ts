import { PERSONAL_DATA_FIELD, SENSITIVE_PERSONAL_DATA_FIELD } from './personalDataFields';
import { WEAK_CRYPTOGRAPHY } from './cryptography';
import { PERSONAL_DATA_IN_LOG } from './personalDataInLog';
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
  PERSONAL_DATA_FIELD,
  SENSITIVE_PERSONAL_DATA_FIELD,
  PERSONAL_DATA_IN_LOG,
  TLS_VERIFICATION_DISABLED,
  INSECURE_TRANSPORT,
  WEAK_CRYPTOGRAPHY,
  UNENCRYPTED_SENSITIVE_STORAGE,
  UNAUTHENTICATED_PERSONAL_DATA_ROUTE,
  PERSONAL_DATA_TO_THIRD_PARTY,
  PERSONAL_DATA_IN_URL,
  PERSONAL_DATA_IN_CLIENT_STORAGE,
  PERSONAL_DATA_IN_ERROR,
];

export type { Rule, RuleContext } from './rule';
