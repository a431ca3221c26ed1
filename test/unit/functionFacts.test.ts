/**
 * Function facts (FunctionDeclaration) in all seven languages, on handlers written the way each
 * web framework writes them: names, owners, decorators and annotations, parameters with theirs,
 * returns, and a `scope` that is the one the calls and assignments in the body carry.
 */
import * as assert from 'assert';
import type { SourceFacts } from '../../src/core/facts';
import { functions, scanner, scopeMismatches } from './helpers';

async function factsOf(languageId: string, lines: readonly string[]): Promise<SourceFacts> {
  const facts = await scanner.extractFacts(lines.join('\n'), languageId);
  assert.deepStrictEqual(scopeMismatches(facts), [], 'every call and assignment carries the scope of its function');
  return facts;
}

/** The calls made directly in the function called `name`, joined by scope as a rule joins them. */
function callsIn(facts: SourceFacts, name: string): string[] {
  const fn = facts.functions?.find((f) => f.name === name);
  return facts.calls.filter((c) => fn && c.scope === fn.scope).map((c) => c.calleePath.join('.'));
}

describe('function facts: TypeScript and JavaScript', () => {
  it('Express: anonymous and named handlers with their parameters and returns', async () => {
    const facts = await factsOf('javascript', [
      "router.get('/patients/:id', requireAuth, async (req, res) => {",
      '  const patient = await db.find(req.params.id);',
      '  return res.json(patient);',
      '});',
      "app.post('/signup', function signup(req, res) {",
      '  res.send(req.body.email);',
      '});',
      "app.get('/me', (req) => req.user);",
    ]);
    assert.deepStrictEqual(functions(facts), [
      '<anonymous> (req, res) => res.json(patient) @1',
      'signup (req, res) @5',
      '<anonymous> (req) => req.user @8',
    ]);
    assert.deepStrictEqual(callsIn(facts, 'signup'), ['res.send']);
    const handler = facts.functions![0]!;
    assert.deepStrictEqual(handler.nameRange, { start: { line: 0, column: 41 }, end: { line: 0, column: 57 } }, 'an anonymous function is pointed at by its head');
  });

  it('NestJS: decorators before each method, parameter decorators, the class as owner', async () => {
    const facts = await factsOf('typescript', [
      "@Controller('patients')",
      "@UseGuards(AuthGuard('jwt'))",
      'export class PatientsController {',
      '  constructor(private readonly patients: PatientsService) {}',
      '',
      "  @Get(':id')",
      "  @Roles('admin')",
      "  async findOne(@Param('id') id: string, @Req() req: Request): Promise<Patient> {",
      '    const patient = await this.patients.find(id);',
      '    return patient;',
      '  }',
      '',
      '  @Public()',
      '  @Post()',
      '  create(@Body() dto: CreatePatientDto) {',
      '    return this.patients.create(dto);',
      '  }',
      '}',
    ]);
    assert.deepStrictEqual(functions(facts), [
      'PatientsController.constructor (patients: PatientsService) @4',
      "PatientsController.findOne @Get(':id') @Roles('admin') (@Param('id') id: string, @Req() req: Request) => patient @6",
      'PatientsController.create @Public() @Post() (@Body() dto: CreatePatientDto) => this.patients.create(dto) @13',
    ]);
    assert.deepStrictEqual(callsIn(facts, 'findOne'), ['Param', 'Req', 'this.patients.find']);
  });

  it('Next.js route handlers: exported functions and arrow functions named by their constant', async () => {
    const facts = await factsOf('typescript', [
      'export async function GET(request: Request) {',
      '  const patient = await prisma.patient.findUnique({ where: { id: 1 } });',
      '  return NextResponse.json(patient);',
      '}',
      'export const POST = async (req: NextRequest) => NextResponse.json(await req.json());',
      'export const DELETE = async function (req) { return new Response(null, { status: 204 }); };',
    ]);
    assert.deepStrictEqual(functions(facts), [
      'GET (request: Request) => NextResponse.json(patient) @1',
      'POST (req: NextRequest) => NextResponse.json(await req.json()) @5',
      'DELETE (req) => new Response(null, { status: 204 }) @6',
    ]);
    assert.deepStrictEqual(facts.functions![1]!.nameRange.start, { line: 4, column: 13 }, 'an arrow function given to a constant is named, and pointed at, by it');
  });

  it('returns only its own: a nested function keeps its returns, and a bare return gives nothing', async () => {
    const facts = await factsOf('typescript', ['function outer(a) {', '  const inner = () => { return a.email; };', '  if (!a) { return; }', '  return inner;', '}']);
    assert.deepStrictEqual(functions(facts), ['outer (a) => inner @1', 'inner () => a.email @2']);
    assert.deepStrictEqual(
      facts.functions![1]!.returns[0]!.references.map((r) => r.path.join('.')),
      ['a.email'],
      'a return is an expression with its references',
    );
  });
});

