/**
 * `tls-verification-disabled` and `insecure-transport`: personal data sent without encryption, or
 * to a server whose identity is not checked. Both read literal facts (which value is given to
 * which key or call), in the languages whose adapters emit them (see facts.ts).
 */
import type { Literal, SourceFacts } from '../facts';
import type { RawFinding } from '../model';
import { ruleInfo } from './catalogue';
import { contains, onePerPlace, valueReferences } from './factQueries';
import { plainConnections } from './plainProtocols';
import type { Rule } from './rule';

const IN_TRANSIT = ['encryption-in-transit'];

/** Settings that switch certificate checks off when given this value (keys compared without case, `_` or `-`). */
const DISABLING_VALUES: ReadonlyMap<string, (value: string) => boolean> = new Map([
  ['rejectunauthorized', isFalse],
  ['verify', isFalse],
  ['sslverify', isFalse],
  ['verifyssl', isFalse],
  ['verifycert', isFalse],
  ['verifycertificate', isFalse],
  ['verifypeer', isFalse],
  ['curloptsslverifypeer', isFalse],
  ['curloptsslverifyhost', (v) => isFalse(v)],
  ['strictssl', isFalse],
  ['insecureskipverify', isTrue],
  ['insecure', isTrue],
  ['allowinsecure', isTrue],
  ['skiptlsverify', isTrue],
  ['insecureskiptlsverify', isTrue],
  ['disablesslverification', isTrue],
  ['trustallcertificates', isTrue],
  ['checkhostname', isFalse],
  ['verifypeername', isFalse],
  ['verifyhostname', isFalse],
  ['nodetlsrejectunauthorized', (v) => v === '0'],
  ['pythonhttpsverify', (v) => v === '0'],
]);

/**
 * Names that stand for "do not check the certificate": `ssl.CERT_NONE`, `OpenSSL::SSL::VERIFY_NONE`,
 * `ssl._create_unverified_context`, .NET's `DangerousAcceptAnyServerCertificateValidator`, Netty's
 * `InsecureTrustManagerFactory`, Apache HttpClient's `NoopHostnameVerifier`, Laravel's `withoutVerifying()`.
 */
const DISABLING_NAMES = new Set([
  'CERT_NONE',
  'VERIFY_NONE',
  '_create_unverified_context',
  'DangerousAcceptAnyServerCertificateValidator',
  'InsecureTrustManagerFactory',
  'NoopHostnameVerifier',
  'ALLOW_ALL_HOSTNAME_VERIFIER',
  'TrustAllStrategy',
  'withoutVerifying',
]);
/** PHP's `curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false)`: the option is a constant argument, not a key. */
const CURL_VERIFY_OPTION = /^CURLOPT_SSL_VERIFY(PEER|HOST)$/;

export const TLS_VERIFICATION_DISABLED: Rule = {
  ...ruleInfo('tls-verification-disabled'),
  check: (facts) => onePerPlace([...disablingLiterals(facts), ...disablingNames(facts), ...curlOptions(facts), ...acceptAllCallbacks(facts)]),
};

function disablingLiterals(facts: SourceFacts): RawFinding[] {
  return (facts.literals ?? []).flatMap((literal) => {
    const test = literal.key ? DISABLING_VALUES.get(normaliseKey(literal.key)) : undefined;
    return test?.(literal.value) ? [tlsFinding(literal.range, `${literal.key} = ${literal.value}`)] : [];
  });
}

function disablingNames(facts: SourceFacts): RawFinding[] {
  const references = valueReferences(facts);
  const calls = facts.calls.filter((call) => call.calleePath.some((name) => DISABLING_NAMES.has(name)));
  return [
    ...references.filter((r) => r.path.some((name) => DISABLING_NAMES.has(name))).map((r) => tlsFinding(r.range, r.path.join('.'))),
    ...calls.map((call) => tlsFinding(call.range, `${call.calleePath.join('.')}()`)),
  ];
}

function curlOptions(facts: SourceFacts): RawFinding[] {
  return facts.calls.flatMap((call) => {
    const [, option, value] = call.arguments;
    const name = call.calleePath[call.calleePath.length - 1];
    return name === 'curl_setopt' && option && value && CURL_VERIFY_OPTION.test(option.text) && isFalse(value.text) ? [tlsFinding(value.range, `${option.text} = ${value.text}`)] : [];
  });
}

/** Parameters of a certificate or host-name check: a callback taking these and always answering `true` checks nothing. */
const CERTIFICATE_PARAMETERS = /^(cert|certificate|chain|errors|sslpolicyerrors|policyerrors|hostname|session|sslsession|x509certificate|x509chain)$/i;
/** Trust-manager methods whose empty body accepts every certificate. */
const TRUST_CHECKS = new Set(['checkServerTrusted', 'checkClientTrusted']);

