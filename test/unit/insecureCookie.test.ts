/**
 * `insecure-cookie` in the seven languages: protections switched off (finding on the value),
 * cookies set with none said (finding on the call), and the cases that are not findings: options
 * that cannot be seen, preference cookies, `secure` options of things that are not cookies.
 */
import * as assert from 'assert';
import { findingsOf, scan } from './helpers';

const RULE = 'insecure-cookie';

describe('insecure-cookie, in each language', () => {
  it('TypeScript: Express, Fastify, Koa, Next.js and express-session / cookie-session options', async () => {
    const source = [
      "res.cookie('sid', token);",
      "res.cookie('sid', token, { httpOnly: false, secure: true });",
      "app.use(session({ secret: process.env.SESSION_SECRET, cookie: { secure: false } }));",
      "app.use(cookieSession({ name: 'session', keys, httpOnly: false }));",
      "reply.setCookie('token', t, { path: '/' });",
      "cookies().set('sid', t);",
      "ctx.cookies.set('sid', t, { secure: true });",
      "res.cookie('sid', token, { httpOnly: true, secure: true, sameSite: 'lax' });",
      "res.cookie('sid', token, cookieOptions);",
      "res.cookie('theme', 'dark');",
      "const transporter = nodemailer.createTransport({ host: 'smtp.acme.com', port: 587, secure: false });",
      "$.cookie('seen', 'yes');",
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'typescript', source), [
      "1:res.cookie('sid', token)",
      '2:false',
      '3:false',
      '4:false',
      "5:reply.setCookie('token', t, { path: '/' })",
      "6:cookies().set('sid', t)",
      "7:ctx.cookies.set('sid', t, { secure: true })",
    ]);
  });

  it('Python: Flask and Django set_cookie, Django and Flask settings', async () => {
    const source = [
      'response.set_cookie("sid", token)',
      'response.set_cookie("sid", token, secure=True, httponly=False, samesite="Lax")',
      'response.set_cookie("sid", token, httponly=True)',
      'SESSION_COOKIE_SECURE = False',
      'CSRF_COOKIE_SECURE = False',
      "app.config['SESSION_COOKIE_HTTPONLY'] = False",
      'response.set_cookie("sid", token, secure=True, httponly=True, samesite="Strict")',
      'response.set_cookie("sid", token, **COOKIE_OPTIONS)',
      'SESSION_COOKIE_SECURE = True',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'python', source), ['1:response.set_cookie("sid", token)', '2:False', '3:response.set_cookie("sid", token, httponly=True)', '4:False', '5:False', '6:False']);
  });

  it('Java: setSecure(false), cookies never secured in their function, Spring ResponseCookie', async () => {
    const source = [
      'class Login {',
      '    void ok(HttpServletResponse response, String token) {',
      '        Cookie c = new Cookie("sid", token);',
      '        c.setSecure(true);',
      '        c.setHttpOnly(true);',
      '        response.addCookie(c);',
      '    }',
      '    void off(HttpServletResponse response, String token) {',
      '        Cookie c = new Cookie("sid", token);',
      '        c.setSecure(false);',
      '        c.setHttpOnly(true);',
      '    }',
      '    void never(HttpServletResponse response, String token) {',
      '        Cookie remember = new Cookie("remember", token);',
      '        response.addCookie(remember);',
      '        response.addCookie(new Cookie("sid", token));',
      '        ResponseCookie rc = ResponseCookie.from("sid", token).httpOnly(true).secure(false).build();',
      '        ResponseCookie open = ResponseCookie.from("sid", token).path("/").build();',
      '    }',
      '}',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'java', source), ['10:false', '14:remember', '16:new Cookie("sid", token)', '17:false', '18:ResponseCookie.from("sid", token)']);
  });

  it('Go: http.SetCookie without Secure, Secure: false, HttpOnly: false and Gin’s positional flags', async () => {
    const source = [
      'package main',
      'func handler(w http.ResponseWriter, c *gin.Context) {',
      '\thttp.SetCookie(w, &http.Cookie{Name: "sid", Value: token, HttpOnly: true})',
      '\tstore.Options = &sessions.Options{Path: "/", HttpOnly: true, Secure: false}',
      '\tcookie := &http.Cookie{',
      '\t\tName:     "session",',
      '\t\tHttpOnly: false,',
      '\t}',
      '\tc.SetCookie("sid", token, 3600, "/", "", false, true)',
      '\thttp.SetCookie(w, &http.Cookie{Name: "sid", Value: token, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})',
      '\tmail := smtp.Config{Secure: true}',
      '}',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'go', source), ['3:http.SetCookie(w, &http.Cookie{Name: "sid", Value: token, HttpOnly: true})', '4:false', '7:false', '9:false']);
  });

  it('PHP: setcookie without options or with them off, positional flags, session settings', async () => {
    const source = [
      '<?php',
      "setcookie('sid', $token);",
      "setcookie('sid', $token, ['secure' => false, 'httponly' => true, 'samesite' => 'Lax']);",
      "setcookie('sid', $token, time() + 3600, '/', '', false, false);",
      "setcookie('sid', $token, time() + 3600, '/');",
      "ini_set('session.cookie_secure', '0');",
      "session_set_cookie_params(['lifetime' => 0, 'secure' => true, 'httponly' => false]);",
      "setcookie('sid', $token, ['expires' => 0, 'secure' => true, 'httponly' => true, 'samesite' => 'Strict']);",
      "setcookie('lang', 'fr');",
      "ini_set('session.cookie_httponly', '1');",
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'php', source), [
      "2:setcookie('sid', $token)",
      '3:false',
      '4:false',
      '4:false',
      "5:setcookie('sid', $token, time() + 3600, '/')",
      "6:'0'",
      '7:false',
    ]);
  });

  it('Ruby: Rails cookies hashes, session_store, Sinatra sessions and Rack set_cookie', async () => {
    const source = [
      'cookies[:sid] = { value: token, httponly: false, secure: false }',
      "Rails.application.config.session_store :cookie_store, key: '_app_session', secure: false",
      'set :sessions, httponly: false',
      "response.set_cookie('sid', token)",
      "response.set_cookie('sid', value: token, httponly: true)",
      'cookies.permanent[:x] = { value: token, httponly: true, secure: true, same_site: :lax }',
      "response.set_cookie('sid', value: token, httponly: true, secure: true, same_site: :strict)",
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'ruby', source), ['1:false', '1:false', '2:false', '3:false', "4:response.set_cookie('sid', token)", "5:response.set_cookie('sid', value: token, httponly: true)"]);
  });

  it('C#: Cookies.Append without options, CookieOptions and HttpCookie switched off, cookie policies', async () => {
    const source = [
      'class Startup',
      '{',
      '    void Configure(IServiceCollection services, HttpResponse response)',
      '    {',
      '        response.Cookies.Append("sid", token);',
      '        response.Cookies.Append("sid", token, new CookieOptions { Secure = false, HttpOnly = true });',
      '        var options = new CookieOptions { HttpOnly = false };',
      '        var cookie = new HttpCookie("sid", token) { Secure = false };',
      '        services.ConfigureApplicationCookie(o => { o.Cookie.SecurePolicy = CookieSecurePolicy.None; });',
      '        response.Cookies.Append("sid", token, new CookieOptions { Secure = true, HttpOnly = true, SameSite = SameSiteMode.Strict });',
      '        var smtp = new SmtpClient("smtp") { EnableSsl = true };',
      '    }',
      '}',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'csharp', source), ['5:response.Cookies.Append("sid", token)', '6:false', '7:false', '8:false', '9:CookieSecurePolicy.None']);
  });
});

