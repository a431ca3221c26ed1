/**
 * Connections that are plain text without any URL to show it: SMTP without TLS (settings that
 * switch it off, or a client opened on a mail port that never starts TLS) and gRPC channels with
 * insecure credentials. Read by insecure-transport.
 */
import type { Call, SourceFacts } from '../facts';
import type { TextRange } from '../model';

export interface PlainConnection {
  readonly range: TextRange;
  /** What is plain, for the message: "EMAIL_USE_TLS = False", "smtplib.SMTP() without starttls()". */
  readonly what: string;
  readonly instead: string;
}

/** Settings that switch mail TLS off when false (keys compared without case, `_`, `-` or `.`). */
const MAIL_TLS_KEYS = new Set(['emailusetls', 'enablestarttlsauto', 'enablestarttls', 'enablessl', 'usessl', 'starttls', 'mailsmtpstarttlsenable', 'mailsmtpsslenable', 'requiretls']);
/** Mail clients that talk plain SMTP until told to start TLS. */
const PLAIN_SMTP_CLIENTS = [/^smtplib\.SMTP$/, /^(Net\.)?SMTP\.(start|new)$/, /^SmtpClient$/];
const STARTS_TLS = new Set(['starttls', 'enable_starttls', 'enable_starttls_auto', 'ehlo_or_helo_if_needed_starttls']);
/** gRPC calls that open a channel without TLS. */
const INSECURE_RPC = [/^insecure\.NewCredentials$/, /^grpc\.WithInsecure$/, /^grpc\.insecure_channel$/, /(^|\.)usePlaintext$/, /^ChannelCredentials\.Insecure$/];
const LOOPBACK = /(^|[^\w.])(localhost|127\.0\.0\.1|\[?::1\]?)([:/]|$)/i;
const MAIL_TLS_ADVICE = 'Turn TLS on (STARTTLS on port 587, or implicit TLS on 465).';

export function plainConnections(facts: SourceFacts): PlainConnection[] {
  return [...mailTlsSwitchedOff(facts), ...plainSmtpClients(facts), ...insecureRpc(facts)];
}

function mailTlsSwitchedOff(facts: SourceFacts): PlainConnection[] {
  const keyed = (facts.literals ?? []).filter((l) => l.key !== undefined && MAIL_TLS_KEYS.has(normalise(l.key)) && /^(false|0)$/i.test(l.value));
  // Java's `props.put("mail.smtp.starttls.enable", "false")`: the key is the call's first argument.
  const properties = facts.calls.filter((call) => {
    const [key, value] = call.arguments;
    return /^(put|setProperty)$/.test(call.calleePath[call.calleePath.length - 1] ?? '') && key && value && MAIL_TLS_KEYS.has(normalise(key.text)) && /^["']?false["']?$/i.test(value.text);
  });
  return [
    ...keyed.map((l) => ({ range: l.range, what: `${l.key} = ${l.value} sends mail without TLS`, instead: MAIL_TLS_ADVICE })),
    ...properties.map((call) => ({ range: call.arguments[1]!.range, what: `${call.arguments[0]!.text} = false sends mail without TLS`, instead: MAIL_TLS_ADVICE })),
  ];
}

function plainSmtpClients(facts: SourceFacts): PlainConnection[] {
  return facts.calls
    .filter((call) => PLAIN_SMTP_CLIENTS.some((p) => p.test(call.calleePath.join('.'))) && !toLoopback(call) && !startsTlsNearby(facts, call))
    .map((call) => ({ range: call.range, what: `${call.calleePath.join('.')}() opens a plain SMTP connection and never starts TLS`, instead: MAIL_TLS_ADVICE }));
}

/** A `starttls()` call (or `enable_starttls`, or an `EnableSsl` setting) in the same function. */
function startsTlsNearby(facts: SourceFacts, client: Call): boolean {
  const starts = facts.calls.some((call) => call.scope === client.scope && STARTS_TLS.has(call.calleePath[call.calleePath.length - 1] ?? ''));
  const setting = (facts.literals ?? []).some((l) => l.key !== undefined && MAIL_TLS_KEYS.has(normalise(l.key)) && l.range.start.line >= client.range.start.line && l.range.start.line <= client.range.end.line);
  return starts || setting;
}

function insecureRpc(facts: SourceFacts): PlainConnection[] {
  return facts.calls
    .filter((call) => INSECURE_RPC.some((p) => p.test(call.calleePath.join('.'))))
    .filter((call) => !facts.calls.some((outer) => outer.range.start.line === call.range.start.line && toLoopback(outer)))
    .map((call) => ({ range: call.range, what: `${call.calleePath.join('.')}() opens a gRPC channel without TLS`, instead: 'Use TLS channel credentials (grpc.WithTransportCredentials(credentials.NewTLS(...)), grpc.secure_channel).' }));
}

function toLoopback(call: Call): boolean {
  return call.arguments.some((a) => LOOPBACK.test(a.text.replace(/^["'`]|["'`]$/g, '')));
}

function normalise(key: string): string {
  return key.toLowerCase().replace(/[-_\s.'"]/g, '');
}
