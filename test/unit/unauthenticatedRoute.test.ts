import * as assert from 'assert';
import type { Call, SourceFacts } from '../../src/core/facts';
import { FactIndex } from '../../src/core/rules/routes/factIndex';
import { UNAUTHENTICATED_PERSONAL_DATA_ROUTE } from '../../src/core/rules/unauthenticatedRoute';
import { Classifier } from '../../src/core/taxonomy/vocabulary';
import { scan } from './helpers';
import { routeFindings, routeLinesWithProjectGuards, routeMessages } from './routeTestSupport';

describe('unauthenticated-personal-data-route: the finding', () => {
  const source = ["app.get('/users/:id', async (req, res) => {", '  const user = await User.findById(req.params.id);', '  res.json({ email: user.email, phone: user.phone });', '});'].join('\n');

  it('says which personal data, that no guard was found, how to add one and the authGuards setting', async () => {
    const { findings } = await scan('javascript', source);
    const [finding] = findings.filter((f) => f.ruleId === 'unauthenticated-personal-data-route');
    assert.ok(finding);
    assert.match(finding.message, /^GET \/users\/:id \(Express\) returns user\.email \(email address\) and user\.phone \(phone number\), and has no authentication or authorisation guard in this file/);
    assert.match(finding.message, /Add authentication middleware to the route/);
    assert.match(finding.message, /`privacyLens\.authGuards`/);
    assert.strictEqual(finding.severity, 'warning');
    assert.deepStrictEqual(finding.checklist, ['access-control']);
    assert.deepStrictEqual(finding.dataCategories, ['user.contact.email', 'user.contact.phone_number']);
    assert.deepStrictEqual(finding.related?.map((r) => `${r.range.start.line + 1}:${r.message}`), ['3:returned here: user.email (email address)', '3:returned here: user.phone (phone number)']);
  });

  it('points at the route call’s path, on the line that declares the route', async () => {
    assert.deepStrictEqual(await routeFindings('javascript', source), ["1:'/users/:id'"]);
  });

  it('does not report routes that must answer anonymous callers: sign-up, login, password reset, webhooks', async () => {
    const open = [
      "app.post('/signup', (req, res) => res.json(createUser(req.body.email)));",
      "app.post('/auth/login', (req, res) => res.json(login(req.body.email, req.body.password)));",
      "app.post('/password/forgot', (req, res) => { sendReset(req.body.email); res.sendStatus(204); });",
      "app.post('/webhooks/stripe', (req, res) => { saveCustomer(req.body.email); res.sendStatus(200); });",
    ].join('\n');
    assert.deepStrictEqual(await routeFindings('javascript', open), []);
  });

  it('never throws on facts without functions, types or literals', () => {
    const bare: SourceFacts = {
      languageId: 'typescript',
      declarations: [],
      comments: [],
      calls: [{ calleePath: ['app', 'get'], arguments: [{ text: "'/u'", range: at(0, 8, 12), references: [] }, { text: '(req, res) => res.json(user)', range: at(0, 14, 40), references: [{ path: ['user'], range: at(0, 35, 39) }] }], range: at(0, 0, 41) }],
    };
    assert.doesNotThrow(() => UNAUTHENTICATED_PERSONAL_DATA_ROUTE.check(bare, { classifier: Classifier.DEFAULT }));
    assert.doesNotThrow(() => UNAUTHENTICATED_PERSONAL_DATA_ROUTE.check({ ...bare, calls: [] }, { classifier: Classifier.DEFAULT }));
  });
});