describe('insecure-cookie: what the finding says', () => {
  it('names the missing protections and what each exposes, and raises transport and access-control items', async () => {
    const { findings } = await scan('typescript', "res.cookie('sid', token);");
    assert.strictEqual(findings.length, 1);
    assert.match(findings[0]!.message, /^res\.cookie\(\.\.\.\) sets a cookie without Secure, HttpOnly or SameSite: the browser also sends it over plain HTTP.*any script on the page can read it.*other sites can make the browser send it/);
    assert.deepStrictEqual(findings[0]!.checklist, ['encryption-in-transit', 'access-control']);
    assert.strictEqual(findings[0]!.severity, 'warning');
    const off = await scan('python', 'SESSION_COOKIE_SECURE = False');
    assert.match(off.findings[0]!.message, /^SESSION_COOKIE_SECURE = False switches Secure off for this cookie: the browser also sends it over plain HTTP/);
  });

  // The corpus convention (test/corpus/README.md) counts a cookie set without SameSite: older
  // browsers and cross-site POSTs within two minutes of setting do not get the Lax default.
  it('reports a cookie without SameSite on the first line of its call, and a double-submit CSRF cookie only for Secure and SameSite', async () => {
    const source = [
      "res.cookie('sid', token, {",
      '  httpOnly: true,',
      '  secure: true,',
      '});',
      "res.cookie('XSRF-TOKEN', csrfToken, { secure: true, sameSite: 'strict' });",
      "res.cookie('XSRF-TOKEN', csrfToken);",
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'typescript', source), ["1:res.cookie('sid', token, {", "6:res.cookie('XSRF-TOKEN', csrfToken)"]);
    const [csrf] = (await scan('typescript', "res.cookie('XSRF-TOKEN', csrfToken);")).findings.filter((f) => f.ruleId === RULE);
    assert.ok(csrf?.message.startsWith('res.cookie(...) sets a cookie without Secure or SameSite:'), csrf?.message);
  });
});

