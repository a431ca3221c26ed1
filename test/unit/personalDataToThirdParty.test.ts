import * as assert from 'assert';
import type { SourceFacts } from '../../src/core/facts';
import { RULES } from '../../src/core/rules';
import { Classifier } from '../../src/core/taxonomy/vocabulary';
import { findingsOf, scan } from './helpers';

const RULE = 'personal-data-to-third-party';

describe('personal-data-to-third-party', () => {
  describe('TypeScript and JavaScript', () => {
    it('reports analytics, ads, session replay, support and error tracking SDKs by their receivers', async () => {
      const source = [
        "analytics.identify(user.id, { email: user.email, plan: user.plan });",
        "window.gtag('event', 'purchase', { email: user.email });",
        "fbq('track', 'Lead', { em: user.email, ph: user.phone });",
        "window.Intercom('boot', { app_id: APP_ID, email: user.email, name: user.name });",
        'FS.identify(user.id, { displayName: user.fullName });',
        'LogRocket.identify(user.id, { email: user.email });',
        'datadogRum.setUser({ id: user.id, email: user.email });',
        'Sentry.setUser({ id: user.id, email: user.email });',
        'posthog.capture("signed_up", { $set: { phone: user.phone } });',
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'typescript', source), ['1:user.email', '2:user.email', '3:user.email', '4:user.email', '5:user.fullName', '6:user.email', '7:user.email', '8:user.email', '9:user.phone']);
    });

    it('names the vendor and its kind, lists every piece of data, and raises third-party-sharing', async () => {
      const { findings } = await scan('typescript', "fbq('track', 'Lead', { em: user.email, ph: user.phone, dob: user.dateOfBirth });");
      assert.strictEqual(findings.length, 1);
      assert.match(findings[0]!.message, /^fbq\(\) sends user\.email \(email address\), user\.phone \(phone number\) and user\.dateOfBirth \(date of birth\) to Facebook Pixel, an advertising network/);
      assert.deepStrictEqual(findings[0]!.checklist, ['third-party-sharing', 'dpia-screening']);
      assert.deepStrictEqual(findings[0]!.dataCategories, ['user.contact.email', 'user.contact.phone_number', 'user.demographic.date_of_birth']);
    });

    it('follows aliases, destructuring, member chains, templates and object spread into the payload', async () => {
      const source = [
        'async function signUp(req, user) {',
        '  const { email, phone: tel } = req.body;',
        '  const born = req.body.patient.dob;',
        '  analytics.track({ userId: user.id, event: "Signed Up", properties: { email } });',
        '  mixpanel.people.set({ ...user });',
        '  await openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: `Summarise for ${tel}: born ${born}` }] });',
        '}',
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'typescript', source), ['4:email', '5:user', '6:tel']);
      const { findings } = await scan('typescript', source);
      const llm = findings.find((f) => f.ruleId === RULE && f.range.start.line === 5);
      assert.match(llm?.message ?? '', /tel \(phone number, from req\.body\.phone\) and born \(date of birth, from req\.body\.patient\.dob\) to OpenAI, an LLM API/);
      assert.deepStrictEqual(llm?.related?.map((r) => r.range.start.line), [1, 2]);
    });

    it('recognises a client by what created it: Mixpanel.init, new Anthropic() held by a variable, or a model in the call', async () => {
      const source = [
        'const mp = Mixpanel.init(TOKEN);',
        'mp.track("login", { distinct_id: user.id, email: user.email });',
        'await client.messages.create({ model: "claude-sonnet-4", max_tokens: 512, messages: [{ role: "user", content: patient.diagnosis }] });',
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'typescript', source), ['2:user.email', '3:patient.diagnosis']);
    });

    it('reports chat webhooks by host or by the name of the URL variable, and not other POSTs', async () => {
      const source = [
        'await fetch(process.env.SLACK_WEBHOOK_URL, { method: "POST", body: JSON.stringify({ text: `New signup ${user.email}` }) });',
        'await axios.post("https://hooks.slack.com/services/T0/B0/XYZ", { text: "Call " + user.phone });',
        'await axios.post("https://api.example.com/orders", { email: user.email });',
        'await fetch(ordersUrl, { method: "POST", body: JSON.stringify({ email: user.email }) });',
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'typescript', source), ['1:user.email', '2:user.phone']);
      const { findings } = await scan('typescript', source);
      assert.match(findings.find((f) => f.ruleId === RULE)?.message ?? '', /to a Slack webhook, a chat service/);
    });

    it('does not report local methods named like SDK calls, processors that deliver to the person, ids or sanitised values', async () => {
      const source = [
        'order.track(user.email);',
        'shipment.track({ to: user.address });',
        'twilio.messages.create({ body: "Your code", to: user.phone });',
        'stripe.customers.create({ email: user.email });',
        'client.messages.create({ body: "Hi", to: user.phone });',
        'analytics.identify(user.id, { plan: user.plan });',
        'analytics.track({ userId: user.id, event: "x", properties: { email: hashEmail(user.email) } });',
        'Sentry.setUser({ id: user.id });',
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'typescript', source), []);
    });
  });

  describe('Python', () => {
    it('reports Segment, Mixpanel, PostHog, Sentry and OpenAI, through f-strings, format calls and aliases', async () => {
      const source = [
        'def signed_up(request, user):',
        '    email = request.json["email"]',
        '    analytics.identify(user.id, {"email": email, "name": user.full_name})',
        '    mp = Mixpanel(TOKEN)',
        '    mp.people_set(user.id, {"$phone": user.phone})',
        '    posthog.capture(user.id, "signed_up", properties={"email": user.email})',
        '    sentry_sdk.set_user({"id": user.id, "email": user.email})',
        '    client = OpenAI()',
        '    client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": f"Summarise {user.medical_history}"}])',
        '    openai.ChatCompletion.create(model="gpt-4", messages=[{"content": "Patient {}".format(user.diagnosis)}])',
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'python', source), ['3:email', '5:user.phone', '6:user.email', '7:user.email', '9:user.medical_history', '10:user.diagnosis']);
    });

    it('reports chat webhooks posted with requests, by the URL variable or the host', async () => {
      const source = [
        'requests.post(SLACK_WEBHOOK_URL, json={"text": f"New signup: {user.email}"})',
        'requests.post(GOOGLE_CHAT_WEBHOOK, json={"text": "Call " + user.phone})',
        'requests.post("https://discord.com/api/webhooks/1/abc", json={"content": user.full_name})',
        'requests.post(ORDERS_URL, json={"email": user.email})',
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'python', source), ['1:user.email', '2:user.phone', '3:user.full_name']);
    });

    it('recognises a client chained on its factory and an Anthropic client by its model', async () => {
      const source = [
        'mixpanel.Mixpanel(TOKEN).track(user.id, "login", {"email": user.email})',
        'client.messages.create(model="claude-sonnet-4", max_tokens=512, messages=[{"role": "user", "content": patient.diagnosis}])',
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'python', source), ['1:user.email', '2:patient.diagnosis']);
    });

    it('does not report look-alike calls, opaque ids or masked values', async () => {
      const source = [
        'tracker.track(user.email)',
        'order.capture(user.email)',
        'analytics.track(user.id, "signed_up", {"plan": user.plan})',
        'sentry_sdk.set_user({"id": user.id, "email": mask_email(user.email)})',
        'client.messages.create(to=user.phone, body="Your code")',
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'python', source), []);
    });
  });

  describe('Java', () => {
    it('reports Segment builders, Sentry, Amplitude chains and OpenAI params built before the call', async () => {
      const source = [
        'class Signup {',
        '  void done(User user) {',
        '    analytics.enqueue(TrackMessage.builder("Signed Up").userId(user.getId()).properties(Map.of("email", user.getEmail())));',
        '    Sentry.captureMessage("signup failed for " + user.getEmail());',
        '    Amplitude.getInstance().logEvent(new Event("signup", user.getId()), user.getPhone());',
        '    var params = ChatCompletionCreateParams.builder().addUserMessage("Summarise " + user.getDiagnosis()).build();',
        '    client.chat().completions().create(params);',
        '  }',
        '}',
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'java', source), ['3:user.getEmail()', '4:user.getEmail()', '5:user.getPhone()', '7:params']);
    });

    it('recognises a Mixpanel MessageBuilder by its declared type, and not a tracker of our own', async () => {
      const source = ['class A {', '  void f(User user, MessageBuilder messages, OrderTracker tracker) {', '    messages.event(user.getId(), "login", props(user.getEmail()));', '    tracker.event(user.getId(), "x", props(user.getEmail()));', '  }', '}'].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'java', source), ['3:user.getEmail()']);
    });
    it('follows values put into a local collection before it is sent (props.put)', async () => {
      const source = ['class A {', '  void f(User user, MessageBuilder messages) {', '    JSONObject props = new JSONObject();', '    props.put("email", user.getEmail());', '    messages.event(user.getId(), "login", props);', '  }', '}'].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'java', source), ['5:props']);
      const { findings } = await scan('java', source);
      assert.match(findings.find((f) => f.ruleId === RULE)?.message ?? '', /sends props \(email address, from user\.email\) to Mixpanel/);
      assert.deepStrictEqual(findings.find((f) => f.ruleId === RULE)?.related?.map((r) => r.range.start.line), [3]);
    });
  });

  describe('Go', () => {
    it('reports Segment and PostHog Enqueue by the message type, Sentry, OpenAI and Slack', async () => {
      const source = [
        'package p',
        'func f(user User) {',
        '\tclient.Enqueue(analytics.Identify{UserId: user.ID, Traits: analytics.NewTraits().SetEmail(user.Email)})',
        '\tph.Enqueue(posthog.Capture{DistinctId: user.ID, Event: "login", Properties: posthog.NewProperties().Set("phone", user.Phone)})',
        '\tsentry.CaptureMessage(fmt.Sprintf("signup failed for %s", user.Email))',
        '\tresp, err := oai.CreateChatCompletion(ctx, openai.ChatCompletionRequest{Messages: []openai.ChatCompletionMessage{{Content: user.MedicalHistory}}})',
        '\tapi.PostMessage(channel, slack.MsgOptionText("new user "+user.Email, false))',
        '}',
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'go', source), ['3:user.Email', '4:user.Phone', '5:user.Email', '6:user.MedicalHistory', '7:user.Email']);
    });

    it('does not report an Enqueue of our own jobs', async () => {
      assert.deepStrictEqual(await findingsOf(RULE, 'go', 'package p\nfunc f(user User) {\n\tqueue.Enqueue(WelcomeJob{Email: user.Email})\n}\n'), []);
    });
  });

  describe('PHP', () => {
    it('reports Segment, Mixpanel chained on getInstance or held in a variable, and OpenAI with a model', async () => {
      const source = [
        '<?php',
        'function f($user) {',
        '    Segment::identify(["userId" => $user->id, "traits" => ["email" => $user->email]]);',
        '    Mixpanel::getInstance(TOKEN)->track("login", ["phone" => $user->phone]);',
        '    $mp = Mixpanel::getInstance(TOKEN);',
        '    $mp->people->set($user->id, ["$email" => $user->email]);',
        "    $client->chat()->create(['model' => 'gpt-4o', 'messages' => [['role' => 'user', 'content' => $user->diagnosis]]]);",
        '}',
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'php', source), ['3:$user->email', '4:$user->phone', '6:$user->email', '7:$user->diagnosis']);
    });

    it('does not count a record a callback captures, only the fields it sends', async () => {
      const source = ['<?php', 'function f($patient) {', '    configureScope(function ($scope) use ($patient) {', "        $scope->setUser(['id' => (string) $patient->id]);", '    });', '}'].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'php', source), []);
    });

    it('does not report a local track method', async () => {
      assert.deepStrictEqual(await findingsOf(RULE, 'php', '<?php\n$order->track($user->email);\n$tracker->track("x", ["email" => $user->email]);\n'), []);
    });
  });

  describe('Ruby', () => {
    it('reports Segment, Sentry and an OpenAI chat with a model', async () => {
      const source = [
        'def signed_up(user)',
        '  Analytics.identify(user_id: user.id, traits: { email: user.email, name: user.name })',
        '  Sentry.set_user(id: user.id, email: user.email)',
        '  client.chat(parameters: { model: "gpt-4o", messages: [{ role: "user", content: "Summarise #{user.diagnosis}" }] })',
        'end',
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'ruby', source), ['2:user.email', '3:user.email', '4:user.diagnosis']);
    });

    it('does not report look-alikes', async () => {
      assert.deepStrictEqual(await findingsOf(RULE, 'ruby', 'def f(user)\n  shipment.track(user.email)\n  bot.chat(user.email)\nend\n'), []);
    });
  });

  describe('C#', () => {
    it('reports Segment, Sentry and OpenAI chat clients through interpolated strings', async () => {
      const source = [
        'public class Signup {',
        '  public async Task Done(User user) {',
        '    Analytics.Client.Identify(user.Id, new Traits() { { "email", user.Email } });',
        '    SentrySdk.CaptureMessage($"signup failed for {user.Email}");',
        '    var completion = await chatClient.CompleteChatAsync($"Summarise {user.Diagnosis}");',
        '  }',
        '}',
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'csharp', source), ['3:user.Email', '4:user.Email', '5:user.Diagnosis']);
    });

    it('does not report a tracker of our own', async () => {
      assert.deepStrictEqual(await findingsOf(RULE, 'csharp', 'public class A {\n  public void F(User user) {\n    _tracker.Track(user.Email);\n  }\n}\n'), []);
    });
  });

  it('the exposure rules never throw on odd facts: empty paths, no arguments, no assignments or literals', () => {
    const nowhere = { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } };
    const odd: SourceFacts = {
      languageId: 'typescript',
      declarations: [{ name: 'client', kind: 'variable', typeText: '<>*', range: nowhere }],
      calls: [
        { calleePath: [], arguments: [], range: nowhere },
        { calleePath: ['json'], arguments: [{ text: '', range: nowhere, references: [{ path: [], range: nowhere, through: [''] }] }], range: nowhere },
        { calleePath: ['client', 'track'], arguments: [{ text: 'user.email', range: nowhere, references: [{ path: ['user', 'email'], range: nowhere }] }], range: nowhere, scope: '' },
      ],
      comments: [],
    };
    const exposure = RULES.filter((r) => ['personal-data-to-third-party', 'personal-data-in-url', 'personal-data-in-client-storage', 'personal-data-in-error'].includes(r.id));
    assert.strictEqual(exposure.length, 4);
    for (const rule of exposure) {
      assert.doesNotThrow(() => rule.check(odd, { classifier: Classifier.DEFAULT }), rule.id);
    }
  });
});
