/**
 * Third-party SDKs that personal data should not reach without a lawful basis, a processing
 * agreement and a record of the transfer: analytics, session replay, marketing, advertising, error
 * tracking and monitoring, feature flags, customer support, LLM APIs and chat. Data, read by
 * `personal-data-to-third-party`; one entry per SDK and language.
 *
 * An SDK call is recognised by its receiver, never by a method name alone (a local `order.track()`
 * is not Segment): by the path it is called through (`analytics.track`, `Sentry.setUser`), or by
 * a method on an object the SDK created (`mp = Mixpanel(TOKEN)` then `mp.track(...)`). A path too
 * common to trust alone (`messages.create`) also needs evidence in the call: a literal key
 * (`model`) or an argument of the SDK's type (`analytics.Track{...}` in Go).
 *
 * Deliberately not listed: processors whose service is delivering to the person or charging them,
 * where the personal data is the point of the call and the processing agreement is already the
 * DPO's record: transactional SMS and mail (Twilio, Vonage, SendGrid, Mailgun, Postmark, SES),
 * payments (Stripe, PayPal, Braintree, Adyen) and identity providers (Auth0, Cognito, Okta).
 * Flagging `twilio.messages.create({ to: user.phone })` would cry wolf. Marketing platforms
 * (Mailchimp, HubSpot, Braze, Klaviyo...) are listed even though they send mail: the transfer
 * is for marketing, which needs its own consent.
 */
import type { CallSink } from './callSinks';
import type { SinkLanguage } from './personalDataReaching';

export type VendorKind = 'analytics' | 'session-replay' | 'marketing' | 'ads' | 'error-tracking' | 'monitoring' | 'feature-flags' | 'customer-support' | 'llm' | 'chat';


/** An SDK's calls that send data (see CallSink for how `calls`, `clients`, `clientMethods` and `evidence` match). */
export interface ThirdPartySdk extends CallSink {
  readonly name: string;
  readonly kind: VendorKind;
  readonly language: SinkLanguage;
}

const js = 'typescript';
const py = 'python';
const java = 'java';
const go = 'go';
const php = 'php';
const rb = 'ruby';
const cs = 'csharp';

/** `analytics.track`, `analytics.identify`... for a receiver and its methods. */
function on(receiver: string, ...methods: string[]): string[] {
  return methods.map((m) => `${receiver}.${m}`);
}

