import * as assert from 'assert';
import { findingsOf, scan } from './helpers';

const RULE = 'personal-data-in-error';

describe('personal-data-in-error', () => {
  describe('TypeScript and JavaScript', () => {
    it('reports error responses with a 4xx or 5xx status, and error factories', async () => {
      const source = [
        'function handler(req, res, user) {',
        '  const { email: given } = req.body;',
        "  res.status(409).json({ error: 'Email already registered', given });",
        '  res.status(404).send(`No account for ${user.phone}`);',
        "  reply.code(400).send({ message: 'bad', name: user.fullName });",
        '  return NextResponse.json({ error: `No booking for ${user.email}` }, { status: 404 });',
        '  throw createError(404, `no patient ${req.body.patient.nric}`);',
        '}',
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'typescript', source), ['3:given', '4:user.phone', '5:user.fullName', '6:user.email', '7:req.body.patient.nric']);
      const first = (await scan('typescript', source)).findings.find((f) => f.ruleId === RULE)!;
      assert.match(first.message, /^res\.status\.json\(\) returns given \(email address, from req\.body\.email\) in an error response/);
      assert.deepStrictEqual(first.checklist, ['logging-minimisation']);
      assert.deepStrictEqual(first.related?.map((r) => r.range.start.line), [1]);
    });

    it('does not report successful responses, ids, logging calls or masked values', async () => {
      const source = [
        'res.json({ email: user.email });',
        'res.status(200).json({ email: user.email });',
        'res.status(201).send(user.email);',
        'res.status(404).json({ error: `no user ${user.id}` });',
        'res.status(400).json({ error: `bad email ${maskEmail(user.email)}` });',
        'console.error(`lookup failed`, err);',
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'typescript', source), []);
    });

    it('reports new Error(...) and framework exceptions, thrown or handed on', async () => {
      const source = [
        'function f(user, next) {',
        '  if (!user.active) throw new Error(`no user ${user.email}`);',
        '  next(new HttpError(400, "bad phone " + user.phone));',
        '  return Promise.reject(new NotFoundException(`no ${user.fullName}`));',
        '}',
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'typescript', source), ['2:user.email', '3:user.phone', '4:user.fullName']);
    });
  });

  describe('Python', () => {
    it('reports exceptions with f-strings, %-formatting and format(), abort, HTTPException and error tuples', async () => {
      const source = [
        'def find(request, user):',
        '    email = request.json["email"]',
        '    raise ValueError(f"no user {email}")',
        '    raise LookupError("no user %s" % user.phone)',
        '    raise NotFound("no patient {}".format(user.full_name))',
        '    abort(404, description=f"no user {user.email}")',
        '    raise HTTPException(status_code=404, detail=f"no {user.nric}")',
        '    return jsonify(error="not found", email=email), 404',
        '    return Response({"phone": user.phone}, status=status.HTTP_404_NOT_FOUND)',
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'python', source), ['3:email', '4:user.phone', '5:user.full_name', '6:user.email', '7:user.nric', '8:email', '9:user.phone']);
    });

    it('does not report successful responses, ids or sanitised values', async () => {
      const source = ['def f(user):', '    raise ValueError(f"no user {user.id}")', '    return jsonify(email=user.email), 200', '    return jsonify(email=user.email)', '    raise ValueError(f"bad {mask(user.email)}")'].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'python', source), []);
    });
  });

  describe('Java', () => {
    it('reports exceptions inside other calls or assignments, ResponseStatusException and ResponseEntity errors', async () => {
      const source = [
        'class Users {',
        '  Mono<User> find(User user) {',
        '    String email = user.getEmail();',
        '    return Mono.error(new NotFoundException("no user " + email));',
        '  }',
        '  ResponseEntity<?> g(User user) {',
        '    IllegalStateException ex = new IllegalStateException("bad " + user.getPhone());',
        '    ResponseEntity.status(404).body(Map.of("error", "x", "email", user.getEmail()));',
        '    return ResponseEntity.badRequest().body("bad " + user.getFullName());',
        '  }',
        '}',
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'java', source), ['4:email', '7:user.getPhone()', '8:user.getEmail()', '9:user.getFullName()']);
    });

    it('reads record accessors: request.email() is the request’s email', async () => {
      const source = [
        'class Orders {',
        '  ResponseEntity<?> track(TrackRequest request) {',
        '    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "No order " + request.orderNumber() + " for " + request.email()));',
        '  }',
        '}',
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'java', source), ['3:request']);
    });

    it('does not report successful responses or ids', async () => {
      const source = ['class A {', '  ResponseEntity<?> f(User user) {', '    Mono.error(new NotFoundException("no user " + user.getId()));', '    return ResponseEntity.ok().body(user.getEmail());', '  }', '}'].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'java', source), []);
    });

    it('reports throw new X(...), qualified or not', async () => {
      const source = ['class A {', '  void f(User user) {', '    if (a) throw new IllegalArgumentException("no user " + user.getEmail());', '    throw new com.acme.errors.NotFoundException(String.format("no %s", user.getPhone()));', '  }', '}'].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'java', source), ['3:user.getEmail()', '4:user.getPhone()']);
    });
  });

  describe('Go', () => {
    it('reports fmt.Errorf, errors.New, panic, http.Error and gin error responses', async () => {
      const source = [
        'package p',
        'func f(w http.ResponseWriter, c *gin.Context, user User) error {',
        '\temail := user.Email',
        '\terr := fmt.Errorf("no user %s", email)',
        '\terr = errors.New("no user " + user.Phone)',
        '\thttp.Error(w, "no user "+user.FullName, http.StatusNotFound)',
        '\tc.JSON(400, gin.H{"error": "bad", "email": email})',
        '\tc.JSON(http.StatusNotFound, gin.H{"error": "no " + user.Nric})',
        '\tpanic("no user " + email)',
        '}',
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'go', source), ['4:email', '5:user.Phone', '6:user.FullName', '7:email', '8:user.Nric', '9:email']);
    });

    it('reports a body written after an error status header, and not after a success', async () => {
      const source = [
        'package p',
        'func f(w http.ResponseWriter, rc Recipient) {',
        '\tif bad {',
        '\t\tw.WriteHeader(http.StatusBadGateway)',
        '\t\tfmt.Fprintf(w, `{"error":"address check failed for %s"}`, rc.Postcode)',
        '\t\treturn',
        '\t}',
        '\tw.WriteHeader(http.StatusOK)',
        '\tfmt.Fprintf(w, `{"postcode":"%s"}`, rc.Postcode)',
        '}',
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'go', source), ['5:rc.Postcode']);
    });

    it('does not report logs, successes, ids or wrapped errors', async () => {
      const source = [
        'package p',
        'func f(c *gin.Context, user User) error {',
        '\tlogger.Error("lookup failed", zap.String("email", user.Email))',
        '\tzap.L().Error("lookup failed", zap.String("phone", user.Phone))',
        '\tlogrus.WithField("name", user.FullName).Error("lookup failed")',
        '\tc.JSON(http.StatusOK, gin.H{"email": user.Email})',
        '\treturn fmt.Errorf("lookup %d: %w", user.ID, err)',
        '}',
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'go', source), []);
    });
  });

  describe('PHP', () => {
    it('reports abort and JSON error responses', async () => {
      const source = ['<?php', 'function f($user) {', '    abort(404, "no user " . $user->email);', "    return response()->json(['error' => 'x', 'phone' => $user->phone], 422);", '}'].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'php', source), ['3:$user->email', '4:$user->phone']);
    });

    it('does not report a successful JSON response', async () => {
      assert.deepStrictEqual(await findingsOf(RULE, 'php', "<?php\nreturn response()->json(['email' => $user->email], 200);\n"), []);
    });

    it('reports throw new Exception(...), namespaced too, through sprintf', async () => {
      const source = '<?php\nfunction f($user) {\n    if ($a) throw new Exception("no user " . $user->email);\n    throw new \\InvalidArgumentException(sprintf("no user %s", $user->phone));\n}\n';
      assert.deepStrictEqual(await findingsOf(RULE, 'php', source), ['3:$user->email', '4:$user->phone']);
    });
  });

  describe('Ruby', () => {
    it('reports raise and render with an error status, symbols included', async () => {
      const source = [
        'def show(user)',
        '  email = params[:email]',
        '  raise ArgumentError, "no user #{email}"',
        '  raise ActiveRecord::RecordNotFound.new("no #{user.phone}")',
        '  render json: { error: "taken", email: email }, status: :unprocessable_entity',
        '  render json: { error: "no #{user.name}" }, status: 404',
        'end',
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'ruby', source), ['3:email', '4:user.phone', '5:email', '6:user.name']);
    });

    it('does not report a successful render or an id', async () => {
      assert.deepStrictEqual(await findingsOf(RULE, 'ruby', 'def show(user)\n  render json: { email: user.email }, status: :ok\n  raise ArgumentError, "no user #{user.id}"\nend\n'), []);
    });
  });

  describe('C#', () => {
    it('reports ASP.NET Core error results and exceptions handed to other calls', async () => {
      const source = [
        'public class Users : ControllerBase {',
        '  public IActionResult Find(User user) {',
        '    var email = user.Email;',
        '    if (a) return BadRequest($"no user {email}");',
        '    if (b) return NotFound(new { error = "x", phone = user.Phone });',
        '    if (c) return Problem(detail: $"no {user.FullName}", statusCode: 404);',
        '    if (d) return StatusCode(500, $"failed for {user.Nric}");',
        '    return Task.FromException(new InvalidOperationException($"no user {user.Email}"));',
        '  }',
        '}',
      ].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'csharp', source), ['4:email', '5:user.Phone', '6:user.FullName', '7:user.Nric', '8:user.Email']);
    });

    it('does not report Ok results, ids, logs or Sentry methods named after exceptions', async () => {
      const source = ['public class A : ControllerBase {', '  public IActionResult F(User user) {', '    _logger.LogError("failed {Email}", user.Email);', '    SentrySdk.CaptureException(ex, scope => scope.SetExtra("email", user.Email));', '    if (a) return NotFound($"no user {user.Id}");', '    return Ok(new { email = user.Email });', '  }', '}'].join('\n');
      assert.deepStrictEqual(await findingsOf(RULE, 'csharp', source), []);
    });

    it('reports throw new X(...) with an interpolated message', async () => {
      assert.deepStrictEqual(await findingsOf(RULE, 'csharp', 'public class A {\n  public void F(User user) {\n    throw new InvalidOperationException($"no user {user.Email}");\n  }\n}\n'), ['3:user.Email']);
    });
  });
});