describe('insecure-cookie: SameSite and framework switches', () => {
  it('reports SameSite switched off: Go SameSiteNoneMode, .NET SameSiteMode.None, PHP empty samesite, Django None', async () => {
    const go = 'package web\nfunc Set(w http.ResponseWriter, v string) {\n\thttp.SetCookie(w, &http.Cookie{Name: "d", Value: v, Secure: true, HttpOnly: true, SameSite: http.SameSiteNoneMode})\n}';
    assert.deepStrictEqual(await findingsOf(RULE, 'go', go), ['3:http.SameSiteNoneMode']);
    const csharp = 'builder.Services.AddSession(options =>\n{\n    options.Cookie.HttpOnly = true;\n    options.Cookie.SameSite = SameSiteMode.None;\n});';
    assert.deepStrictEqual(await findingsOf(RULE, 'csharp', csharp), ['4:SameSiteMode.None']);
    const php = "<?php\nsession_set_cookie_params([\n    'secure' => true,\n    'httponly' => true,\n    'samesite' => '',\n]);";
    assert.deepStrictEqual(await findingsOf(RULE, 'php', php), ["5:''"]);
    const python = 'SESSION_COOKIE_HTTPONLY = True\nSESSION_COOKIE_SAMESITE = None\nCSRF_COOKIE_SAMESITE = "Strict"\nSESSION_COOKIE_SAMESITE = "None"';
    assert.deepStrictEqual(await findingsOf(RULE, 'python', python), ['2:SESSION_COOKIE_SAMESITE', '4:"None"']);
  });

  it('reports Spring Session serializer switches and Laravel positional Cookie::queue flags', async () => {
    const java = [
      'class C {',
      '  CookieSerializer s() {',
      '    DefaultCookieSerializer serializer = new DefaultCookieSerializer();',
      '    serializer.setUseSecureCookie(false);',
      '    serializer.setUseHttpOnlyCookie(false);',
      '    serializer.setSameSite("Strict");',
      '    return serializer;',
      '  }',
      '}',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'java', java), ['4:false', '5:false']);
    const php = "<?php\nCookie::queue('kiosk', $t, 480, '/', null, true, false, false, 'strict');\nCookie::queue('ok', $t, 480, '/', null, true, true, false, 'strict');";
    assert.deepStrictEqual(await findingsOf(RULE, 'php', php), ['2:false']);
  });

  it("reads a `secure` key of a Laravel session config block by its cookie-only neighbours, not an SMTP client's beside a cookie call", async () => {
    const config = "<?php\nreturn [\n    'cookie' => 'shop_session',\n    'secure' => false,\n    'http_only' => true,\n];";
    assert.deepStrictEqual(await findingsOf(RULE, 'php', config), ['4:false']);
    const mail = "<?php\nreturn [\n    'mail' => ['host' => 'smtp.acme.com', 'secure' => false],\n    'token' => setcookie('t', $v, ['httponly' => true, 'secure' => true, 'samesite' => 'Lax']),\n];";
    assert.deepStrictEqual(await findingsOf(RULE, 'php', mail), []);
  });
});

describe('insecure-cookie: gaps in the facts', () => {
  it('gap: a Rails cookies[:x] = value assignment is not a fact, so a cookie set with no options there is not found', async () => {
    assert.deepStrictEqual(await findingsOf(RULE, 'ruby', 'cookies[:remember_token] = token\ncookies.signed[:user_id] = user.id'), []);
  });

  it('gap: Spring and servlet settings in application.properties or YAML are not read (no adapter emits their literals)', async () => {
    assert.deepStrictEqual(await findingsOf(RULE, 'yaml', 'server:\n  servlet:\n    session:\n      cookie:\n        secure: false\n'), []);
  });

  it('gap: a multi-line Go http.Cookie literal outside a call names no cookie, so a missing Secure there is not found', async () => {
    const source = 'package main\nfunc h(w http.ResponseWriter) {\n\tcookie := &http.Cookie{\n\t\tName:     "session",\n\t\tHttpOnly: true,\n\t}\n\thttp.SetCookie(w, cookie)\n}';
    assert.deepStrictEqual(await findingsOf(RULE, 'go', source), []);
  });
});
