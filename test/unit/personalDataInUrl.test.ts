import * as assert from 'assert';
import { findingsOf, scan } from './helpers';

const RULE = 'personal-data-in-url';

describe('personal-data-in-url', () => {
  describe('TypeScript and JavaScript', () => {
    it('reports personal data in the URL of HTTP client calls, in paths and query strings', async () => {
      const source = [
        'await fetch(`https://api.example.com/lookup?email=${user.email}`);',
        "await axios.get('https://api.example.com/users/' + user.phone);",
        'await got(`https://api.example.com/people/${patient.nric}/records`);',
        'http.get(`https://api.example.com/u?name=${encodeURIComponent(user.fullName)}`);',
        "superagent.get('https://api.example.com/search').query({ email: user.email });",
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'typescript', source), ['1:user.email', '2:user.phone', '3:patient.nric', '4:user.fullName', '5:user.email']);
    });

    it('reports query-parameter objects, and not request bodies', async () => {
      const source = [
        "await axios.get('/api/search', { params: { email: user.email } });",
        "await axios.post('/api/users', { email: user.email }, { params: { phone: user.phone } });",
        "await axios.post('/api/users', { email: user.email });",
        "await fetch('/api/users', { method: 'POST', body: JSON.stringify({ email: user.email }) });",
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'typescript', source), ['1:user.email', '2:user.phone']);
    });

    it('reports redirects and navigation, and says where URLs end up', async () => {
      const source = [
        'function done(req, res, user) {',
        '  res.redirect(`/welcome?email=${user.email}`);',
        "  res.redirect(302, '/thanks?name=' + user.name);",
        '  window.location.href = `/profile?phone=${user.phone}`;',
        '}',
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'typescript', source), ['2:user.email', '3:user.name', '4:user.phone']);
      const { findings } = await scan('typescript', source);
      assert.match(findings[0]!.message, /^res\.redirect\(\) redirects to a URL holding user\.email \(email address\): URLs end up in server and proxy logs, browser history and Referer headers/);
      assert.deepStrictEqual(findings[0]!.checklist, ['logging-minimisation']);
    });

    it('follows aliases, destructuring and member chains into the URL, and points at the origin', async () => {
      const source = [
        'async function lookup(req) {',
        '  const { email } = req.body;',
        '  const born = req.body.patient.dob;',
        '  const url = `https://api.example.com/match?email=${email}&dob=${born}`;',
        '  return fetch(url);',
        '}',
      ].join('\n');
      const { findings } = await scan('typescript', source);
      const url = findings.filter((f) => f.ruleId === RULE);
      assert.strictEqual(url.length, 1);
      assert.match(url[0]!.message, /^fetch\(\) puts url \(email address, from email\) in a URL/);
      assert.deepStrictEqual(url[0]!.related?.map((r) => r.range.start.line), [3]);
    });

    it('does not report opaque ids, usernames, hashed values, a URL that is itself the data, or non-URL calls', async () => {
      const source = [
        'await fetch(`/api/users/${user.id}`);',
        'await fetch(`/api/patients/${patientId}/records`);',
        'router.push(`/u/${user.username}`);',
        'await fetch(`/api/match?e=${hashEmail(user.email)}`);',
        'await fetch(user.avatarUrl);',
        'mailer.send(`/welcome?email=${user.email}`);',
        "res.redirect('/login');",
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'typescript', source), []);
    });

    it('reports new URL(...) and new URLSearchParams(...)', async () => {
      const source = 'function f(user) {\n  const url = new URL(`https://api.example.com/u?email=${user.email}`);\n  const q = new URLSearchParams({ phone: user.phone });\n}';
      assert.deepStrictEqual(await findingsOf(RULE, 'typescript', source), ['2:user.email', '3:user.phone']);
    });
  });

  describe('Python', () => {
    it('reports requests, httpx and urllib URLs built with f-strings, concatenation, format and %', async () => {
      const source = [
        'def lookup(request, user):',
        '    email = request.json["email"]',
        '    requests.get(f"https://api.example.com/u?email={email}")',
        '    requests.post("https://api.example.com/people/" + user.phone)',
        '    httpx.get("https://api.example.com/u/{}".format(user.full_name))',
        '    urllib.request.urlopen("https://api.example.com/u?ssn=%s" % user.ssn)',
        '    requests.get("https://api.example.com/u", params={"email": user.email})',
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'python', source), ['3:email', '4:user.phone', '5:user.full_name', '6:user.ssn', '7:user.email']);
    });

    it('reports redirects and URL builders, and not JSON bodies or ids', async () => {
      const source = [
        'def done(user):',
        '    redirect(f"/welcome?email={user.email}")',
        '    return HttpResponseRedirect(url_for("profile", phone=user.phone))',
        '    requests.post("https://api.example.com/users", json={"email": user.email})',
        '    requests.get(f"https://api.example.com/users/{user.id}")',
        '    redirect(f"/welcome?e={mask_email(user.email)}")',
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'python', source), ['2:user.email', '3:user.phone']);
    });
  });

  describe('Java', () => {
    it('reports HttpClient, RestTemplate, WebClient and OkHttp URLs, query params, redirects and new URI', async () => {
      const source = [
        'class Lookup {',
        '  void f(User user, HttpServletResponse response) {',
        '    String email = user.getEmail();',
        '    HttpRequest req = HttpRequest.newBuilder().uri(URI.create("https://api.example.com/u?email=" + email)).build();',
        '    restTemplate.getForObject("https://api.example.com/u?phone=" + user.getPhone(), String.class);',
        '    webClient.get().uri("/u?name=" + user.getFullName()).retrieve();',
        '    Request r = new Request.Builder().url("https://api.example.com/u?nric=" + user.getNric()).build();',
        '    UriComponentsBuilder.fromHttpUrl(base).queryParam("email", email).build();',
        '    response.sendRedirect("/welcome?email=" + email);',
        '    URI u = new URI("https://api.example.com/u?dob=" + user.getDateOfBirth());',
        '  }',
        '}',
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'java', source), ['4:email', '5:user.getPhone()', '6:user.getFullName()', '7:user.getNric()', '8:email', '9:email', '10:user.getDateOfBirth()']);
    });

    it('reports RestTemplate URI variables, and a URL built on the line before', async () => {
      const source = [
        'class Carrier {',
        '  String quote(Order order) {',
        '    return http.getForObject(API + "/quotes?postcode={postcode}", String.class, order.getShippingAddress().postcode());',
        '  }',
        '  void book(Order order) {',
        '    String url = API + "/pickups?name=" + order.getRecipientName();',
        '    http.postForLocation(url, null);',
        '  }',
        '}',
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'java', source), ['3:order.getShippingAddress()', '7:url']);
    });

    it('does not report ids in paths or bodies', async () => {
      const source = ['class A {', '  void f(User user) {', '    restTemplate.getForObject("https://api.example.com/users/" + user.getId(), String.class);', '    restTemplate.postForObject(url, user.getEmail(), String.class);', '  }', '}'].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'java', source), []);
    });
  });

  describe('Go', () => {
    it('reports http.Get, NewRequest with Sprintf, redirects and a declared url.Values', async () => {
      const source = [
        'package p',
        'func f(w http.ResponseWriter, r *http.Request, user User) {',
        '\thttp.Get("https://api.example.com/u?email=" + user.Email)',
        '\treq, _ := http.NewRequest("GET", fmt.Sprintf("https://api.example.com/u?phone=%s", user.Phone), nil)',
        '\thttp.Redirect(w, r, "/welcome?name="+user.FullName, http.StatusFound)',
        '\tvar q url.Values',
        '\tq.Set("email", user.Email)',
        '}',
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'go', source), ['3:user.Email', '4:user.Phone', '5:user.FullName', '7:user.Email']);
    });

    it('reports a query built in a url.Values where it is requested, and the origin where it was set', async () => {
      const source = [
        'package p',
        'func f(ctx context.Context, rx Prescription) {',
        '\tq := url.Values{}',
        '\tq.Set("postcode", rx.Postcode)',
        '\treq, _ := http.NewRequestWithContext(ctx, http.MethodGet, base+"/pharmacies?"+q.Encode(), nil)',
        '}',
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'go', source), ['5:q']);
      const { findings } = await scan('go', source);
      assert.deepStrictEqual(findings.find((f) => f.ruleId === RULE)?.related?.map((r) => r.range.start.line), [3]);
    });

    it('pins a gap: url.Values built as a composite literal has no type on its declaration', async () => {
      const source = 'package p\nfunc f(user User) {\n\tq := url.Values{}\n\tq.Set("email", user.Email)\n\tp := url.Values{"phone": {user.Phone}}\n\t_ = p\n}\n';
      assert.deepStrictEqual(await findingsOf(RULE, 'go', source), []);
    });

    it('does not report ids or request bodies', async () => {
      const source = 'package p\nfunc f(user User) {\n\thttp.Get(fmt.Sprintf("https://api.example.com/users/%d", user.ID))\n\thttp.Post("https://api.example.com/users", "application/json", body(user.Email))\n}\n';
      assert.deepStrictEqual(await findingsOf(RULE, 'go', source), []);
    });
  });

  describe('PHP', () => {
    it('reports file_get_contents, curl, Guzzle query options, Location headers and redirects', async () => {
      const source = [
        '<?php',
        'function f($user) {',
        '    file_get_contents("https://api.example.com/u?email=" . $user->email);',
        '    $ch = curl_init("https://api.example.com/u?phone={$user->phone}");',
        "    $client->get('https://api.example.com/u', ['query' => ['name' => $user->full_name]]);",
        '    header("Location: /welcome?email=" . $user->email);',
        '    return redirect("/welcome?nric=" . $user->nric);',
        '}',
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'php', source), ['3:$user->email', '4:$user->phone', '5:$user->full_name', '6:$user->email', '7:$user->nric']);
    });

    it('does not report other headers, ids or bodies', async () => {
      const source = ['<?php', 'header("X-User: " . $user->email);', 'file_get_contents("https://api.example.com/users/" . $user->id);', "$client->post('https://api.example.com/users', ['json' => ['email' => $user->email]]);"].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'php', source), []);
    });
  });

  describe('Ruby', () => {
    it('reports Net::HTTP, HTTParty, Faraday params and redirect_to, path helpers included', async () => {
      const source = [
        'def f(user)',
        '  email = params[:email]',
        '  Net::HTTP.get(URI("https://api.example.com/u?email=#{email}"))',
        '  HTTParty.get("https://api.example.com/u?phone=" + user.phone)',
        '  Faraday.get("https://api.example.com/u", { name: user.name })',
        '  redirect_to profile_path(email: user.email)',
        'end',
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'ruby', source), ['3:email', '4:user.phone', '5:user.name', '6:user.email']);
    });

    it('does not report ids', async () => {
      assert.deepStrictEqual(await findingsOf(RULE, 'ruby', 'def f(user)\n  redirect_to "/users/#{user.id}"\n  HTTParty.post("https://api.example.com/users", body: { email: user.email })\nend\n'), []);
    });
  });

  describe('C#', () => {
    it('reports HttpClient calls, new Uri and redirects with interpolated personal data', async () => {
      const source = [
        'public class Lookup : Controller {',
        '  public async Task<IActionResult> F(User user) {',
        '    var r = await _httpClient.GetAsync($"https://api.example.com/u?email={user.Email}");',
        '    var u = new Uri("https://api.example.com/u?phone=" + user.Phone);',
        '    return Redirect($"/welcome?name={user.FullName}");',
        '  }',
        '}',
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'csharp', source), ['3:user.Email', '4:user.Phone', '5:user.FullName']);
    });

    it('reports a query string built by QueryHelpers where it is requested, and a RedirectResult', async () => {
      const source = [
        'public class Payouts {',
        '  public async Task<bool> Check(string iban) {',
        '    var url = QueryHelpers.AddQueryString("https://api.example.com/validate", "iban", iban);',
        '    var response = await _http.GetAsync(url);',
        '    return response.IsSuccessStatusCode;',
        '  }',
        '  public RedirectResult Consent(Account account) => new RedirectResult($"https://bank.example.com/start?holder={Uri.EscapeDataString(account.HolderName)}");',
        '}',
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'csharp', source), ['4:url', '7:account.HolderName']);
    });

    it('does not report cache keys, ids or bodies', async () => {
      const source = ['public class A {', '  public async Task F(User user) {', '    await _cache.GetAsync($"user:{user.Email}");', '    await _httpClient.GetAsync($"/users/{user.Id}");', '    await _httpClient.PostAsJsonAsync("/users", new { email = user.Email });', '  }', '}'].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'csharp', source), []);
    });
  });
});