describe('function facts: Python', () => {
  it('Flask: route and guard decorators, the decorators inside the range', async () => {
    const facts = await factsOf('python', [
      '@app.route("/patients/<int:pid>", methods=["GET"])',
      '@login_required',
      'def get_patient(pid):',
      '    patient = Patient.query.get(pid)',
      '    return jsonify(patient.to_dict())',
    ]);
    assert.deepStrictEqual(functions(facts), ['get_patient @app.route("/patients/<int:pid>", methods=["GET"]) @login_required (pid) => jsonify(patient.to_dict()) @1']);
    assert.deepStrictEqual(facts.functions![0]!.nameRange.start, { line: 2, column: 4 });
  });

  it('FastAPI: a Depends(...) default is kept as the parameter annotation; self is no parameter', async () => {
    const facts = await factsOf('python', [
      '@router.get("/patients/{pid}", response_model=PatientOut)',
      'async def read_patient(pid: int, user: User = Depends(get_current_user), q: str = None) -> PatientOut:',
      '    patient = db.get(Patient, pid)',
      '    return patient',
      '',
      'class Service:',
      '    def find(self, pid, *args, **kwargs):',
      '        return lambda row: row.email',
    ]);
    assert.deepStrictEqual(functions(facts), [
      'read_patient @router.get("/patients/{pid}", response_model=PatientOut) (pid: int, Depends(get_current_user) user: User, q: str) => patient @1',
      'Service.find (pid, args, kwargs) => lambda row: row.email @7',
      'Service.<anonymous> (row) => row.email @8',
    ]);
    assert.deepStrictEqual(callsIn(facts, 'read_patient'), ['Depends', 'db.get']);
  });

  it('Django: function views and class-based view methods owned by their class', async () => {
    const facts = await factsOf('python', [
      '@login_required',
      'def patient_detail(request, pk):',
      '    patient = get_object_or_404(Patient, pk=pk)',
      '    return JsonResponse({"email": patient.email})',
      '',
      'class PatientView(LoginRequiredMixin, View):',
      '    def get(self, request, pk):',
      '        return JsonResponse(model_to_dict(Patient.objects.get(pk=pk)))',
      '',
      '    @method_decorator(csrf_exempt)',
      '    def post(self, request, pk):',
      '        return JsonResponse({}, status=201)',
    ]);
    assert.deepStrictEqual(functions(facts), [
      'patient_detail @login_required (request, pk) => JsonResponse({"email": patient.email}) @1',
      'PatientView.get (request, pk) => JsonResponse(model_to_dict(Patient.objects.get(pk=pk))) @7',
      'PatientView.post @method_decorator(csrf_exempt) (request, pk) => JsonResponse({}, status=201) @10',
    ]);
  });
});

describe('function facts: Java', () => {
  it('Spring: mapping and security annotations, annotated parameters, lambdas owned by the controller', async () => {
    const facts = await factsOf('java', [
      '@RestController',
      '@RequestMapping("/api/patients")',
      'public class PatientController {',
      '    @GetMapping("/{id}")',
      '    @PreAuthorize("hasRole(\'DOCTOR\')")',
      '    public PatientDto get(@PathVariable Long id, @AuthenticationPrincipal UserDetails user) {',
      '        Patient patient = repository.findById(id).orElseThrow(() -> new NotFound());',
      '        return mapper.toDto(patient);',
      '    }',
      '',
      '    @PostMapping',
      '    public ResponseEntity<PatientDto> create(@Valid @RequestBody final PatientDto dto) {',
      '        return ResponseEntity.ok(service.save(dto));',
      '    }',
      '',
      '    public PatientController(PatientService service) { this.service = service; }',
      '}',
    ]);
    assert.deepStrictEqual(functions(facts), [
      'PatientController.get @GetMapping("/{id}") @PreAuthorize("hasRole(\'DOCTOR\')") (@PathVariable id: Long, @AuthenticationPrincipal user: UserDetails) => mapper.toDto(patient) @4',
      'PatientController.<anonymous> () => new NotFound() @7',
      'PatientController.create @PostMapping (@Valid @RequestBody dto: PatientDto) => ResponseEntity.ok(service.save(dto)) @11',
      'PatientController.PatientController (service: PatientService) @16',
    ]);
    assert.deepStrictEqual(callsIn(facts, 'get'), ['orElseThrow', 'repository.findById', 'mapper.toDto']);
  });
});

