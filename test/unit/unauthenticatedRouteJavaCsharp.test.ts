import * as assert from 'assert';
import { routeFindings, routeLinesWithProjectGuards, routeMessages } from './routeTestSupport';

describe('unauthenticated-personal-data-route: Spring', () => {
  const controller = (classAnnotations: string, methods: string) => ['@RestController', classAnnotations, '@RequestMapping("/api/patients")', 'public class PatientController {', methods, '}'].filter((l) => l !== '').join('\n');
  const get = ['    @GetMapping("/{id}")', '    public Patient get(@PathVariable Long id) {', '        Patient patient = repo.findById(id).orElseThrow();', '        return patient;', '    }'].join('\n');
  const create = ['    @PostMapping', '    public ResponseEntity<Void> create(@RequestBody PatientDto dto) {', '        repo.save(dto);', '        return ResponseEntity.ok().build();', '    }'].join('\n');

  it('reports methods that return or accept personal data, at their mapping annotations', async () => {
    assert.deepStrictEqual(await routeFindings('java', controller('', `${get}\n${create}`)), ['4:@GetMapping("/{id}")', '9:@PostMapping']);
    const [message] = await routeMessages('java', controller('', get));
    assert.match(message ?? '', /^GET \/api\/patients\/\{id\} \(Spring\) returns the whole patient record/);
    assert.match(message ?? '', /If a `SecurityFilterChain` configuration guards it, suppress this finding with that reason\./);
  });

  it('does not report methods guarded on the method or the controller', async () => {
    assert.deepStrictEqual(await routeFindings('java', controller('', `    @PreAuthorize("hasRole('DOCTOR')")\n${get}`)), []);
    assert.deepStrictEqual(await routeFindings('java', controller('@Secured("ROLE_STAFF")', `${get}\n${create}`)), []);
    assert.deepStrictEqual(await routeFindings('java', controller('', get.replace('@PathVariable Long id', '@PathVariable Long id, @AuthenticationPrincipal UserDetails me'))), []);
  });

  it('reports unannotated methods beside methods with method security (the guard must be in the file), and permitAll()', async () => {
    const source = controller('', [`    @RolesAllowed("ADMIN")\n${create}`, get, '    @GetMapping("/public/{id}")', '    @PreAuthorize("permitAll()")', '    public PatientDto card(@PathVariable Long id) {', '        PatientDto patient = service.card(id);', '        return patient;', '    }'].join('\n'));
    assert.deepStrictEqual(await routeFindings('java', source), ['10:@GetMapping("/{id}")', '15:@GetMapping("/public/{id}")']);
    assert.match((await routeMessages('java', source))[1] ?? '', /and is marked public:/);
  });

  it('puts the finding on the first line of a mapping annotation written over several lines', async () => {
    const method = ['    @Transactional', '    @GetMapping(', '        value = "/{id}/notes",', '        produces = "application/json")', '    public List<String> notes(@PathVariable Long id) {', '        Patient patient = repo.findById(id).orElseThrow();', '        return patient.getClinicalNotes();', '    }'].join('\n');
    assert.deepStrictEqual(await routeFindings('java', controller('', method)), ['5:@GetMapping(']);
  });

  it('reports a request body of a record the file declares with personal fields', async () => {
    const method = ['    public record TrackRequest(String orderNumber, String email) {}', '    @PostMapping("/track")', '    public String track(@RequestBody TrackRequest request) {', '        return tracker.statusOf(request.orderNumber());', '    }'].join('\n');
    assert.deepStrictEqual(await routeFindings('java', controller('', method)), ['5:@PostMapping("/track")']);
    assert.match((await routeMessages('java', controller('', method)))[0] ?? '', /accepts request\.email \(email address\)/);
  });

  it('does not report methods without personal data, and knows the project’s guards', async () => {
    assert.deepStrictEqual(await routeFindings('java', controller('', '    @GetMapping("/count")\n    public long count() { return repo.count(); }')), []);
    const source = controller('', `    @ClinicOnly\n${get}`);
    assert.deepStrictEqual(await routeLinesWithProjectGuards('java', source, []), [5]);
    assert.deepStrictEqual(await routeLinesWithProjectGuards('java', source, ['ClinicOnly']), []);
  });
});

