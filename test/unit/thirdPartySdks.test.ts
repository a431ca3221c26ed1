import * as assert from 'assert';
import type { SinkLanguage } from '../../src/core/rules/personalDataReaching';
import { CHAT_WEBHOOKS, THIRD_PARTY_SDKS, type VendorKind } from '../../src/core/rules/thirdPartySdks';

const LANGUAGES: readonly SinkLanguage[] = ['typescript', 'python', 'java', 'go', 'php', 'ruby', 'csharp'];
const KINDS: readonly VendorKind[] = ['analytics', 'session-replay', 'marketing', 'ads', 'error-tracking', 'monitoring', 'feature-flags', 'customer-support', 'llm', 'chat'];
/** `analytics.track`, `*.chat_postMessage`, `gtag`, `$crisp.push`, `_paq.push`. */
const CALL_PATH = /^(\*\.)?[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/;

describe('third-party SDK list', () => {
  it('holds at least 60 SDKs', () => {
    const names = new Set(THIRD_PARTY_SDKS.map((sdk) => sdk.name));
    assert.ok(names.size >= 60, `${names.size} SDKs`);
  });

  it('represents every language, with several SDKs each', () => {
    for (const language of LANGUAGES) {
      const names = new Set(THIRD_PARTY_SDKS.filter((sdk) => sdk.language === language).map((sdk) => sdk.name));
      assert.ok(names.size >= 10, `${language}: ${names.size} SDKs`);
    }
  });

  it('has well-formed entries: a name, a known kind and language, and a way to recognise the call', () => {
    for (const sdk of THIRD_PARTY_SDKS) {
      const label = `${sdk.name} (${sdk.language})`;
      assert.ok(sdk.name.trim().length > 0, label);
      assert.ok(KINDS.includes(sdk.kind), `${label}: kind ${sdk.kind}`);
      assert.ok(LANGUAGES.includes(sdk.language), `${label}: language ${sdk.language}`);
      assert.ok((sdk.calls?.length ?? 0) > 0 || (sdk.clients?.length ?? 0) > 0, `${label}: no calls and no clients`);
      assert.strictEqual((sdk.clients?.length ?? 0) > 0, (sdk.clientMethods?.length ?? 0) > 0, `${label}: clients and clientMethods go together`);
      for (const path of [...(sdk.calls ?? []), ...(sdk.clients ?? []), ...(sdk.clientMethods ?? [])]) {
        assert.match(path, CALL_PATH, `${label}: ${path}`);
      }
      for (const evidence of sdk.evidence ?? []) {
        assert.ok(evidence.trim().length > 0, `${label}: empty evidence`);
      }
    }
  });

  it('never recognises an SDK by a bare method name on any receiver unless the call carries evidence', () => {
    const generic = new Set(['*.track', '*.identify', '*.capture', '*.send', '*.create', '*.set', '*.log', '*.error', '*.chat', '*.messages']);
    for (const sdk of THIRD_PARTY_SDKS) {
      for (const path of sdk.calls ?? []) {
        assert.ok(!generic.has(path) || (sdk.evidence?.length ?? 0) > 0, `${sdk.name} (${sdk.language}): ${path} needs evidence`);
      }
    }
  });

  it('covers the vendor kinds the issue names: analytics, marketing, error tracking, LLM APIs and chat', () => {
    const kinds = new Set(THIRD_PARTY_SDKS.map((sdk) => sdk.kind));
    for (const kind of ['analytics', 'marketing', 'error-tracking', 'llm', 'chat', 'customer-support', 'ads'] as const) {
      assert.ok(kinds.has(kind), kind);
    }
  });

  it('leaves out processors whose service is delivering to the person or charging them', () => {
    const names = THIRD_PARTY_SDKS.map((sdk) => sdk.name.toLowerCase());
    for (const processor of ['twilio', 'stripe', 'sendgrid', 'auth0']) {
      assert.ok(!names.some((name) => name.includes(processor)), processor);
    }
  });

  it('knows chat webhooks by host and by the name of the variable that holds the URL', () => {
    const slack = CHAT_WEBHOOKS.find((chat) => chat.name === 'Slack');
    assert.ok(slack?.host.test('https://hooks.slack.com/services/T000/B000/XXXX'));
    assert.ok(CHAT_WEBHOOKS.find((chat) => chat.name === 'Discord')?.host.test('https://discord.com/api/webhooks/123/abc'));
    assert.ok(!CHAT_WEBHOOKS.some((chat) => chat.host.test('https://api.example.com/hooks/orders')));
  });
});
