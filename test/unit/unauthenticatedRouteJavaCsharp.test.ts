import * as assert from 'assert';
import { routeFindings, routeLinesWithProjectGuards, routeMessages } from './routeTestSupport';

describe('unauthenticated-personal-data-route: Spring', () => {
  const controller = (classAnnotations: string, methods: string) => ['@RestController', classAnnotations, '@RequestMapping("/api/patients")', 'public class PatientController {', methods, '}'].filter((l) => l !== '').join('\n');
  const get = ['    @GetMapping("/{id}")', '    public Patient get(@PathVariable Long id) {', '        Patient patient = repo.findById(id).orElseThrow();', '        return patient;', '    }'].join('\n');
  const create = ['    @PostMapping', '    public ResponseEntity<Void> create(@RequestBody PatientDto dto) {', '        repo.save(dto);', '        return ResponseEntity.ok().build();', '    }'].join('\n');

  it('reports methods that return or accept personal data in a file with no method security, at their names', async () => {
    assert.deepStrictEqual(await routeFindings('java', controller('', `${get}\n${create}`)), ['5:get', '10:create']);
    const [message] = await routeMessages('java', controller('', get));
    assert.match(message ?? '', /^GET \/api\/patients\/\{id\} \(Spring\) returns the whole patient record/);
    assert.match(message ?? '', /If a `SecurityFilterChain` configuration guards it, suppress this finding with that reason\./);
  });

  it('does not report methods guarded on the method or the controller', async () => {
    assert.deepStrictEqual(await routeFindings('java', controller('', `    @PreAuthorize("hasRole('DOCTOR')")\n${get}`)), []);
    assert.deepStrictEqual(await routeFindings('java', controller('@Secured("ROLE_STAFF")', `${get}\n${create}`)), []);
    assert.deepStrictEqual(await routeFindings('java', controller('', get.replace('@PathVariable Long id', '@PathVariable Long id, @AuthenticationPrincipal UserDetails me'))), []);
  });

  it('leaves unannotated methods to the filter chain when the file uses method security, but reports permitAll()', async () => {
    const source = controller('', [`    @RolesAllowed("ADMIN")\n${create}`, get, '    @GetMapping("/public/{id}")', '    @PreAuthorize("permitAll()")', '    public PatientDto card(@PathVariable Long id) {', '        PatientDto patient = service.card(id);', '        return patient;', '    }'].join('\n'));
    assert.deepStrictEqual(await routeFindings('java', source), ['17:card']);
    assert.match((await routeMessages('java', source))[0] ?? '', /and is marked public:/);
  });

  it('does not report methods without personal data, and knows the project’s guards', async () => {
    assert.deepStrictEqual(await routeFindings('java', controller('', '    @GetMapping("/count")\n    public long count() { return repo.count(); }')), []);
    const source = controller('', `    @ClinicOnly\n${get}`);
    assert.deepStrictEqual(await routeLinesWithProjectGuards('java', source, []), [6]);
    assert.deepStrictEqual(await routeLinesWithProjectGuards('java', source, ['ClinicOnly']), []);
  });
});

describe('unauthenticated-personal-data-route: ASP.NET Core', () => {
  const controller = (classAttributes: string, actions: string) => ['[ApiController]', '[Route("api/[controller]")]', classAttributes, 'public class PatientsController : ControllerBase', '{', actions, '}'].filter((l) => l !== '').join('\n');
  const get = ['    [HttpGet("{id}")]', '    public ActionResult<Patient> Get(int id)', '    {', '        var patient = _db.Patients.Find(id);', '        return Ok(patient);', '    }'].join('\n');
  const create = '    [HttpPost]\n    public IActionResult Create([FromBody] PatientDto dto) { _db.Add(dto); return Ok(); }';

  it('reports controller actions that return or accept personal data, at their names', async () => {
    assert.deepStrictEqual(await routeFindings('csharp', controller('', `${get}\n${create}`)), ['6:Get', '12:Create']);
    assert.match((await routeMessages('csharp', controller('', get)))[0] ?? '', /^GET \/api\/Patients\/\{id\} \(ASP\.NET Core\) returns the whole patient record/);
  });

  it('does not report actions guarded on the action or the controller; [AllowAnonymous] undoes it', async () => {
    assert.deepStrictEqual(await routeFindings('csharp', controller('', `    [Authorize(Roles = "Doctor")]\n${get}`)), []);
    assert.deepStrictEqual(await routeFindings('csharp', controller('[Authorize]', `${get}\n${create}`)), []);
    assert.deepStrictEqual(await routeFindings('csharp', controller('[Authorize]', `    [AllowAnonymous]\n${get}`)), ['8:Get']);
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

  it('does not report actions without personal data, and knows the project’s guards', async () => {
    assert.deepStrictEqual(await routeFindings('csharp', controller('', '    [HttpGet("count")]\n    public int Count() => _db.Patients.Count();')), []);
    const source = controller('', `    [ClinicOnly]\n${get}`);
    assert.deepStrictEqual(await routeLinesWithProjectGuards('csharp', source, []), [7]);
    assert.deepStrictEqual(await routeLinesWithProjectGuards('csharp', source, ['ClinicOnly']), []);
  });
});