describe('route rule: facts by position', () => {
  const call = (name: string, startLine: number, startColumn: number, endLine: number, endColumn: number): Call => ({ calleePath: [name], arguments: [], range: { start: { line: startLine, column: startColumn }, end: { line: endLine, column: endColumn } } });
  const group = call('group', 0, 0, 4, 2);
  const middleware = call('middleware', 0, 0, 0, 20);
  const route = call('get', 1, 2, 1, 40);
  const lookup = call('find', 1, 20, 1, 30);
  const after = call('use', 5, 0, 5, 10);
  const index = new FactIndex({ languageId: 'php', declarations: [], comments: [], calls: [after, lookup, route, middleware, group] });

  it('finds the calls inside a range, and the calls around a call, innermost first', () => {
    assert.deepStrictEqual(index.callsWithin(route.range).map((c) => c.calleePath[0]), ['get', 'find']);
    assert.deepStrictEqual(index.callsWithin(group.range).map((c) => c.calleePath[0]), ['group', 'middleware', 'get', 'find']);
    assert.deepStrictEqual(index.callsEnclosing(lookup).map((c) => c.calleePath[0]), ['get', 'group']);
    assert.deepStrictEqual(index.callsStartingAt(group.range.start).map((c) => c.calleePath[0]), ['group', 'middleware']);
  });
});

describe('unauthenticated-personal-data-route: Express', () => {
  it('reports a route that returns a person record, and one that accepts personal fields', async () => {
    const source = [
      "app.get('/users/:id', async (req, res) => {",
      '  const user = await User.findById(req.params.id);',
      '  res.json(user);',
      '});',
      "router.post('/profile', (req, res) => {",
      '  const { body } = req;',
      '  saveProfile(body.email, req.body.phone);',
      '  res.sendStatus(204);',
      '});',
    ].join('\n');
    assert.deepStrictEqual(await routeFindings('javascript', source), ["1:'/users/:id'", "5:'/profile'"]);
    assert.match((await routeMessages('javascript', source))[1] ?? '', /accepts body\.email \(email address, from req\.body\.email\) and req\.body\.phone \(phone number\)/);
  });

  it('does not report routes guarded by middleware on the route: a name, a call, a list', async () => {
    const source = [
      "app.get('/patients/:id', requireAuth, async (req, res) => res.json(await Patient.findById(req.params.id)));",
      "app.get('/me/card', passport.authenticate('jwt', { session: false }), (req, res) => res.json({ email: user.email }));",
      "app.get('/customers', [authenticate, isAdmin], listCustomers);",
      'function listCustomers(req, res) { res.json(customers); }',
    ].join('\n');
    assert.deepStrictEqual(await routeFindings('javascript', source), []);
  });

  it('does not report routes after a guard registered on the router or app, but does report those before it', async () => {
    const source = [
      "router.get('/orders/:id', (req, res) => res.json({ email: order.email }));",
      'router.use(ensureLoggedIn());',
      "router.get('/employees', (req, res) => res.json(employees));",
    ].join('\n');
    assert.deepStrictEqual(await routeFindings('javascript', source), ["1:'/orders/:id'"]);
  });

  it('does not report routes without personal data, nor HTTP-client calls that look like routes', async () => {
    const source = [
      "app.get('/health', (req, res) => res.send('ok'));",
      "app.get('/countries', (req, res) => res.json(COUNTRIES));",
      "axios.get('/api/users', (user) => setUser(user));",
      "const stats = app.get('/stats', (req, res) => res.json({ count: users.length }));",
    ].join('\n');
    assert.deepStrictEqual(await routeFindings('javascript', source), []);
  });

  it('says a router may be mounted behind a guard elsewhere, but not an app made in the file', async () => {
    const route = "get('/users/:id', async (req, res) => res.json(await User.findById(req.params.id)));";
    const [onRouter] = await routeMessages('javascript', `const router = express.Router();\nrouter.${route}`);
    const [onApp] = await routeMessages('javascript', `const app = express();\napp.${route}`);
    assert.match(onRouter ?? '', /If middleware where the app mounts this router \(`app\.use\('\/api', requireAuth, router\)`\) guards it, suppress this finding with that reason\.$/);
    assert.doesNotMatch(onApp ?? '', /If .* guards it/);
  });

  it('recognises the project’s own guards from the authGuards setting', async () => {
    const source = "app.get('/users/:id', onlyClinicians, async (req, res) => res.json(await User.findById(req.params.id)));";
    assert.deepStrictEqual(await routeLinesWithProjectGuards('javascript', source, []), [1]);
    assert.deepStrictEqual(await routeLinesWithProjectGuards('javascript', source, ['only\\w+']), []);
  });
});