describe('function facts: C#', () => {
  it('ASP.NET Core: one entry per attribute, [FromBody] parameters, expression-bodied members and minimal API lambdas', async () => {
    const facts = await factsOf('csharp', [
      '[ApiController]',
      '[Route("api/[controller]")]',
      'public class PatientsController : ControllerBase',
      '{',
      '    public PatientsController(AppDb db) => _db = db;',
      '',
      '    [HttpGet("{id}")]',
      '    public async Task<ActionResult<PatientDto>> Get(int id)',
      '    {',
      '        var patient = await _db.Patients.FindAsync(id);',
      '        return Ok(patient);',
      '    }',
      '',
      '    [HttpPost, AllowAnonymous]',
      '    [Authorize(Roles = "Doctor")]',
      '    public IActionResult Create([FromBody] PatientDto dto) => Ok(dto.Id);',
      '}',
      'app.MapGet("/patients/{id}", async (int id, AppDb db) => await db.Patients.FindAsync(id)).RequireAuthorization();',
    ]);
    assert.deepStrictEqual(functions(facts), [
      'PatientsController.PatientsController (db: AppDb) @5',
      'PatientsController.Get [HttpGet("{id}")] (id: int) => Ok(patient) @7',
      'PatientsController.Create [HttpPost] [AllowAnonymous] [Authorize(Roles = "Doctor")] ([FromBody] dto: PatientDto) => Ok(dto.Id) @14',
      '<anonymous> (id: int, db: AppDb) => await db.Patients.FindAsync(id) @18',
    ]);
    assert.deepStrictEqual(callsIn(facts, 'Get'), ['_db.Patients.FindAsync', 'Ok']);
  });
});

describe('function facts: Go', () => {
  it('Gin: handler functions, methods and their closures owned by the receiver type, closures, multiple results', async () => {
    const facts = await factsOf('go', [
      'func GetPatient(c *gin.Context) {',
      '\tpatient, err := store.Find(c.Param("id"))',
      '\tif err != nil {',
      '\t\tc.JSON(404, gin.H{"error": "not found"})',
      '\t\treturn',
      '\t}',
      '\tc.JSON(200, patient)',
      '}',
      '',
      'func (h *Handler) Routes(r *gin.Engine) {',
      '\tr.GET("/patients", func(c *gin.Context) { c.JSON(200, h.store.All()) })',
      '}',
      '',
      'func Register(r *gin.Engine) {',
      '\tr.GET("/health", func(c *gin.Context) {',
      '\t\tc.String(200, "ok")',
      '\t})',
      '}',
      '',
      'func lookup(id, kind string) (*Patient, error) {',
      '\treturn store.Find(id)',
      '}',
    ]);
    assert.deepStrictEqual(functions(facts), [
      'GetPatient (c: *gin.Context) @1',
      'Handler.Routes (r: *gin.Engine) @10',
      'Handler.<anonymous> (c: *gin.Context) @11',
      'Register (r: *gin.Engine) @14',
      '<anonymous> (c: *gin.Context) @15',
      'lookup (id: string, kind: string) => store.Find(id) @20',
    ]);
    assert.deepStrictEqual(callsIn(facts, 'GetPatient'), ['store.Find', 'c.Param', 'c.JSON', 'c.JSON']);
  });
});

describe('function facts: PHP', () => {
  it('Laravel: PHP 8 attributes, attributed and promoted parameters, arrow functions', async () => {
    const facts = await factsOf('php', [
      '<?php',
      'class PatientController extends Controller',
      '{',
      '    public function __construct(private PatientService $service) {}',
      '',
      "    #[Get('/patients/{id}'), Middleware('auth')]",
      '    public function show(Request $request, int $id): JsonResponse',
      '    {',
      '        $patient = Patient::findOrFail($id);',
      '        return response()->json($patient);',
      '    }',
      '',
      '    public function store(#[CurrentUser] User $user, StorePatientRequest $request)',
      '    {',
      '        return Patient::create($request->validated());',
      '    }',
      '}',
      "Route::get('/patients', fn (Request $request) => Patient::all())->middleware('auth');",
    ]);
    assert.deepStrictEqual(functions(facts), [
      'PatientController.__construct (service: PatientService) @4',
      "PatientController.show #[Get('/patients/{id}')] #[Middleware('auth')] (request: Request, id: int) => response()->json($patient) @6",
      'PatientController.store (#[CurrentUser] user: User, request: StorePatientRequest) => Patient::create($request->validated()) @13',
      '<anonymous> (request: Request) => Patient::all() @18',
    ]);
    assert.deepStrictEqual(callsIn(facts, 'show'), ['Patient.findOrFail', 'json', 'response']);
  });
});

describe('function facts: Ruby', () => {
  it('Rails: actions owned by their controller, explicit returns only, blocks and lambdas as anonymous functions', async () => {
    const facts = await factsOf('ruby', [
      'class PatientsController < ApplicationController',
      '  before_action :authenticate_user!',
      '',
      '  def show',
      '    @patient = Patient.find(params[:id])',
      '    render json: @patient',
      '  end',
      '',
      '  def destroy(force = false)',
      '    return head(:forbidden) unless current_user.admin?',
      '    Patient.find(params[:id]).destroy',
      '  end',
      '',
      '  def self.policy = PatientPolicy',
      'end',
      "get '/patients/:id' do |id|",
      '  Patient.find(id).to_json',
      'end',
      'FORMAT = ->(p) { p.email }',
    ]);
    assert.deepStrictEqual(functions(facts), [
      'PatientsController.show () @4',
      'PatientsController.destroy (force) => head(:forbidden) @9',
      'PatientsController.policy () => PatientPolicy @14',
      '<anonymous> (id) @16',
      '<anonymous> (p) @19',
    ]);
    assert.deepStrictEqual(callsIn(facts, 'show'), ['Patient.find', 'render']);
  });
});
