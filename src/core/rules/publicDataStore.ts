/**
 * `public-data-store`: storage opened to everyone. In code: canned ACLs (`ACL: 'public-read'`,
 * `CannedAccessControlList.PublicRead`, `S3CannedACL.PublicRead`, Go's `types.ObjectCannedACLPublicRead`),
 * Google Cloud Storage's `makePublic()` and `allUsers`, Azure's blob and container public access,
 * the CDK's `grantPublicAccess()`, Laravel's `public` visibility. In policies (JSON, YAML, or
 * dictionaries in code): an Allow statement for the principal `*` with no condition, and Firebase
 * Realtime Database rules that let anyone read or write. In SQL: `GRANT ... TO PUBLIC` on a table
 * of personal data (see accessPolicies.ts).
 */
import type { Call, Literal, SourceFacts } from '../facts';
import type { RawFinding } from '../model';
import { firebaseRuleFindings, policyStatementFindings, publicGrantFindings } from './accessPolicies';
import { ruleInfo } from './catalogue';
import { valueReferences } from './factQueries';
import { argumentAround, argumentTextBefore, callsAround, isTrueValue, keyOf, normaliseKey, receiverCall, sameRange } from './factRanges';
import { type Audience, PUBLIC_DATA_STORE_ID, storeFinding } from './publicStoreFinding';
import type { Rule, RuleContext } from './rule';

/** S3 canned ACLs that open objects or buckets, as strings. */
const CANNED_ACLS: ReadonlyMap<string, Audience> = new Map([
  ['public-read', 'read'],
  ['public-read-write', 'write'],
  ['authenticated-read', 'aws'],
]);
/** The same, in the spellings of GCS predefined ACLs and CloudFormation's AccessControl: only under an ACL key. */
const ACL_VALUES: ReadonlyMap<string, Audience> = new Map([
  ['publicread', 'read'],
  ['publicreadwrite', 'write'],
  ['authenticatedread', 'aws'],
]);
/** Constants that name those ACLs in SDKs: `S3CannedACL.PublicRead`, `ObjectCannedACL.PUBLIC_READ`, Go's `ObjectCannedACLPublicRead`. */
const ACL_CONSTANT = /^(?:(?:Object|Bucket)CannedACL)?(PublicRead|PublicReadWrite|PUBLIC_READ|PUBLIC_READ_WRITE|public_read|public_read_write|AuthenticatedRead|AUTHENTICATED_READ)$/;
/** Azure public access levels: `PublicAccessType.Blob`, Python's `PublicAccess.Container`, Go's `container.PublicAccessTypeBlob`. */
const AZURE_PUBLIC = /^(?:PublicAccessType)?(Blob|Container|BlobContainer|BLOB|CONTAINER)$/;
/** String values worth a closer look: ACL names, GCS members, Azure access levels. */
const MAYBE_PUBLIC = /^(public-?read(-?write)?|authenticated-?read|all(Authenticated)?Users|blob|container)$/i;
/** Receivers that are storage objects, for `makePublic()` (a blog post may be made public too). */
const STORAGE_WORDS = /bucket|file|blob|storage|object|gcs|upload|asset|image|media|attachment|document|avatar|photo/i;

export const PUBLIC_DATA_STORE: Rule = {
  ...ruleInfo(PUBLIC_DATA_STORE_ID),
  check: (facts: SourceFacts, context: RuleContext) => [
    ...distinctByRange([...aclLiterals(facts), ...aclReferences(facts), ...publicCalls(facts)]),
    ...policyStatementFindings(facts),
    ...firebaseRuleFindings(facts),
    ...publicGrantFindings(facts, context),
  ],
};

function aclLiterals(facts: SourceFacts): RawFinding[] {
  return (facts.literals ?? []).flatMap((literal): RawFinding[] => {
    if (literal.kind !== 'string') {
      return isTrueValue(literal) && normaliseKey(literal.key ?? '') === 'publicreadaccess' ? [storeFinding(literal.range, `${literal.key} = ${literal.value}`, 'read')] : [];
    }
    if (!MAYBE_PUBLIC.test(literal.value)) {
      return [];
    }
    const key = normaliseKey(keyOf(literal, facts) ?? literal.calleePath?.[literal.calleePath.length - 1] ?? '');
    const acl = isAclSetting(literal, key, facts) ? (CANNED_ACLS.get(literal.value) ?? ACL_VALUES.get(normaliseKey(literal.value))) : undefined;
    if (acl) {
      return [storeFinding(literal.range, `the ACL '${literal.value}'`, acl)];
    }
    if (/^all(Authenticated)?Users$/.test(literal.value) && (/^(members?|entity|users?)$/.test(key) || isDocument(facts))) {
      return [storeFinding(literal.range, `the member '${literal.value}'`, literal.value === 'allUsers' ? 'read' : 'google')];
    }
    return isAzurePublicLevel(literal, key, facts) ? [storeFinding(literal.range, `public access '${literal.value}'`, 'read')] : [];
  });
}