describe('unauthenticated-personal-data-route: Fastify', () => {
  it('reports routes that return or accept personal data, in shorthand and full declarations', async () => {
    const source = [
      "fastify.get('/users/:id', async (request, reply) => {",
      '  const user = await db.users.findOne(request.params.id);',
      '  return user;',
      '});',
      "fastify.route({ method: 'POST', url: '/contacts', handler: async (request) => save(request.body.email) });",
    ].join('\n');
    assert.deepStrictEqual(await routeFindings('typescript', source), ["1:'/users/:id'", "5:'/contacts'"]);
  });

  it('does not report routes guarded by onRequest or preHandler hooks', async () => {
    const source = [
      "fastify.get('/patients/:id', { onRequest: [fastify.authenticate] }, async (request) => db.patients.findOne(request.params.id));",
      "fastify.route({ method: 'GET', url: '/customers', preHandler: fastify.auth([fastify.verifyJWT]), handler: async () => customers });",
    ].join('\n');
    assert.deepStrictEqual(await routeFindings('typescript', source), []);
  });

  it('does not report routes of a plugin that adds an authenticating hook first', async () => {
    const source = ['export default async function routes(fastify) {', "  fastify.addHook('onRequest', fastify.authenticate);", "  fastify.get('/users/:id', async (request) => db.users.findOne(request.params.id));", '}'].join('\n');
    assert.deepStrictEqual(await routeFindings('typescript', source), []);
  });

  it('does not report routes without personal data, and knows the project’s guards', async () => {
    assert.deepStrictEqual(await routeFindings('typescript', "fastify.get('/status', async (request) => ({ up: true, version }));"), []);
    const guarded = "fastify.get('/users/:id', { preHandler: [fastify.clinicGate] }, async (request) => db.users.findOne(request.params.id));";
    assert.deepStrictEqual(await routeLinesWithProjectGuards('typescript', guarded, []), [1]);
    assert.deepStrictEqual(await routeLinesWithProjectGuards('typescript', guarded, ['fastify\\.clinicGate']), []);
  });
});

describe('unauthenticated-personal-data-route: NestJS', () => {
  const controller = (decorators: string, method: string) =>
    [decorators, "@Controller('patients')", 'export class PatientsController {', method, "  @Get('count')", '  count() { return this.patientsService.count(); }', '}'].filter((l) => l !== '').join('\n');
  const findOne = ["  @Get(':id')", "  findOne(@Param('id') id: string) {", '    return this.patientsService.findOne(id);', '  }'].join('\n');

  it('reports a handler that returns person records, on its route decorator, with the controller’s path', async () => {
    assert.deepStrictEqual(await routeFindings('typescript', controller('', findOne)), ["3:Get(':id')"]);
    assert.match((await routeMessages('typescript', controller('', findOne)))[0] ?? '', /^GET \/patients\/:id \(NestJS\) returns this\.patientsService\.findOne\(\) \(person records\)/);
  });

  it('reports a handler that accepts a person DTO', async () => {
    const create = ['  @Post()', '  create(@Body() dto: CreatePatientDto) {', '    this.audit.record();', '  }'].join('\n');
    assert.deepStrictEqual(await routeFindings('typescript', controller('', create)), ['3:Post()']);
  });

  it('does not report handlers guarded on the method or the controller; @Public() undoes a guard', async () => {
    assert.deepStrictEqual(await routeFindings('typescript', controller('', `  @UseGuards(JwtAuthGuard)\n${findOne}`)), []);
    assert.deepStrictEqual(await routeFindings('typescript', controller("@UseGuards(AuthGuard('jwt'))", findOne)), []);
    assert.deepStrictEqual(await routeFindings('typescript', controller('@UseGuards(RolesGuard)', `  @Public()\n${findOne}`)), ["5:Get(':id')"]);
  });

  it('does not report a rate-limited handler as guarded, nor a count as personal data', async () => {
    assert.deepStrictEqual(await routeFindings('typescript', controller('@UseGuards(ThrottlerGuard)', findOne)), ["4:Get(':id')"]);
  });

  it('recognises the project’s own guard decorators', async () => {
    const source = controller('', `  @ClinicOnly()\n${findOne}`);
    assert.deepStrictEqual(await routeLinesWithProjectGuards('typescript', source, []), [4]);
    assert.deepStrictEqual(await routeLinesWithProjectGuards('typescript', source, ['ClinicOnly']), []);
  });
});

