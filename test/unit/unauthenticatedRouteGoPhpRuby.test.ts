import * as assert from 'assert';
import { routeFindings, routeLinesWithProjectGuards, routeMessages } from './routeTestSupport';

describe('unauthenticated-personal-data-route: Gin', () => {
  const inMain = (...lines: string[]) => ['package main', '', 'func main() {', '\tr := gin.Default()', ...lines.map((l) => `\t${l}`), '}'].join('\n');

  it('reports routes that return a person record or bind personal fields from the body', async () => {
    const source = [
      inMain('r.GET("/users/:id", func(c *gin.Context) {', '\tuser := findUser(c.Param("id"))', '\tc.JSON(200, user)', '})', 'r.POST("/patients", createPatient)'),
      'func createPatient(c *gin.Context) {',
      '\tvar input CreatePatientInput',
      '\tif err := c.ShouldBindJSON(&input); err != nil {',
      '\t\treturn',
      '\t}',
      '\tc.JSON(201, gin.H{"id": save(input.Email, input.Phone)})',
      '}',
    ].join('\n');
    assert.deepStrictEqual(await routeFindings('go', source), ['5:"/users/:id"', '9:"/patients"']);
    assert.match((await routeMessages('go', source))[1] ?? '', /^POST \/patients \(Gin\) accepts input\.Email \(email address\) and input\.Phone \(phone number\), and/);
  });

  it('does not report routes with middleware on the route, on their group, or used before them', async () => {
    const source = inMain(
      'r.GET("/customers/:id", AuthRequired(), func(c *gin.Context) { c.JSON(200, findCustomer(c.Param("id"))) })',
      'admin := r.Group("/admin", gin.BasicAuth(accounts))',
      'admin.GET("/employees/:id", func(c *gin.Context) { c.JSON(200, gin.H{"email": employee.Email}) })',
      'v1 := r.Group("/v1")',
      'v1.Use(JWTMiddleware())',
      'v1.GET("/members/:id", func(c *gin.Context) { c.JSON(200, findPatient(c.Param("id"))) })',
    );
    assert.deepStrictEqual(await routeFindings('go', source), []);
  });

  it('reads middleware chained with With (chi)', async () => {
    const route = (chain: string) => inMain(`r${chain}.Get("/patients/{id}", func(w http.ResponseWriter, req *http.Request) { _ = json.NewEncoder(w).Encode(findPatient(chi.URLParam(req, "id"))) })`);
    assert.deepStrictEqual(await routeFindings('go', route('')), ['5:"/patients/{id}"']);
    assert.deepStrictEqual(await routeFindings('go', route('.With(Authenticate)')), []);
  });

  it('does not report routes without personal data, and knows the project’s guards', async () => {
    assert.deepStrictEqual(await routeFindings('go', inMain('r.GET("/ping", func(c *gin.Context) { c.String(200, "pong") })')), []);
    const source = inMain('r.GET("/users/:id", ClinicGate(), func(c *gin.Context) { c.JSON(200, findUser(c.Param("id"))) })');
    assert.deepStrictEqual(await routeLinesWithProjectGuards('go', source, []), [5]);
    assert.deepStrictEqual(await routeLinesWithProjectGuards('go', source, ['ClinicGate']), []);
  });
});