/**
 * Given as an ACL: under a key or to a call that names one (`ACL:`, `acl=`, `x-amz-acl`,
 * `predefinedAcl`, `AccessControl`, `withCannedAcl(...)`), or wrapped on its way there (Go's
 * `ACL: aws.String("public-read")`). A list of ACL names in a form is not a setting.
 */
function isAclSetting(literal: Literal, key: string, facts: SourceFacts): boolean {
  if (/acl|accesscontrol/.test(key)) {
    return true;
  }
  return callsAround(facts.calls, literal.range).some((call) => {
    const argument = argumentAround(call, literal.range)?.argument;
    const before = argument ? argumentTextBefore(argument, literal.range.start) : undefined;
    return before !== undefined && /acl["']?\s*(?::|=>|=)\s*(?:[\w.&*]+\()?\s*$/i.test(before);
  });
}

/** Azure's `public_access="blob"`, `access: 'container'` given to a container call, `setAccessPolicy('blob')`. */
function isAzurePublicLevel(literal: Literal, key: string, facts: SourceFacts): boolean {
  if (!/^(blob|container)$/.test(literal.value)) {
    return false;
  }
  const callee = literal.calleePath?.join('.') ?? '';
  const inContainerCall = callsAround(facts.calls, literal.range).some((call) => /container/i.test(call.calleePath.join('.')));
  return key === 'publicaccess' || /setAccessPolicy$/.test(callee) || (key === 'access' && inContainerCall);
}

function aclReferences(facts: SourceFacts): RawFinding[] {
  return valueReferences(facts).flatMap((reference): RawFinding[] => {
    const last = reference.path[reference.path.length - 1] ?? '';
    const owner = reference.path[reference.path.length - 2] ?? '';
    const acl = ACL_CONSTANT.exec(last)?.[1];
    if (acl && (/acl|accesscontrol/i.test(owner) || /CannedACL/.test(last))) {
      return [storeFinding(reference.range, reference.path.join('.'), /write/i.test(acl) ? 'write' : /authenticated/i.test(acl) ? 'aws' : 'read')];
    }
    const azure = AZURE_PUBLIC.exec(last);
    if (azure && (/^PublicAccess(Type)?$/.test(owner) || last.startsWith('PublicAccessType'))) {
      return [storeFinding(reference.range, reference.path.join('.'), 'read')];
    }
    return last === 'AllUsers' && owner === 'storage' ? [storeFinding(reference.range, reference.path.join('.'), 'read')] : [];
  });
}

function publicCalls(facts: SourceFacts): RawFinding[] {
  return facts.calls.flatMap((call): RawFinding[] => {
    const name = call.calleePath[call.calleePath.length - 1] ?? '';
    const callee = `${call.calleePath.join('.')}()`;
    if ((name === 'makePublic' || name === 'make_public') && STORAGE_WORDS.test(receiverText(call, facts.calls))) {
      return [storeFinding(call.range, callee, 'read')];
    }
    if (name === 'ofAllUsers' || name === 'grantPublicAccess' || name === 'storePublicly' || name === 'storePubliclyAs') {
      return [storeFinding(call.range, callee, 'read')];
    }
    return isLaravelPublicVisibility(call, facts) ? [storeFinding(call.range, callee, 'read')] : [];
  });
}

/** Laravel's `Storage::disk('s3')->put($path, $data, 'public')` and `setVisibility($path, 'public')`, not on the local `public` disk, which is public by design. */
function isLaravelPublicVisibility(call: Call, facts: SourceFacts): boolean {
  const name = call.calleePath[call.calleePath.length - 1] ?? '';
  if (!/^(put|putFile|putFileAs|writeStream|setVisibility)$/.test(name) || !call.arguments.some((a) => a.text === "'public'" || a.text === '"public"')) {
    return false;
  }
  const disk = receiverCall(facts.calls, call);
  const onStorage = call.calleePath[0] === 'Storage' || disk?.calleePath[0] === 'Storage';
  const diskName = disk?.arguments[0]?.text.replace(/['"]/g, '');
  return onStorage && diskName !== 'public' && diskName !== 'local';
}

/** The receiver a call is made on, chains included: `bucket.file('a.pdf')` for `bucket.file('a.pdf').makePublic()`. */
function receiverText(call: Call, calls: readonly Call[]): string {
  if (call.calleePath.length > 1) {
    return call.calleePath.slice(0, -1).join('.');
  }
  const inner = receiverCall(calls, call);
  return inner ? inner.calleePath.join('.') : '';
}

function isDocument(facts: SourceFacts): boolean {
  return facts.languageId === 'json' || facts.languageId === 'yaml';
}

/** One finding per place: references to the same constant repeat in every call around them. */
function distinctByRange(findings: readonly RawFinding[]): RawFinding[] {
  return findings.filter((finding, i) => findings.findIndex((other) => sameRange(other.range, finding.range)) === i);
}