export const THIRD_PARTY_SDKS: readonly ThirdPartySdk[] = [
  // TypeScript and JavaScript (one family, `typescript`): browser snippets and Node SDKs.
  { name: 'Segment', kind: 'analytics', language: js, calls: on('analytics', 'track', 'identify', 'page', 'group', 'alias', 'screen'), clients: ['Analytics', 'AnalyticsBrowser.load'], clientMethods: ['track', 'identify', 'page', 'group', 'alias'] },
  { name: 'RudderStack', kind: 'analytics', language: js, calls: on('rudderanalytics', 'track', 'identify', 'page', 'group', 'alias') },
  { name: 'Mixpanel', kind: 'analytics', language: js, calls: on('mixpanel', 'track', 'identify', 'register', 'register_once', 'alias', 'people.set', 'people.set_once', 'people.append', 'people.union'), clients: ['Mixpanel.init', 'mixpanel.init'], clientMethods: ['track', 'alias', 'people.set', 'people.set_once'] },
  { name: 'Amplitude', kind: 'analytics', language: js, calls: [...on('amplitude', 'track', 'identify', 'setUserId', 'logEvent', 'setUserProperties'), 'amplitude.getInstance.logEvent', 'amplitude.getInstance.setUserProperties', 'amplitude.getInstance.setUserId'] },
  { name: 'PostHog', kind: 'analytics', language: js, calls: on('posthog', 'capture', 'identify', 'alias', 'group', 'setPersonProperties', 'register', 'people.set'), clients: ['PostHog'], clientMethods: ['capture', 'identify', 'alias', 'groupIdentify'] },
  { name: 'Heap', kind: 'analytics', language: js, calls: on('heap', 'identify', 'addUserProperties', 'track', 'addEventProperties') },
  { name: 'Google Analytics', kind: 'analytics', language: js, calls: ['gtag', 'ga'] },
  { name: 'Google Tag Manager', kind: 'analytics', language: js, calls: ['dataLayer.push'] },
  { name: 'Firebase Analytics', kind: 'analytics', language: js, calls: ['analytics.logEvent', 'analytics.setUserProperties', 'analytics.setUserId'] },
  { name: 'Firebase Analytics', kind: 'analytics', language: js, calls: ['logEvent', 'setUserProperties'], evidence: ['analytics', 'getAnalytics'] },
  { name: 'Pendo', kind: 'analytics', language: js, calls: on('pendo', 'initialize', 'identify', 'updateOptions', 'track') },
  { name: 'Snowplow', kind: 'analytics', language: js, calls: ['snowplow', 'trackSelfDescribingEvent', 'trackStructEvent'] },
  { name: 'Plausible', kind: 'analytics', language: js, calls: ['plausible'] },
  { name: 'Matomo', kind: 'analytics', language: js, calls: ['_paq.push'] },
  { name: 'Countly', kind: 'analytics', language: js, calls: on('Countly', 'add_event', 'user_details', 'q.push') },
  { name: 'Kissmetrics', kind: 'analytics', language: js, calls: ['_kmq.push'] },
  { name: 'Statsig', kind: 'analytics', language: js, calls: [...on('Statsig', 'logEvent', 'updateUser'), ...on('statsig', 'logEvent', 'updateUser')] },
  { name: 'Adobe Experience Platform', kind: 'analytics', language: js, calls: ['alloy'] },
  { name: 'FullStory', kind: 'session-replay', language: js, calls: ['FS', ...on('FS', 'identify', 'setUserVars', 'event', 'setProperties'), ...on('FullStory', 'identify', 'setUserVars', 'event')] },
  { name: 'Hotjar', kind: 'session-replay', language: js, calls: ['hj', 'Hotjar.identify', 'Hotjar.event'] },
  { name: 'LogRocket', kind: 'session-replay', language: js, calls: on('LogRocket', 'identify', 'track') },
  { name: 'Microsoft Clarity', kind: 'session-replay', language: js, calls: ['clarity', 'Clarity.identify', 'Clarity.setTag'] },
  { name: 'Smartlook', kind: 'session-replay', language: js, calls: ['smartlook'] },
  { name: 'Mouseflow', kind: 'session-replay', language: js, calls: ['_mfq.push'] },
  { name: 'Sentry', kind: 'error-tracking', language: js, calls: on('Sentry', 'setUser', 'setContext', 'setExtra', 'setExtras', 'setTag', 'setTags', 'captureMessage', 'captureException', 'captureEvent', 'addBreadcrumb') },
  { name: 'Bugsnag', kind: 'error-tracking', language: js, calls: [...on('Bugsnag', 'notify', 'setUser', 'addMetadata', 'leaveBreadcrumb'), ...on('bugsnagClient', 'notify', 'setUser', 'addMetadata')] },
  { name: 'Rollbar', kind: 'error-tracking', language: js, calls: [...on('rollbar', 'error', 'info', 'warning', 'critical', 'log', 'configure'), ...on('Rollbar', 'error', 'info', 'warning', 'critical', 'log', 'configure')], clients: ['Rollbar'], clientMethods: ['error', 'info', 'warning', 'critical', 'log'] },
  { name: 'Datadog RUM', kind: 'monitoring', language: js, calls: [...on('datadogRum', 'setUser', 'setUserProperty', 'addAction', 'addError', 'setGlobalContextProperty'), ...on('DD_RUM', 'setUser', 'addAction')] },
  { name: 'New Relic', kind: 'monitoring', language: js, calls: on('newrelic', 'setCustomAttribute', 'addCustomAttribute', 'addCustomAttributes', 'noticeError', 'addPageAction', 'setUserId', 'recordCustomEvent') },
  { name: 'Honeybadger', kind: 'error-tracking', language: js, calls: on('Honeybadger', 'setContext', 'notify') },
  { name: 'Raygun', kind: 'error-tracking', language: js, calls: ['rg4js'] },
  { name: 'TrackJS', kind: 'error-tracking', language: js, calls: on('TrackJS', 'addMetadata', 'track', 'configure') },
  { name: 'Elastic APM', kind: 'monitoring', language: js, calls: on('apm', 'setUserContext', 'setCustomContext', 'addLabels', 'captureError') },
  { name: 'Azure Application Insights', kind: 'monitoring', language: js, calls: on('appInsights', 'trackEvent', 'trackPageView', 'setAuthenticatedUserContext', 'trackException', 'trackTrace') },
  { name: 'LaunchDarkly', kind: 'feature-flags', language: js, calls: ['ldClient.identify', 'LaunchDarkly.initialize', 'LDClient.initialize'] },
  { name: 'Intercom', kind: 'customer-support', language: js, calls: ['Intercom', ...on('intercom', 'contacts.create', 'contacts.update', 'events.create')], clients: ['IntercomClient'], clientMethods: ['contacts.create', 'contacts.update', 'events.create'] },
  { name: 'Zendesk', kind: 'customer-support', language: js, calls: ['zE'] },
  { name: 'Drift', kind: 'customer-support', language: js, calls: ['drift.identify', 'drift.api.setUserAttributes'] },
  { name: 'Crisp', kind: 'customer-support', language: js, calls: ['$crisp.push'] },
  { name: 'Help Scout Beacon', kind: 'customer-support', language: js, calls: ['Beacon'] },
  { name: 'Freshchat', kind: 'customer-support', language: js, calls: on('fcWidget', 'setExternalId', 'user.setEmail', 'user.setFirstName', 'user.setPhone', 'user.setProperties') },
  { name: 'Tawk.to', kind: 'customer-support', language: js, calls: on('Tawk_API', 'setAttributes', 'addEvent') },
  { name: 'LiveChat', kind: 'customer-support', language: js, calls: ['LiveChatWidget.call'] },
  { name: 'Mailchimp', kind: 'marketing', language: js, calls: ['lists.addListMember', 'lists.setListMember', 'lists.updateListMember'] },
  { name: 'HubSpot', kind: 'marketing', language: js, calls: ['_hsq.push', 'crm.contacts.basicApi.create', 'crm.contacts.basicApi.update'] },
  { name: 'Braze', kind: 'marketing', language: js, calls: [...on('braze', 'changeUser', 'logCustomEvent'), ...on('braze.getUser', 'setEmail', 'setFirstName', 'setLastName', 'setPhoneNumber', 'setCustomUserAttribute', 'setDateOfBirth')] },
  { name: 'Customer.io', kind: 'marketing', language: js, calls: [...on('_cio', 'identify', 'track'), ...on('cio', 'identify', 'track')], clients: ['TrackClient'], clientMethods: ['identify', 'track'] },
  { name: 'Klaviyo', kind: 'marketing', language: js, calls: ['_learnq.push', ...on('klaviyo', 'identify', 'track', 'push')] },
  { name: 'Iterable', kind: 'marketing', language: js, calls: ['updateUserEmail', 'iterable.users.update', 'iterable.events.track'] },
  { name: 'Salesforce Marketing Cloud', kind: 'marketing', language: js, calls: ['_etmc.push'] },
  { name: 'OneSignal', kind: 'marketing', language: js, calls: on('OneSignal', 'setEmail', 'setSMSNumber', 'login', 'setExternalUserId', 'sendTag', 'sendTags', 'User.addEmail', 'User.addSms', 'User.addTag') },
  { name: 'Marketo Munchkin', kind: 'marketing', language: js, calls: ['Munchkin.munchkinFunction'] },
  { name: 'ActiveCampaign', kind: 'marketing', language: js, calls: ['vgo'] },
  { name: 'Drip', kind: 'marketing', language: js, calls: ['_dcq.push'] },
  { name: 'Facebook Pixel', kind: 'ads', language: js, calls: ['fbq'] },
  { name: 'LinkedIn Insight Tag', kind: 'ads', language: js, calls: ['lintrk'] },
  { name: 'X (Twitter) Pixel', kind: 'ads', language: js, calls: ['twq'] },
  { name: 'TikTok Pixel', kind: 'ads', language: js, calls: on('ttq', 'identify', 'track', 'page') },
  { name: 'Pinterest Tag', kind: 'ads', language: js, calls: ['pintrk'] },
  { name: 'Snap Pixel', kind: 'ads', language: js, calls: ['snaptr'] },
  { name: 'Reddit Pixel', kind: 'ads', language: js, calls: ['rdt'] },
  { name: 'Microsoft UET', kind: 'ads', language: js, calls: ['uetq.push'] },
  { name: 'OpenAI', kind: 'llm', language: js, calls: ['chat.completions.create', 'beta.chat.completions.parse', 'openai.createChatCompletion', 'openai.createCompletion', '*.getChatCompletions'] },
  { name: 'OpenAI', kind: 'llm', language: js, calls: ['responses.create', 'completions.create', 'embeddings.create', 'moderations.create'], evidence: ['model'] },
  { name: 'Anthropic', kind: 'llm', language: js, calls: ['anthropic.messages.create', 'anthropic.messages.stream'], clients: ['Anthropic'], clientMethods: ['messages.create', 'messages.stream'] },
  { name: 'Anthropic', kind: 'llm', language: js, calls: ['messages.create', 'messages.stream'], evidence: ['model', 'max_tokens'] },
  { name: 'Google Gemini', kind: 'llm', language: js, calls: ['*.generateContent', '*.generateContentStream', 'models.generateContent'] },
  { name: 'Cohere', kind: 'llm', language: js, calls: [...on('cohere', 'chat', 'generate', 'embed'), ...on('co', 'chat', 'generate')], clients: ['CohereClient', 'CohereClientV2'], clientMethods: ['chat', 'generate', 'embed'] },
  { name: 'Mistral', kind: 'llm', language: js, calls: ['chat.complete', 'chat.stream'], clients: ['Mistral'], clientMethods: ['chat.complete', 'chat.stream'] },
  { name: 'Vercel AI SDK', kind: 'llm', language: js, calls: ['generateText', 'streamText', 'generateObject', 'streamObject'] },
  { name: 'Ollama', kind: 'llm', language: js, calls: on('ollama', 'chat', 'generate') },
  { name: 'Replicate', kind: 'llm', language: js, calls: ['replicate.run'] },
  { name: 'LangChain', kind: 'llm', language: js, clients: ['ChatOpenAI', 'ChatAnthropic', 'ChatGoogleGenerativeAI', 'ChatMistralAI', 'ChatOllama'], clientMethods: ['invoke', 'stream', 'call', 'predict'] },
  { name: 'Slack Web API', kind: 'chat', language: js, calls: ['chat.postMessage', 'chat.postEphemeral', 'chat.update', 'chat.scheduleMessage'] },
  { name: 'Slack incoming webhook', kind: 'chat', language: js, clients: ['IncomingWebhook'], clientMethods: ['send'] },
  { name: 'Discord webhook', kind: 'chat', language: js, clients: ['WebhookClient'], clientMethods: ['send'] },
  { name: 'Telegram Bot API', kind: 'chat', language: js, calls: ['bot.sendMessage', 'telegram.sendMessage'] },

  // Python
  { name: 'Segment', kind: 'analytics', language: py, calls: on('analytics', 'track', 'identify', 'page', 'group', 'alias', 'screen') },
  { name: 'RudderStack', kind: 'analytics', language: py, calls: on('rudder_analytics', 'track', 'identify', 'page', 'group') },
  { name: 'Mixpanel', kind: 'analytics', language: py, clients: ['Mixpanel'], clientMethods: ['track', 'alias', 'people_set', 'people_set_once', 'people_append', 'people_union', 'group_set'] },
  { name: 'PostHog', kind: 'analytics', language: py, calls: on('posthog', 'capture', 'identify', 'set', 'alias', 'group_identify'), clients: ['Posthog', 'PostHog'], clientMethods: ['capture', 'identify', 'set', 'alias'] },
  { name: 'Amplitude', kind: 'analytics', language: py, clients: ['Amplitude'], clientMethods: ['track', 'identify'] },
  { name: 'Sentry', kind: 'error-tracking', language: py, calls: [...on('sentry_sdk', 'set_user', 'set_context', 'set_extra', 'set_tag', 'capture_message', 'capture_exception', 'add_breadcrumb'), ...on('scope', 'set_user', 'set_extra', 'set_context')] },
  { name: 'Bugsnag', kind: 'error-tracking', language: py, calls: on('bugsnag', 'notify', 'leave_breadcrumb') },
  { name: 'Rollbar', kind: 'error-tracking', language: py, calls: on('rollbar', 'report_message', 'report_exc_info') },
  { name: 'Honeybadger', kind: 'error-tracking', language: py, calls: on('honeybadger', 'notify', 'set_context') },
  { name: 'New Relic', kind: 'monitoring', language: py, calls: on('newrelic.agent', 'add_custom_attribute', 'add_custom_attributes', 'add_custom_parameter', 'record_custom_event', 'notice_error') },
  { name: 'OpenAI', kind: 'llm', language: py, calls: ['chat.completions.create', 'beta.chat.completions.parse', 'openai.ChatCompletion.create', 'openai.Completion.create'] },
  { name: 'OpenAI', kind: 'llm', language: py, calls: ['responses.create', 'completions.create', 'embeddings.create', 'moderations.create'], evidence: ['model'] },
  { name: 'Anthropic', kind: 'llm', language: py, clients: ['Anthropic', 'AsyncAnthropic'], clientMethods: ['messages.create', 'messages.stream'] },
  { name: 'Anthropic', kind: 'llm', language: py, calls: ['messages.create', 'messages.stream'], evidence: ['model', 'max_tokens'] },
  { name: 'Google Gemini', kind: 'llm', language: py, calls: ['*.generate_content', 'models.generate_content'], clients: ['GenerativeModel'], clientMethods: ['generate_content', 'start_chat.send_message'] },
  { name: 'Cohere', kind: 'llm', language: py, calls: on('co', 'chat', 'generate', 'embed'), clients: ['cohere.Client', 'cohere.ClientV2'], clientMethods: ['chat', 'generate', 'embed'] },
  { name: 'Mistral', kind: 'llm', language: py, calls: ['chat.complete', 'chat.stream'], clients: ['Mistral', 'MistralClient'], clientMethods: ['chat', 'chat.complete'] },
  { name: 'Ollama', kind: 'llm', language: py, calls: on('ollama', 'chat', 'generate') },
  { name: 'LangChain', kind: 'llm', language: py, clients: ['ChatOpenAI', 'ChatAnthropic', 'ChatGoogleGenerativeAI', 'ChatMistralAI', 'ChatOllama'], clientMethods: ['invoke', 'ainvoke', 'stream', 'predict'] },
  { name: 'Amazon Bedrock', kind: 'llm', language: py, calls: ['*.converse', '*.invoke_model'], evidence: ['modelId'] },
  { name: 'Slack Web API', kind: 'chat', language: py, calls: ['*.chat_postMessage', '*.chat_postEphemeral', '*.chat_update'] },
  { name: 'Slack incoming webhook', kind: 'chat', language: py, clients: ['WebhookClient'], clientMethods: ['send'] },
  { name: 'Telegram Bot API', kind: 'chat', language: py, calls: ['bot.send_message'] },
  { name: 'Mailchimp', kind: 'marketing', language: py, calls: ['lists.add_list_member', 'lists.set_list_member', 'lists.update_list_member'] },
  { name: 'HubSpot', kind: 'marketing', language: py, calls: ['crm.contacts.basic_api.create', 'crm.contacts.basic_api.update'] },
  { name: 'Customer.io', kind: 'marketing', language: py, clients: ['CustomerIO'], clientMethods: ['identify', 'track'] },
  { name: 'Klaviyo', kind: 'marketing', language: py, calls: ['Profiles.create_profile', 'Events.create_event', 'Profiles.create_or_update_profile'] },

  // Java
  { name: 'Segment', kind: 'analytics', language: java, calls: ['analytics.enqueue'] },
  { name: 'Mixpanel', kind: 'analytics', language: java, clients: ['MessageBuilder'], clientMethods: ['event', 'set', 'setOnce', 'append'] },
  { name: 'Amplitude', kind: 'analytics', language: java, calls: ['Amplitude.getInstance.logEvent', 'Amplitude.instance.logEvent'], clients: ['Amplitude'], clientMethods: ['logEvent'] },
  { name: 'PostHog', kind: 'analytics', language: java, calls: on('posthog', 'capture', 'identify', 'alias', 'set'), clients: ['PostHog'], clientMethods: ['capture', 'identify', 'alias', 'set'] },
  { name: 'Sentry', kind: 'error-tracking', language: java, calls: [...on('Sentry', 'setUser', 'setExtra', 'setTag', 'captureMessage', 'captureException', 'addBreadcrumb', 'configureScope'), ...on('scope', 'setUser', 'setExtra', 'setContexts')] },
  { name: 'Bugsnag', kind: 'error-tracking', language: java, calls: on('bugsnag', 'notify', 'addMetadata', 'setUser') },
  { name: 'Rollbar', kind: 'error-tracking', language: java, calls: on('rollbar', 'error', 'info', 'warning', 'critical', 'log') },
  { name: 'New Relic', kind: 'monitoring', language: java, calls: on('NewRelic', 'addCustomParameter', 'noticeError', 'setUserName', 'setUserId') },
  { name: 'Azure Application Insights', kind: 'monitoring', language: java, clients: ['TelemetryClient'], clientMethods: ['trackEvent', 'trackTrace', 'trackException'] },
  { name: 'OpenAI', kind: 'llm', language: java, calls: ['chat.completions.create', 'responses.create', '*.createChatCompletion', '*.createCompletion'] },
  { name: 'Anthropic', kind: 'llm', language: java, clients: ['AnthropicClient', 'AnthropicOkHttpClient.fromEnv', 'AnthropicOkHttpClient.builder'], clientMethods: ['messages.create'] },
  { name: 'LangChain4j', kind: 'llm', language: java, clients: ['ChatLanguageModel', 'ChatModel', 'OpenAiChatModel', 'AnthropicChatModel'], clientMethods: ['generate', 'chat'] },
  { name: 'Spring AI', kind: 'llm', language: java, clients: ['ChatClient', 'ChatModel'], clientMethods: ['prompt', 'prompt.user', 'call'] },
  { name: 'Slack API client', kind: 'chat', language: java, calls: ['*.chatPostMessage'], clients: ['Slack.getInstance', 'Slack'], clientMethods: ['send'] },

  // Go
  { name: 'Segment', kind: 'analytics', language: go, calls: ['*.Enqueue'], evidence: ['analytics.Track', 'analytics.Identify', 'analytics.Page', 'analytics.Group', 'analytics.Alias', '&analytics.Track'] },
  { name: 'PostHog', kind: 'analytics', language: go, calls: ['*.Enqueue'], evidence: ['posthog.Capture', 'posthog.Identify', 'posthog.Alias'] },
  { name: 'Mixpanel', kind: 'analytics', language: go, clients: ['mixpanel.NewApiClient', 'mixpanel.New'], clientMethods: ['Track', 'PeopleSet', 'Update'] },
  { name: 'Amplitude', kind: 'analytics', language: go, clients: ['amplitude.NewClient'], clientMethods: ['Track', 'Identify'] },
  { name: 'Sentry', kind: 'error-tracking', language: go, calls: [...on('sentry', 'CaptureMessage', 'CaptureException', 'ConfigureScope', 'WithScope', 'AddBreadcrumb'), ...on('scope', 'SetUser', 'SetExtra', 'SetContext', 'SetTag'), 'Scope.SetUser'] },
  { name: 'Bugsnag', kind: 'error-tracking', language: go, calls: ['bugsnag.Notify'] },
  { name: 'Rollbar', kind: 'error-tracking', language: go, calls: on('rollbar', 'Error', 'Info', 'Message', 'Critical', 'Warning') },
  { name: 'New Relic', kind: 'monitoring', language: go, calls: ['txn.AddAttribute', 'newrelic.FromContext.AddAttribute'] },
  { name: 'OpenAI', kind: 'llm', language: go, calls: ['*.CreateChatCompletion', '*.CreateChatCompletionStream', '*.CreateCompletion', 'Chat.Completions.New', 'Responses.New'] },
  { name: 'Anthropic', kind: 'llm', language: go, calls: ['Messages.New'], evidence: ['anthropic.MessageNewParams'] },
  { name: 'Google Gemini', kind: 'llm', language: go, calls: ['*.GenerateContent', 'Models.GenerateContent'] },
  { name: 'LangChainGo', kind: 'llm', language: go, calls: ['llms.GenerateFromSinglePrompt'] },
  { name: 'Slack API', kind: 'chat', language: go, calls: ['*.PostMessage', '*.PostMessageContext'], evidence: ['slack.MsgOption'] },
  { name: 'Slack incoming webhook', kind: 'chat', language: go, calls: ['slack.PostWebhook', 'slack.PostWebhookContext'] },

  // PHP
  { name: 'Segment', kind: 'analytics', language: php, calls: [...on('Segment', 'track', 'identify', 'page', 'group', 'alias'), ...on('Analytics', 'track', 'identify', 'page', 'group', 'alias')] },
  { name: 'Mixpanel', kind: 'analytics', language: php, clients: ['Mixpanel.getInstance'], clientMethods: ['track', 'identify', 'register', 'people.set', 'people.setOnce', 'people.append'] },
  { name: 'PostHog', kind: 'analytics', language: php, calls: on('PostHog', 'capture', 'identify', 'alias') },
  { name: 'Sentry', kind: 'error-tracking', language: php, calls: ['captureMessage', 'captureException', 'configureScope', 'withScope', ...on('scope', 'setUser', 'setExtra', 'setContext', 'setTag')] },
  { name: 'Bugsnag', kind: 'error-tracking', language: php, calls: [...on('Bugsnag', 'notifyException', 'notifyError'), ...on('bugsnag', 'notifyException', 'notifyError')] },
  { name: 'Rollbar', kind: 'error-tracking', language: php, calls: on('Rollbar', 'log', 'error', 'info', 'warning', 'critical') },
  { name: 'New Relic', kind: 'monitoring', language: php, calls: ['newrelic_add_custom_parameter', 'newrelic_notice_error', 'newrelic_record_custom_event'] },
  { name: 'OpenAI', kind: 'llm', language: php, calls: ['chat.create', 'completions.create', 'responses.create', 'embeddings.create'], evidence: ['model'] },
  { name: 'Anthropic', kind: 'llm', language: php, calls: ['messages.create'], evidence: ['model', 'max_tokens'] },
  { name: 'Mailchimp', kind: 'marketing', language: php, calls: ['lists.addListMember', 'lists.setListMember', 'lists.updateListMember'] },
  { name: 'HubSpot', kind: 'marketing', language: php, calls: ['contacts.basicApi.create', 'contacts.basicApi.update'] },
  { name: 'Intercom', kind: 'customer-support', language: php, calls: ['intercom.contacts.create', 'intercom.contacts.update', 'intercom.users.create', 'intercom.events.create'] },

  // Ruby
  { name: 'Segment', kind: 'analytics', language: rb, calls: [...on('Analytics', 'track', 'identify', 'page', 'group', 'alias', 'screen'), ...on('analytics', 'track', 'identify', 'page', 'group', 'alias')], clients: ['Segment.Analytics.new'], clientMethods: ['track', 'identify', 'page', 'group', 'alias'] },
  { name: 'Mixpanel', kind: 'analytics', language: rb, clients: ['Mixpanel.Tracker.new'], clientMethods: ['track', 'alias', 'people.set', 'people.set_once', 'people.append'] },
  { name: 'PostHog', kind: 'analytics', language: rb, calls: on('posthog', 'capture', 'identify', 'alias'), clients: ['PostHog.Client.new'], clientMethods: ['capture', 'identify', 'alias'] },
  { name: 'Sentry', kind: 'error-tracking', language: rb, calls: [...on('Sentry', 'set_user', 'set_context', 'set_extras', 'set_tags', 'capture_message', 'capture_exception', 'configure_scope', 'with_scope', 'add_breadcrumb'), ...on('scope', 'set_user', 'set_extras', 'set_context')] },
  { name: 'Bugsnag', kind: 'error-tracking', language: rb, calls: on('Bugsnag', 'notify', 'leave_breadcrumb') },
  { name: 'Rollbar', kind: 'error-tracking', language: rb, calls: on('Rollbar', 'error', 'info', 'warning', 'critical', 'log', 'scope') },
  { name: 'Honeybadger', kind: 'error-tracking', language: rb, calls: on('Honeybadger', 'context', 'notify') },
  { name: 'Airbrake', kind: 'error-tracking', language: rb, calls: on('Airbrake', 'notify', 'notify_sync', 'merge_context') },
  { name: 'New Relic', kind: 'monitoring', language: rb, calls: on('NewRelic.Agent', 'add_custom_attributes', 'notice_error', 'record_custom_event') },
  { name: 'OpenAI', kind: 'llm', language: rb, calls: ['*.chat', '*.completions', '*.moderations', 'responses.create', 'chat.completions.create'], evidence: ['model'] },
  { name: 'Anthropic', kind: 'llm', language: rb, calls: ['messages.create', '*.messages'], evidence: ['model', 'max_tokens'] },
  { name: 'Slack API', kind: 'chat', language: rb, calls: ['*.chat_postMessage', '*.chat_postEphemeral'], clients: ['Slack.Notifier.new'], clientMethods: ['ping', 'post'] },
  { name: 'Intercom', kind: 'customer-support', language: rb, calls: ['intercom.contacts.create', 'intercom.users.create', 'intercom.events.create'] },
  { name: 'Mailchimp', kind: 'marketing', language: rb, calls: ['lists.add_list_member', 'lists.set_list_member'] },
  { name: 'Customer.io', kind: 'marketing', language: rb, clients: ['Customerio.Client.new'], clientMethods: ['identify', 'track'] },

  // C#
  { name: 'Segment', kind: 'analytics', language: cs, calls: on('Analytics.Client', 'Track', 'Identify', 'Page', 'Group', 'Alias', 'Screen') },
  { name: 'Mixpanel', kind: 'analytics', language: cs, clients: ['MixpanelClient', 'IMixpanelClient'], clientMethods: ['Track', 'TrackAsync', 'PeopleSet', 'PeopleSetAsync'] },
  { name: 'PostHog', kind: 'analytics', language: cs, clients: ['PostHogClient', 'IPostHogClient'], clientMethods: ['Capture', 'Identify', 'IdentifyAsync'] },
  { name: 'Sentry', kind: 'error-tracking', language: cs, calls: [...on('SentrySdk', 'CaptureMessage', 'CaptureException', 'ConfigureScope', 'AddBreadcrumb', 'SetTag'), ...on('scope', 'SetExtra', 'SetTag')] },
  { name: 'Bugsnag', kind: 'error-tracking', language: cs, calls: ['bugsnag.Notify', '_bugsnag.Notify'] },
  { name: 'Rollbar', kind: 'error-tracking', language: cs, calls: on('RollbarLocator.RollbarInstance', 'Error', 'Info', 'Warning', 'Critical', 'Log') },
  { name: 'Azure Application Insights', kind: 'monitoring', language: cs, clients: ['TelemetryClient'], clientMethods: ['TrackEvent', 'TrackTrace', 'TrackException'] },
  { name: 'New Relic', kind: 'monitoring', language: cs, calls: ['NewRelic.NoticeError', 'CurrentTransaction.AddCustomAttribute'] },
  { name: 'OpenAI', kind: 'llm', language: cs, calls: ['*.CompleteChat', '*.CompleteChatAsync', '*.CompleteChatStreaming', '*.CompleteChatStreamingAsync', '*.GetChatCompletions', '*.GetChatCompletionsAsync'] },
  { name: 'Semantic Kernel', kind: 'llm', language: cs, calls: ['*.GetChatMessageContentAsync', '*.InvokePromptAsync'] },
  { name: 'Anthropic', kind: 'llm', language: cs, calls: ['Messages.GetClaudeMessageAsync'] },
  { name: 'SlackNet', kind: 'chat', language: cs, calls: ['Chat.PostMessage', 'Chat.PostEphemeral'] },
  { name: 'Mailchimp', kind: 'marketing', language: cs, calls: ['Members.AddOrUpdateAsync'] },
];

/** Chat services reached by posting to a webhook URL: by the URL's host, or by the name of the variable holding it. */
export interface ChatWebhook {
  readonly name: string;
  readonly host: RegExp;
  /** Words of a name such as `SLACK_WEBHOOK_URL`, `discordHook` or `GOOGLE_CHAT_WEBHOOK` (with `webhook`, `hook` or `url`). */
  readonly words: readonly string[];
}

export const CHAT_WEBHOOKS: readonly ChatWebhook[] = [
  { name: 'Slack', host: /hooks\.slack\.com/i, words: ['slack'] },
  { name: 'Discord', host: /discord(app)?\.com\/api\/webhooks/i, words: ['discord'] },
  { name: 'Microsoft Teams', host: /webhook\.office\.com|outlook\.office(365)?\.com\/webhook/i, words: ['teams'] },
  { name: 'Google Chat', host: /chat\.googleapis\.com/i, words: ['google', 'chat'] },
  { name: 'Mattermost', host: /\/hooks\/[a-z0-9]{20,}/i, words: ['mattermost'] },
  { name: 'Telegram', host: /api\.telegram\.org\/bot/i, words: ['telegram'] },
];