describe('unauthenticated-personal-data-route: Laravel', () => {
  it('reports closure routes that return person records or read personal input', async () => {
    const source = [
      '<?php',
      "Route::get('/users/{id}', function ($id) { return User::findOrFail($id); });",
      "Route::post('/patients', function (Request $request) {",
      "    $email = $request->input('email');",
      "    return Patient::create(['email' => $email]);",
      '});',
    ].join('\n');
    assert.deepStrictEqual(await routeFindings('php', source), ["2:'/users/{id}'", "3:'/patients'"]);
  });

  it('does not report routes with auth middleware chained, or inside a guarded group', async () => {
    const source = [
      '<?php',
      "Route::get('/customers/{id}', function ($id) { return Customer::find($id); })->middleware('auth');",
      "Route::middleware(['auth:sanctum'])->group(function () {",
      "    Route::get('/employees/{id}', function ($id) { return Employee::find($id); });",
      '});',
      "Route::group(['middleware' => 'auth'], function () {",
      "    Route::get('/members/{id}', function ($id) { return Patient::find($id); });",
      '});',
    ].join('\n');
    assert.deepStrictEqual(await routeFindings('php', source), []);
  });

  it('reports controller actions unless the constructor adds auth middleware (with except)', async () => {
    const source = [
      '<?php',
      'class PatientController extends Controller',
      '{',
      '    public function show($id)',
      '    {',
      '        $patient = Patient::findOrFail($id);',
      '        return response()->json($patient);',
      '    }',
      '    public function stats() { return [\'count\' => Patient::count()]; }',
      '}',
      'class UserController extends Controller',
      '{',
      '    public function __construct()',
      '    {',
      "        $this->middleware('auth')->except(['card']);",
      '    }',
      '    public function show($id) { return User::findOrFail($id); }',
      '    public function card($id) { return User::findOrFail($id); }',
      '}',
    ].join('\n');
    assert.deepStrictEqual(await routeFindings('php', source), ['4:show', '18:card']);
    assert.match((await routeMessages('php', source))[0] ?? '', /^PatientController#show \(Laravel\) returns the whole patient record.*If a middleware group in the routes file guards it/);
  });

  it('reads the guards a Laravel 11 controller lists in its static middleware()', async () => {
    const source = [
      '<?php',
      'class PatientController extends Controller implements HasMiddleware',
      '{',
      "    public static function middleware(): array { return [new Middleware('auth', except: ['card'])]; }",
      '    public function show($id) { return Patient::findOrFail($id); }',
      '    public function card($id) { return Patient::findOrFail($id); }',
      '}',
    ].join('\n');
    assert.deepStrictEqual(await routeFindings('php', source), ['6:card']);
  });

  it('does not report routes without personal data, and knows the project’s guards', async () => {
    assert.deepStrictEqual(await routeFindings('php', "<?php\nRoute::get('/status', function () { return ['up' => true]; });"), []);
    const source = "<?php\nRoute::get('/users/{id}', function ($id) { return User::find($id); })->middleware('clinic');";
    assert.deepStrictEqual(await routeLinesWithProjectGuards('php', source, []), [2]);
    assert.deepStrictEqual(await routeLinesWithProjectGuards('php', source, ['clinic']), []);
  });
});

describe('unauthenticated-personal-data-route: Rails', () => {
  const patients = [
    'class PatientsController < ApplicationController',
    '  before_action :set_patient, only: [:show, :update]',
    '',
    '  def index',
    '    @count = Patient.count',
    '  end',
    '',
    '  def show',
    '    render json: @patient',
    '  end',
    '',
    '  def update',
    '    @patient.update(patient_params)',
    '    redirect_to @patient',
    '  end',
    '',
    '  def set_patient',
    '    @patient = Patient.find(params[:id])',
    '  end',
    '',
    '  def patient_params',
    '    params.require(:patient).permit(:name, :email)',
    '  end',
    'end',
  ];

  it('reports actions that render or take person records, at their names, not helpers or filter callbacks', async () => {
    const source = patients.join('\n');
    assert.deepStrictEqual(await routeFindings('ruby', source), ['8:show', '12:update']);
    const [show, update] = await routeMessages('ruby', source);
    assert.match(show ?? '', /^PatientsController#show \(Rails\) returns the whole @patient record.*If a parent controller \(`ApplicationController`\) guards it/);
    assert.match(update ?? '', /accepts the whole patient record \(patient_params\)/);
  });

  it('does not report actions behind a before_action guard; skip_before_action undoes it', async () => {
    const source = [
      'class UsersController < ApplicationController',
      '  before_action :authenticate_user!',
      '  skip_before_action :authenticate_user!, only: [:card]',
      '  skip_before_action :verify_authenticity_token',
      '',
      '  def show',
      '    @user = User.find(params[:id])',
      '  end',
      '',
      '  def card',
      '    user = User.find(params[:id])',
      '    render json: { email: user.email }',
      '  end',
      'end',
    ].join('\n');
    assert.deepStrictEqual(await routeFindings('ruby', source), ['10:card']);
    assert.match((await routeMessages('ruby', source))[0] ?? '', /^UsersController#card \(Rails\) returns user\.email \(email address\), and is marked public/);
  });

  it('does not report actions guarded only for some actions outside that list', async () => {
    const source = ['class PatientsController < ApplicationController', '  before_action :require_login, except: [:index]', '', '  def index', '    render json: Patient.all', '  end', '', '  def show', '    render json: Patient.find(params[:id])', '  end', 'end'].join('\n');
    assert.deepStrictEqual(await routeFindings('ruby', source), ['4:index']);
  });

  it('does not report actions without personal data, and knows the project’s guards', async () => {
    assert.deepStrictEqual(await routeFindings('ruby', 'class StatusController < ApplicationController\n  def show\n    render json: { up: true }\n  end\nend'), []);
    const source = 'class PatientsController < ApplicationController\n  before_action :clinic_gate\n\n  def show\n    render json: Patient.find(params[:id])\n  end\nend';
    assert.deepStrictEqual(await routeLinesWithProjectGuards('ruby', source, []), [4]);
    assert.deepStrictEqual(await routeLinesWithProjectGuards('ruby', source, ['clinic_gate']), []);
  });
});