describe('unauthenticated-personal-data-route: ASP.NET Core', () => {
  const controller = (classAttributes: string, actions: string) => ['[ApiController]', '[Route("api/[controller]")]', classAttributes, 'public class PatientsController : ControllerBase', '{', actions, '}'].filter((l) => l !== '').join('\n');
  const get = ['    [HttpGet("{id}")]', '    public ActionResult<Patient> Get(int id)', '    {', '        var patient = _db.Patients.Find(id);', '        return Ok(patient);', '    }'].join('\n');
  const create = '    [HttpPost]\n    public IActionResult Create([FromBody] PatientDto dto) { _db.Add(dto); return Ok(); }';

  it('reports controller actions that return or accept personal data, at their route attributes', async () => {
    assert.deepStrictEqual(await routeFindings('csharp', controller('', `${get}\n${create}`)), ['5:[HttpGet("{id}")]', '11:[HttpPost]']);
    assert.match((await routeMessages('csharp', controller('', get)))[0] ?? '', /^GET \/api\/Patients\/\{id\} \(ASP\.NET Core\) returns the whole patient record/);
  });

  it('does not report actions guarded on the action or the controller; [AllowAnonymous] undoes it', async () => {
    assert.deepStrictEqual(await routeFindings('csharp', controller('', `    [Authorize(Roles = "Doctor")]\n${get}`)), []);
    assert.deepStrictEqual(await routeFindings('csharp', controller('[Authorize]', `${get}\n${create}`)), []);
    assert.deepStrictEqual(await routeFindings('csharp', controller('[Authorize]', `    [AllowAnonymous]\n${get}`)), ['7:[HttpGet("{id}")]']);
  });

  it('reports minimal-API endpoints unless RequireAuthorization is chained on them or their group', async () => {
    const source = [
      'var app = builder.Build();',
      'app.MapGet("/health", () => Results.Ok("up"));',
      'app.MapGet("/users/{id}", (int id, AppDb db) => db.Users.Find(id)).RequireAuthorization();',
      'app.MapGet("/patients/{id}", async (int id, AppDb db) => { var p = await db.Patients.FindAsync(id); return Results.Ok(p); });',
      'app.MapPost("/customers", (CustomerDto dto, AppDb db) => { db.Add(dto); return Results.Created(); });',
      'var secured = app.MapGroup("/admin").RequireAuthorization("Admin");',
      'secured.MapGet("/employees/{id}", (int id, AppDb db) => db.Employees.Find(id));',
      'app.MapGet("/me", (int id, AppDb db) => db.Users.Find(id)).AllowAnonymous();',
    ].join('\n');
    assert.deepStrictEqual(await routeFindings('csharp', source), ['4:"/patients/{id}"', '5:"/customers"', '8:"/me"']);
  });

  it('does not report minimal-API endpoints under a fallback policy that requires an authenticated user', async () => {
    const source = [
      'builder.Services.AddAuthorization(options =>',
      '{',
      '    options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();',
      '});',
      'var app = builder.Build();',
      'app.MapGet("/patients/{id}", (int id, AppDb db) => db.Patients.Find(id));',
    ].join('\n');
    assert.deepStrictEqual(await routeFindings('csharp', source), []);
  });

  it('points at the route attribute, whichever attributes come before it', async () => {
    const action = ['    [AllowAnonymous]', '    [EnableCors("Partners")]', '    [HttpGet]', '    public IActionResult Lookup(string email) => Ok(_db.Patients.Find(email));'].join('\n');
    assert.deepStrictEqual(await routeFindings('csharp', controller('[Authorize]', action)), ['8:[HttpGet]']);
  });

  it('reports a whole value returned after its personal members are read, and a body parameter of a type the file declares', async () => {
    const action = [
      '    [HttpPost("{sellerId}/verify")]',
      '    public async Task<IActionResult> Verify(string sellerId)',
      '    {',
      '        var account = await _gateway.AccountFor(sellerId);',
      '        _audit.Record(account.Iban);',
      '        return Ok(account);',
      '    }',
    ].join('\n');
    assert.deepStrictEqual(await routeFindings('csharp', controller('', action)), ['5:[HttpPost("{sellerId}/verify")]']);
    assert.match((await routeMessages('csharp', controller('', action)))[0] ?? '', /returns account\.Iban \(bank account details\)/);
    const minimal = ['app.MapPost("/visits/{id}/notes", async (Guid id, VisitNotes notes, ClinicDb db) => { await Save(id, notes); return Results.NoContent(); });', 'public record VisitNotes(string ClinicalNotes);'].join('\n');
    assert.deepStrictEqual(await routeFindings('csharp', minimal), ['1:"/visits/{id}/notes"']);
    assert.match((await routeMessages('csharp', minimal))[0] ?? '', /accepts notes\.ClinicalNotes \(health data\)/);
  });

  it('does not report actions without personal data, and knows the project’s guards', async () => {
    assert.deepStrictEqual(await routeFindings('csharp', controller('', '    [HttpGet("count")]\n    public int Count() => _db.Patients.Count();')), []);
    const source = controller('', `    [ClinicOnly]\n${get}`);
    assert.deepStrictEqual(await routeLinesWithProjectGuards('csharp', source, []), [6]);
    assert.deepStrictEqual(await routeLinesWithProjectGuards('csharp', source, ['ClinicOnly']), []);
  });
});