/**
 * `(sender, cert, chain, errors) => true`, `(hostname, session) -> true`, and a Java
 * `checkServerTrusted` that does nothing: certificate callbacks that accept anything. Read from
 * function facts, where the adapter reports them.
 */
function acceptAllCallbacks(facts: SourceFacts): RawFinding[] {
  return (facts.functions ?? []).flatMap((fn) => {
    const certificateParameters = fn.parameters.filter((p) => CERTIFICATE_PARAMETERS.test(p.name) || CERTIFICATE_PARAMETERS.test((p.typeText ?? '').replace(/\[\]$/, ''))).length;
    const alwaysTrue = fn.returns.length > 0 && fn.returns.every((r) => /^true$/i.test(r.text.trim()));
    if (alwaysTrue && certificateParameters >= 2) {
      return [tlsFinding(fn.nameRange, 'a certificate callback that always returns true')];
    }
    const emptyCheck = TRUST_CHECKS.has(fn.name) && !facts.calls.some((call) => contains(fn.range, call.range));
    return emptyCheck ? [tlsFinding(fn.nameRange, `${fn.name}() with an empty body`)] : [];
  });
}

function tlsFinding(range: RawFinding['range'], what: string): RawFinding {
  return {
    ruleId: TLS_VERIFICATION_DISABLED.id,
    message: `${what} switches off TLS certificate verification: the connection is encrypted but to whoever answers, so personal data it carries can be read and changed on the way. Keep verification on; for a private CA, trust that CA instead.`,
    range,
    dataCategories: [],
    checklist: IN_TRANSIT,
  };
}

function normaliseKey(key: string): string {
  return key.toLowerCase().replace(/[-_\s]/g, '');
}

function isFalse(value: string): boolean {
  return /^(false|0)$/i.test(value);
}

function isTrue(value: string): boolean {
  return /^(true|1)$/i.test(value);
}

/** Where a plain-text URL is harmless: this machine, reserved test domains, and XML/JSON namespace identifiers that are never fetched. */
const HARMLESS_HOSTS = [/^localhost$/, /\.localhost$/, /^127\./, /^0\.0\.0\.0$/, /^\[?::1\]?$/, /\.local$/, /\.test$/, /\.example$/, /\.invalid$/, /^(www\.)?example\.(com|org|net)$/, /^host\.docker\.internal$/];
const NAMESPACE_HOSTS = new Set(['www.w3.org', 'w3.org', 'schemas.xmlsoap.org', 'schemas.microsoft.com', 'json-schema.org', 'xmlns.com', 'purl.org', 'ns.adobe.com', 'schemas.android.com', 'www.apache.org', 'maven.apache.org', 'opensource.org', 'creativecommons.org', 'schema.org', 'java.sun.com', 'xml.org', 'www.opengis.net', 'docs.oasis-open.org']);
/** Keys under which a URL is used to connect, not merely named. */
const CONNECTING_KEY = /url|uri|endpoint|host|server|base|api|href|webhook|callback|origin|target|proxy|broker|socket|address|dsn|ws/i;
const PLAIN_URL = /^(http|ws|ftp):\/\/([^/:?#${}\s]+)/i;

export const INSECURE_TRANSPORT: Rule = {
  ...ruleInfo('insecure-transport'),
  check: (facts) => [
    ...(facts.literals ?? []).filter(isPlainConnection).map(transportFinding),
    ...plainConnections(facts).map((plain) => ({
      ruleId: INSECURE_TRANSPORT.id,
      message: `${plain.what}: anything sent over it, personal data included, travels unencrypted and can be read on the way. ${plain.instead}`,
      range: plain.range,
      dataCategories: [],
      checklist: IN_TRANSIT,
    })),
  ],
};

function isPlainConnection(literal: Literal): boolean {
  const host = literal.kind === 'string' ? PLAIN_URL.exec(literal.value)?.[2]?.toLowerCase() : undefined;
  if (!host || NAMESPACE_HOSTS.has(host) || HARMLESS_HOSTS.some((pattern) => pattern.test(host))) {
    return false;
  }
  return literal.calleePath !== undefined || (literal.key !== undefined && CONNECTING_KEY.test(literal.key));
}

function transportFinding(literal: Literal): RawFinding {
  const scheme = literal.value.split(':')[0]!.toLowerCase();
  const secure = scheme === 'ws' ? 'wss://' : scheme === 'ftp' ? 'sftp:// or ftps://' : 'https://';
  return {
    ruleId: INSECURE_TRANSPORT.id,
    message: `${literal.value.slice(0, 80)} is a plain-text ${scheme.toUpperCase()} address: anything sent to it, personal data included, travels unencrypted and can be read on the way. Use ${secure}.`,
    range: literal.range,
    dataCategories: [],
    checklist: IN_TRANSIT,
  };
}
