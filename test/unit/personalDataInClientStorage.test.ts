import * as assert from 'assert';
import { findingsOf, scan } from './helpers';

const RULE = 'personal-data-in-client-storage';

describe('personal-data-in-client-storage', () => {
  describe('TypeScript and JavaScript', () => {
    it('reports localStorage, sessionStorage, localforage and storage assignments, whole records included', async () => {
      const source = [
        'function remember(user) {',
        "  localStorage.setItem('email', user.email);",
        "  sessionStorage.setItem('user', JSON.stringify(user));",
        "  await localforage.setItem('profile', { phone: user.phone });",
        '  localStorage.lastName = user.lastName;',
        '}',
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'typescript', source), ['2:user.email', '3:user', '4:user.phone', '5:user.lastName']);
      const { findings } = await scan('typescript', source);
      assert.match(findings[0]!.message, /^localStorage\.setItem\(\) stores user\.email \(email address\) in browser storage: any script on the page/);
      assert.deepStrictEqual(findings[0]!.checklist, ['access-control']);
    });

    it('reports IndexedDB stores, from an objectStore chain, a variable holding one, or idb’s openDB', async () => {
      const source = [
        'async function save(db, tx, patient) {',
        "  tx.objectStore('patients').put({ dob: patient.dateOfBirth });",
        "  const store = tx.objectStore('patients');",
        '  store.add({ nric: patient.nric });',
        "  const idb = await openDB('app', 1);",
        "  await idb.put('patients', { email: patient.email });",
        "  await db.put('patients', { email: patient.email });",
        '}',
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'typescript', source), ['2:patient.dateOfBirth', '4:patient.nric', '6:patient.email']);
    });

    it('recognises an IndexedDB database held through an alias of the openDB promise', async () => {
      const source = ["const dbPromise = openDB('intake', 1);", 'export async function saveDraft(draft) {', '  const db = await dbPromise;', "  await db.put('drafts', { symptoms: draft.symptoms });", '}'].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'typescript', source), ['4:draft.symptoms']);
    });

    it('reports cookies set in the browser and by the server', async () => {
      const source = [
        'function login(req, res, user) {',
        '  const { email } = req.body;',
        "  document.cookie = 'email=' + email + '; path=/';",
        "  Cookies.set('phone', user.phone);",
        "  res.cookie('name', user.fullName, { httpOnly: true });",
        '}',
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'typescript', source), ['3:email', '4:user.phone', '5:user.fullName']);
    });

    it('reports JWT claims, a whole record spread into them, and explains that a payload is only base64', async () => {
      const source = [
        'function issue(user) {',
        '  const token = jwt.sign({ sub: user.id, email: user.email }, SECRET);',
        '  return this.jwtService.sign({ ...user });',
        '}',
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'typescript', source), ['2:user.email', '3:user']);
      const { findings } = await scan('typescript', source);
      assert.match(findings[0]!.message, /jwt\.sign\(\) puts user\.email \(email address\) in a token's claims: a JWT payload is only base64-encoded/);
    });

    it('does not report preferences, session ids, opaque or hashed ids, or other stores', async () => {
      const source = [
        "localStorage.setItem('theme', theme);",
        "res.cookie('sid', sessionId, { httpOnly: true, secure: true });",
        'jwt.sign({ sub: user.id, role: user.role }, SECRET);',
        "localStorage.setItem('emailHash', hashEmail(user.email));",
        "cache.set('email', user.email);",
        "map.put('email', user.email);",
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'typescript', source), []);
    });

    it("pins a gap: localStorage['key'] = value is no assignment fact", async () => {
      assert.deepStrictEqual(await findingsOf(RULE, 'typescript', "function f(user) {\n  localStorage['email'] = user.email;\n}"), []);
    });
  });

  describe('Python', () => {
    it('reports set_cookie, jwt.encode and flask-jwt-extended identities, through f-strings and aliases', async () => {
      const source = [
        'def login(request, user):',
        '    email = request.form["email"]',
        '    resp.set_cookie("email", email)',
        '    response.set_signed_cookie("greeting", f"Hello {user.full_name}")',
        '    token = jwt.encode({"sub": user.id, "phone": user.phone}, KEY, algorithm="HS256")',
        '    access = create_access_token(identity=user.email)',
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'python', source), ['3:email', '4:user.full_name', '5:user.phone', '6:user.email']);
    });

    it('does not report session ids, device ids or ids in tokens', async () => {
      assert.deepStrictEqual(await findingsOf(RULE, 'python', 'resp.set_cookie("sid", session_id)\nresp.set_cookie("device", device_id)\njwt.encode({"sub": str(user.id)}, KEY)\n'), []);
    });
  });

  describe('Java', () => {
    it('reports new Cookie (read from the constructor in through), ResponseCookie and jjwt / java-jwt claims', async () => {
      const source = [
        'class Auth {',
        '  void f(User user, HttpServletResponse response) {',
        '    String email = user.getEmail();',
        '    response.addCookie(new Cookie("email", email));',
        '    ResponseCookie c = ResponseCookie.from("phone", user.getPhone()).httpOnly(true).build();',
        '    String t = Jwts.builder().setSubject(user.getEmail()).claim("name", user.getFullName()).signWith(key).compact();',
        '    String j = JWT.create().withClaim("nric", user.getNric()).sign(alg);',
        '  }',
        '}',
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'java', source), ['4:email', '5:user.getPhone()', '6:user.getEmail()', '6:user.getFullName()', '7:user.getNric()']);
    });

    it('does not report a mail subject or an id subject', async () => {
      const source = ['class A {', '  void f(User user, MimeMessage message) {', '    message.setSubject("Welcome " + user.getFullName());', '    Jwts.builder().setSubject(user.getId()).compact();', '  }', '}'].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'java', source), []);
    });
  });

  describe('Go', () => {
    it('reports http.SetCookie, gin SetCookie and JWT claims, through a MapClaims variable', async () => {
      const source = [
        'package p',
        'func f(w http.ResponseWriter, c *gin.Context, user User) {',
        '\thttp.SetCookie(w, &http.Cookie{Name: "email", Value: user.Email, HttpOnly: true})',
        '\tc.SetCookie("phone", user.Phone, 3600, "/", "", true, true)',
        '\tclaims := jwt.MapClaims{"sub": user.ID, "name": user.FullName}',
        '\ttoken := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)',
        '}',
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'go', source), ['3:user.Email', '4:user.Phone', '6:claims']);
    });

    it('does not report a token with an id only', async () => {
      assert.deepStrictEqual(await findingsOf(RULE, 'go', 'package p\nfunc f(user User) {\n\tjwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": user.ID})\n}\n'), []);
    });
  });

  describe('PHP', () => {
    it('reports setcookie, Laravel cookies and JWT::encode', async () => {
      const source = [
        '<?php',
        'function f($user) {',
        '    setcookie("email", $user->email, time() + 3600);',
        '    Cookie::queue("phone", $user->phone, 60);',
        "    $jwt = JWT::encode(['sub' => $user->id, 'name' => $user->full_name], $key, 'HS256');",
        '}',
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'php', source), ['3:$user->email', '4:$user->phone', '5:$user->full_name']);
    });

    it('does not report session cookies', async () => {
      assert.deepStrictEqual(await findingsOf(RULE, 'php', '<?php\nsetcookie("sid", $sessionId, time() + 3600);\n'), []);
    });
  });

  describe('Ruby', () => {
    it('reports JWT.encode, formatted values included, and response.set_cookie', async () => {
      const source = [
        'def login(user, visit)',
        '  token = JWT.encode({ sub: user.id, email: user.email }, KEY, "HS256")',
        '  response.set_cookie(:phone, value: user.phone)',
        '  JWT.encode({ sub: visit.patient_id, dob: visit.patient.date_of_birth.iso8601 }, KEY, "HS256")',
        'end',
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'ruby', source), ['2:user.email', '3:user.phone', '4:visit.patient.date_of_birth.iso8601']);
    });

    it('pins a gap: cookies[:email] = value is no assignment fact in the Ruby adapter', async () => {
      assert.deepStrictEqual(await findingsOf(RULE, 'ruby', 'def login(user)\n  cookies[:email] = user.email\nend\n'), []);
    });
  });

  describe('C#', () => {
    it('reports Response.Cookies.Append and claims in a file that makes a JWT', async () => {
      const source = [
        'public class Tokens {',
        '  public string Issue(User user) {',
        '    Response.Cookies.Append("email", user.Email);',
        '    var claims = new[] { new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(ClaimTypes.Email, user.Email) };',
        '    var token = new JwtSecurityToken(issuer, audience, claims, expires: DateTime.UtcNow.AddHours(1));',
        '    return new JwtSecurityTokenHandler().WriteToken(token);',
        '  }',
        '}',
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'csharp', source), ['3:user.Email', '4:user.Email']);
    });

    it('does not report claims of a cookie sign-in, which Data Protection encrypts', async () => {
      const source = [
        'public class Login {',
        '  public async Task SignIn(User user) {',
        '    var claims = new[] { new Claim(ClaimTypes.Email, user.Email) };',
        '    await HttpContext.SignInAsync(new ClaimsPrincipal(new ClaimsIdentity(claims, "Cookies")));',
        '  }',
        '}',
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'csharp', source), []);
    });
  });
});
