/**
 * `personal-data-to-third-party`: personal data passed to an analytics, session-replay,
 * marketing, advertising, error-tracking, monitoring, feature-flag or customer-support SDK, an LLM
 * API, or a chat service (SDK or webhook). The SDKs are data (thirdPartySdks.ts); a call is
 * recognised by its receiver or by the object the SDK created, never by a method name alone.
 */
import type { Call, Expression, SourceFacts } from '../facts';
import type { RawFinding } from '../model';
import { splitIdentifier } from '../taxonomy/identifiers';
import { SinkMatcher, SinkTable } from './callSinks';
import { ruleInfo } from './catalogue';
import { EXPOSURE_FLOW, PersonalDataFinder, sinkFinding, sinkLanguage } from './personalDataReaching';
import type { Rule, RuleContext } from './rule';
import { CHAT_WEBHOOKS, type ChatWebhook, THIRD_PARTY_SDKS, type ThirdPartySdk, type VendorKind } from './thirdPartySdks';

/** What the vendor is, and why personal data there matters, for the message. */
const KINDS: Readonly<Record<VendorKind, { readonly what: string; readonly why: string }>> = {
  analytics: { what: 'an analytics service', why: 'analytics vendors keep events for years and build profiles from them' },
  'session-replay': { what: 'a session-replay service', why: 'replay vendors record and keep what the person did and typed' },
  marketing: { what: 'a marketing platform', why: 'marketing use needs its own consent, and the platform keeps a profile of the person' },
  ads: { what: 'an advertising network', why: 'ad networks match it against the profiles they hold on the person' },
  'error-tracking': { what: 'an error tracker', why: 'error reports are kept and shown to everyone with access to the tracker' },
  monitoring: { what: 'a monitoring service', why: 'monitoring data is kept and shown to everyone with access to the dashboards' },
  'feature-flags': { what: 'a feature-flag service', why: 'flag services keep the contexts they are given' },
  'customer-support': { what: 'a customer-support service', why: 'support tools keep a profile and show it to every agent' },
  llm: { what: 'an LLM API', why: 'prompts may be kept by the provider and reviewed for abuse or used for training' },
  chat: { what: 'a chat service', why: 'chat messages are kept and shown to everyone in the channel' },
};

/** Methods that send an HTTP request with a body: a chat webhook is reached through one of these. */
const POSTING_METHODS = /^(fetch|axios|got|ky|post|Post|PostForm|PostAsync|PostAsJsonAsync|postForObject|postForEntity|postForLocation|exchange|request|urlopen|send|sendAsync|SendAsync|execute)$/;
/** Words that, with a chat service's word, name a webhook URL: `SLACK_WEBHOOK_URL`, `discordHook`, `TEAMS_URL`. */
const WEBHOOK_WORDS = new Set(['webhook', 'hook', 'url', 'uri', 'endpoint']);

export const PERSONAL_DATA_TO_THIRD_PARTY: Rule = {
  ...ruleInfo('personal-data-to-third-party'),
  check: (facts: SourceFacts, context: RuleContext) => {
    const language = sinkLanguage(facts.languageId);
    if (!language) {
      return [];
    }
    const sdks = new SinkTable(THIRD_PARTY_SDKS.filter((sdk) => sdk.language === language));
    const sharing = new ThirdPartyCalls(facts, context, sdks);
    return facts.calls.flatMap((call) => sharing.findingsFor(call));
  },
};

class ThirdPartyCalls {
  private readonly matcher: SinkMatcher;
  private readonly finder: PersonalDataFinder;

  constructor(
    facts: SourceFacts,
    context: RuleContext,
    private readonly sdks: SinkTable<ThirdPartySdk>,
  ) {
    this.matcher = new SinkMatcher(facts);
    this.finder = new PersonalDataFinder(facts, context);
  }

  findingsFor(call: Call): RawFinding[] {
    const sdk = this.matcher.find(call, this.sdks);
    if (sdk) {
      return this.finding(call, call.arguments, `${sdk.name}, ${KINDS[sdk.kind].what}`, sdk.kind, sdk.name);
    }
    const webhook = this.webhookArgument(call);
    if (webhook) {
      return this.finding(call, call.arguments.filter((a) => a !== webhook.argument), `a ${webhook.chat.name} webhook, ${KINDS.chat.what}`, 'chat', webhook.chat.name);
    }
    return [];
  }

  /** `recipient` is the SDK's or chat service's name: the data inventory lists it. */
  private finding(call: Call, payload: readonly Expression[], vendor: string, kind: VendorKind, recipient: string): RawFinding[] {
    // A callback (`configureScope(function ($scope) use ($patient) {...})`) sends the fields it sets,
    // not every record it can see: a record named inside one is a capture or a target, not a payload.
    const found = payload.flatMap((a) => this.finder.personalValuesIn(a.references, call.scope, isCallback(a.text) ? { ...EXPOSURE_FLOW, wholeRecords: false } : EXPOSURE_FLOW));
    const values = this.finder.unreported(found);
    const callee = this.matcher.pathOf(call).join('.');
    return sinkFinding(
      PERSONAL_DATA_TO_THIRD_PARTY,
      values,
      (what) => `${callee}() sends ${what} to ${vendor}: ${KINDS[kind].why}. Sharing personal data with a third party needs a lawful basis, a processing agreement and a record of the transfer; send an opaque id, or leave the data out.`,
    ).map((finding) => ({ ...finding, recipient }));
  }

  /** The argument that names a chat webhook, in a call that posts to it. */
  private webhookArgument(call: Call): { argument: Expression; chat: ChatWebhook } | undefined {
    const method = call.calleePath[call.calleePath.length - 1] ?? '';
    if (!POSTING_METHODS.test(method) || call.arguments.length < 2) {
      return undefined;
    }
    for (const argument of call.arguments) {
      const chat = this.webhookIn(argument);
      if (chat) {
        return { argument, chat };
      }
    }
    return undefined;
  }

  private webhookIn(argument: Expression): ChatWebhook | undefined {
    const literals = this.matcher.index.literalsWithin(argument.range).filter((l) => l.kind === 'string');
    const byHost = CHAT_WEBHOOKS.find((chat) => literals.some((l) => chat.host.test(l.value)));
    return byHost ?? CHAT_WEBHOOKS.find((chat) => argument.references.some((r) => namesWebhook(r.path[r.path.length - 1] ?? '', chat)));
  }
}

function namesWebhook(name: string, chat: ChatWebhook): boolean {
  const words = splitIdentifier(name);
  return chat.words.every((w) => words.includes(w)) && words.some((w) => WEBHOOK_WORDS.has(w));
}

/** A function literal given as an argument: an arrow, `function`, `fn`, `func`, `lambda`, a C# lambda or a Ruby block. */
function isCallback(argumentText: string): boolean {
  return /^(async\s+)?(function\b|fn\b|func\b|lambda\b|do\b|\{\s*\||\([^()]*\)\s*(:\s*[\w<>[\]]+\s*)?=>|[\w$]+\s*=>)/.test(argumentText.trim());
}