describe('unauthenticated-personal-data-route: Next.js route handlers', () => {
  it('reports exported method handlers that return or accept personal data without a session check', async () => {
    const source = [
      'export async function GET(request: Request, { params }: { params: { id: string } }) {',
      '  const patient = await prisma.patient.findUnique({ where: { id: params.id } });',
      '  return NextResponse.json(patient);',
      '}',
      'export async function POST(request: Request) {',
      '  const body = await request.json();',
      '  await prisma.patient.create({ data: { email: body.email } });',
      '  return NextResponse.json({ ok: true }, { status: 201 });',
      '}',
    ].join('\n');
    assert.deepStrictEqual(await routeFindings('typescript', source), ['1:GET', '5:POST']);
    assert.match((await routeMessages('typescript', source))[0] ?? '', /If `middleware\.ts` guards it, suppress this finding with that reason\./);
  });

  it('does not report handlers that check the session (getServerSession, auth(), a 401 answer)', async () => {
    const source = [
      'export async function GET() {',
      '  const session = await getServerSession(authOptions);',
      '  return NextResponse.json(await prisma.user.findUnique({ where: { email: session.user.email } }));',
      '}',
      'export async function DELETE() {',
      '  const { userId } = auth();',
      '  return NextResponse.json(await prisma.user.delete({ where: { id: userId } }));',
      '}',
      'export async function PUT(request: Request) {',
      '  if (!(await isSignedIn(request))) return new Response(null, { status: 401 });',
      '  return NextResponse.json(await prisma.user.update({ data: await request.json() }));',
      '}',
    ].join('\n');
    assert.deepStrictEqual(await routeFindings('typescript', source), []);
  });

  it('reports pages-router API handlers, unless wrapped in a guard or checking the session', async () => {
    const handler = (signature: string) => [`export default async function handler(${signature}) {`, '  const patient = await prisma.patient.findUnique({ where: { id: String(req.query.id) } });', '  res.status(200).json(patient);', '}'].join('\n');
    assert.deepStrictEqual(await routeFindings('typescript', handler('req: NextApiRequest, res: NextApiResponse')), ['1:handler']);
    assert.deepStrictEqual(await routeFindings('javascript', handler('req, res')), ['1:handler']);
    const wrapped = handler('req, res').replace('export default async function', 'async function') + '\nexport default withApiAuthRequired(handler);';
    assert.deepStrictEqual(await routeFindings('javascript', wrapped), []);
  });

  it('does not report handlers without personal data, and knows the project’s guards', async () => {
    assert.deepStrictEqual(await routeFindings('typescript', 'export function GET() { return NextResponse.json({ version: VERSION }); }'), []);
    const source = ['export async function GET() {', '  await requireClinic();', '  return NextResponse.json(await prisma.patient.findMany());', '}'].join('\n');
    assert.deepStrictEqual(await routeLinesWithProjectGuards('typescript', source, []), [1]);
    assert.deepStrictEqual(await routeLinesWithProjectGuards('typescript', source, ['requireClinic']), []);
  });
});

function at(line: number, start: number, end: number) {
  return { start: { line, column: start }, end: { line, column: end } };
}
