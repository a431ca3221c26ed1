/**
 * permissive-cors in the seven languages: any-origin settings, origin reflection, and the wording
 * when credentials are allowed too. Snippets follow each framework's documented set-up.
 */
import * as assert from 'assert';
import { findingsOf, scan } from './helpers';

const RULE = 'permissive-cors';

/** `line:text` of the findings that say credentials are allowed too. */
async function withCredentials(languageId: string, source: string): Promise<string[]> {
  const lines = source.split('\n');
  const { findings } = await scan(languageId, source);
  return findings
    .filter((f) => f.ruleId === RULE && /credentials are allowed too/.test(f.message))
    .map((f) => `${f.range.start.line + 1}:${lines[f.range.start.line]!.slice(f.range.start.column, f.range.end.column)}`);
}

describe('permissive-cors (TypeScript/JavaScript)', () => {
  const EXPRESS = [
    "import cors from 'cors';",
    'const app = express();',
    'app.use(cors());',
    "app.use('/api', cors({ origin: '*' }));",
    'app.use(cors({ origin: true, credentials: true }));',
    "app.use(cors({ origin: ['https://app.acme.com', 'https://admin.acme.com'], credentials: true }));",
    'app.use(cors({ origin: process.env.CORS_ALLOWED_ORIGINS?.split(",") ?? [] }));',
    'app.use(cors(corsOptions));',
    "const corsOptions = { origin: ['*'], credentials: true };",
  ].join('\n');

  it('reports cors() with its defaults, origin: * and origin: true, not an allow-list', async () => {
    assert.deepStrictEqual(await findingsOf(RULE, 'javascript', EXPRESS), ['3:cors()', "4:'*'", '5:true', "9:'*'"]);
  });

  it('says so when credentials are allowed for the same setting', async () => {
    assert.deepStrictEqual(await withCredentials('javascript', EXPRESS), ['5:true', "9:'*'"]);
  });

  it('reports Fastify, NestJS and socket.io any-origin settings', async () => {
    const source = [
      "await fastify.register(require('@fastify/cors'));",
      "await fastify.register(fastifyCors, { origin: '*' });",
      'await fastify.register(fastifyCors, { origin: true, credentials: true });',
      "await fastify.register(fastifyCors, { origin: ['https://app.acme.com'] });",
      'const app = await NestFactory.create(AppModule, { cors: true });',
      'app.enableCors();',
      "app.enableCors({ origin: 'https://app.acme.com', credentials: true });",
      "const io = new Server(httpServer, { cors: { origin: '*' } });",
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'typescript', source), [
      "1:fastify.register(require('@fastify/cors'))",
      "2:'*'",
      '3:true',
      '5:true',
      '6:app.enableCors()',
      "8:'*'",
    ]);
  });

  it('reports a hand-written Access-Control-Allow-Origin of * or of the request origin, with credentials', async () => {
    const source = [
      'export function allowAll(req: Request, res: Response, next: NextFunction) {',
      "  res.setHeader('Access-Control-Allow-Origin', '*');",
      '  next();',
      '}',
      'export function reflect(req: Request, res: Response, next: NextFunction) {',
      "  res.header('Access-Control-Allow-Origin', req.headers.origin);",
      "  res.header('Access-Control-Allow-Credentials', 'true');",
      '  next();',
      '}',
      'export function headers(res: Response) {',
      "  res.writeHead(200, { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'application/json' });",
      '}',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'typescript', source), ["2:'*'", '6:req.headers.origin', "11:'*'"]);
    assert.deepStrictEqual(await withCredentials('typescript', source), ['6:req.headers.origin']);
  });

  it('does not report an origin checked against an allow-list before it is sent back, or other uses of origin and true', async () => {
    const source = [
      "const ALLOWED = (process.env.CORS_ALLOWED_ORIGINS ?? '').split(',');",
      'export function checked(req: Request, res: Response, next: NextFunction) {',
      '  if (ALLOWED.includes(req.headers.origin)) {',
      "    res.setHeader('Access-Control-Allow-Origin', req.headers.origin);",
      '  }',
      '  next();',
      '}',
      'const flights = await prisma.flight.findMany({ select: { origin: true, destination: true } });',
      "window.parent.postMessage({ type: 'ready' }, '*');",
      "http.csrf().disable().cors();",
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'typescript', source), []);
  });

  it('raises the access-control checklist item and says what to do', async () => {
    const { findings } = await scan('javascript', "app.use(cors({ origin: '*' }));");
    assert.deepStrictEqual(findings.map((f) => [f.ruleId, f.checklist]), [[RULE, ['access-control']]]);
    assert.match(findings[0]!.message, /^origin = '\*' allows every origin: any website can call this API .* Allow only the origins you trust, listed in configuration\.$/);
  });
});

describe('permissive-cors (Python)', () => {
  it('reports Flask-CORS defaults and origins="*", FastAPI allow_origins=["*"] and a match-all regex, not allow-lists', async () => {
    const source = [
      'from flask_cors import CORS, cross_origin',
      'CORS(app)',
      'CORS(app, origins="*", supports_credentials=True)',
      'CORS(app, resources={r"/api/*": {"origins": "*"}})',
      'CORS(app, origins=["https://app.acme.com"], supports_credentials=True)',
      'CORS(app, resources={r"/api/*": {"origins": os.environ["CORS_ALLOWED_ORIGINS"].split(",")}})',
      'app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["*"])',
      'app.add_middleware(CORSMiddleware, allow_origin_regex=".*")',
      'app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["*"])',
      '@cross_origin()',
      'def health(): return "ok"',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'python', source), ['2:CORS(app)', '3:"*"', '4:"*"', '7:["*"]', '8:".*"', '10:cross_origin()']);
    assert.deepStrictEqual(await withCredentials('python', source), ['3:"*"', '7:["*"]']);
  });

  it('reports django-cors-headers allow-all settings, with credentials', async () => {
    const settings = ['CORS_ALLOW_ALL_ORIGINS = True', 'CORS_ALLOW_CREDENTIALS = True', 'CORS_ORIGIN_ALLOW_ALL = False', 'CORS_ALLOWED_ORIGINS = ["https://app.acme.com"]'].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'python', settings), ['1:True']);
    assert.deepStrictEqual(await withCredentials('python', settings), ['1:True']);
  });

  it('reports a response header of * or of the request origin', async () => {
    const source = [
      'def patients(request):',
      '    response = JsonResponse(data)',
      '    response["Access-Control-Allow-Origin"] = "*"',
      '    return response',
      '',
      '@app.after_request',
      'def add_cors(resp):',
      '    resp.headers["Access-Control-Allow-Origin"] = request.headers.get("Origin")',
      '    return resp',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'python', source), ['3:"*"', '8:request.headers.get("Origin")']);
  });
});

describe('permissive-cors (Java)', () => {
  it('reports Spring any-origin mappings and configurations, with credentials on the same mapping or object', async () => {
    const source = [
      '@Configuration',
      'public class WebConfig implements WebMvcConfigurer {',
      '    @Override',
      '    public void addCorsMappings(CorsRegistry registry) {',
      '        registry.addMapping("/api/**").allowedOrigins("*");',
      '        registry.addMapping("/account/**").allowedOriginPatterns("*").allowCredentials(true);',
      '        registry.addMapping("/public/**").allowedOrigins("https://app.acme.com");',
      '    }',
      '',
      '    @Bean',
      '    CorsConfigurationSource corsConfigurationSource() {',
      '        CorsConfiguration config = new CorsConfiguration();',
      '        config.addAllowedOrigin("*");',
      '        config.setAllowCredentials(true);',
      '        CorsConfiguration open = new CorsConfiguration().applyPermitDefaultValues();',
      '        return source;',
      '    }',
      '}',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'java', source), ['5:"*"', '6:"*"', '13:"*"', '15:new CorsConfiguration().applyPermitDefaultValues()']);
    assert.deepStrictEqual(await withCredentials('java', source), ['6:"*"', '13:"*"']);
  });

  it('reports @CrossOrigin(origins = "*") with allowCredentials, and a servlet header', async () => {
    const source = [
      '@RestController',
      'public class PatientController {',
      '    @CrossOrigin(origins = "*", allowCredentials = "true")',
      '    @GetMapping("/patients/{id}")',
      '    public Patient get(@PathVariable long id) { return service.find(id); }',
      '',
      '    @CrossOrigin(origins = "https://app.acme.com")',
      '    @GetMapping("/doctors")',
      '    public List<Doctor> doctors() { return service.doctors(); }',
      '',
      '    void cors(HttpServletResponse response) {',
      '        response.setHeader("Access-Control-Allow-Origin", "*");',
      '    }',
      '}',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'java', source), ['3:"*"', '12:"*"']);
    assert.deepStrictEqual(await withCredentials('java', source), ['3:"*"']);
  });
});

describe('permissive-cors (C#)', () => {
  it('reports AllowAnyOrigin, SetIsOriginAllowed(_ => true) and WithOrigins("*"), with credentials on the same policy', async () => {
    const source = [
      'builder.Services.AddCors(options =>',
      '{',
      '    options.AddPolicy("Public", policy => policy.AllowAnyOrigin().AllowAnyHeader());',
      '    options.AddPolicy("Portal", policy => policy.SetIsOriginAllowed(_ => true).AllowCredentials());',
      '    options.AddPolicy("Star", policy => policy.WithOrigins("*"));',
      '    options.AddPolicy("App", policy => policy.WithOrigins("https://app.acme.com").AllowCredentials());',
      '});',
      'app.UseCors(b => b.AllowAnyOrigin());',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'csharp', source), [
      '3:policy.AllowAnyOrigin()',
      '4:policy.SetIsOriginAllowed(_ => true)',
      '5:"*"',
      '8:b.AllowAnyOrigin()',
    ]);
    assert.deepStrictEqual(await withCredentials('csharp', source), ['4:policy.SetIsOriginAllowed(_ => true)']);
  });

  it('reports a response header of * or of the request origin', async () => {
    const source = [
      'public class CorsMiddleware',
      '{',
      '    public async Task Invoke(HttpContext context)',
      '    {',
      '        context.Response.Headers.Append("Access-Control-Allow-Origin", context.Request.Headers["Origin"]);',
      '        await _next(context);',
      '    }',
      '    public void Star(HttpContext context) => context.Response.Headers.Add("Access-Control-Allow-Origin", "*");',
      '}',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'csharp', source), ['5:context.Request.Headers["Origin"]', '8:"*"']);
  });
});

describe('permissive-cors (Go)', () => {
  it('reports gin-contrib/cors and rs/cors any-origin settings, with credentials in the same config', async () => {
    const source = [
      'package main',
      '',
      'func main() {',
      '\tr := gin.Default()',
      '\tr.Use(cors.Default())',
      '\tr.Use(cors.New(cors.Config{AllowAllOrigins: true}))',
      '\tr.Use(cors.New(cors.Config{',
      '\t\tAllowOrigins:     []string{"*"},',
      '\t\tAllowCredentials: true,',
      '\t}))',
      '\tr.Use(cors.New(cors.Config{AllowOrigins: []string{"https://app.acme.com"}, AllowCredentials: true}))',
      '\tc := cors.New(cors.Options{AllowedOrigins: []string{"*"}})',
      '\thandler := cors.AllowAll().Handler(mux)',
      '}',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'go', source), ['5:cors.Default()', '6:true', '8:"*"', '12:"*"', '13:cors.AllowAll()']);
    assert.deepStrictEqual(await withCredentials('go', source), ['8:"*"']);
  });

  it('reports a net/http header of * or of the request origin', async () => {
    const source = [
      'package api',
      '',
      'func withCORS(w http.ResponseWriter, r *http.Request) {',
      '\tw.Header().Set("Access-Control-Allow-Origin", r.Header.Get("Origin"))',
      '\tw.Header().Set("Access-Control-Allow-Credentials", "true")',
      '}',
      '',
      'func public(w http.ResponseWriter, r *http.Request) {',
      '\tw.Header().Set("Access-Control-Allow-Origin", "*")',
      '}',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'go', source), ['4:r.Header.Get("Origin")', '9:"*"']);
    assert.deepStrictEqual(await withCredentials('go', source), ['4:r.Header.Get("Origin")']);
  });
});

describe('permissive-cors (PHP)', () => {
  it('reports header() with * or the request origin, and Laravel allowed_origins ["*"] with supports_credentials', async () => {
    const header = [
      '<?php',
      "header('Access-Control-Allow-Origin: *');",
      "header('Access-Control-Allow-Origin: https://app.acme.com');",
      'function cors() {',
      '    header("Access-Control-Allow-Origin: " . $_SERVER[\'HTTP_ORIGIN\']);',
      "    header('Access-Control-Allow-Credentials: true');",
      '}',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'php', header), ["2:'Access-Control-Allow-Origin: *'", '5:"Access-Control-Allow-Origin: " . $_SERVER[\'HTTP_ORIGIN\']']);
    const laravel = ['<?php', 'return [', "    'paths' => ['api/*'],", "    'allowed_origins' => ['*'],", "    'allowed_headers' => ['*'],", "    'supports_credentials' => true,", '];'].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'php', laravel), ["4:'*'"]);
    assert.deepStrictEqual(await withCredentials('php', laravel), ["4:'*'"]);
  });
});

describe('permissive-cors (Ruby)', () => {
  it('reports rack-cors origins "*", with credentials in the same allow block, and a header of *', async () => {
    const source = [
      'Rails.application.config.middleware.insert_before 0, Rack::Cors do',
      '  allow do',
      "    origins '*'",
      "    resource '/api/*', headers: :any, methods: [:get, :post], credentials: true",
      '  end',
      '  allow do',
      "    origins 'https://app.acme.com'",
      "    resource '*', headers: :any, credentials: true",
      '  end',
      'end',
      'class ApiController < ApplicationController',
      '  def set_cors',
      "    headers['Access-Control-Allow-Origin'] = '*'",
      '  end',
      'end',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'ruby', source), ["3:'*'", "13:'*'"]);
    assert.deepStrictEqual(await withCredentials('ruby', source), ["3:'*'"]);
  });
});

/**
 * What the facts do not (yet) carry. Each test shows the gap, so the day an adapter emits the fact
 * the test fails and the rule can claim the case.
 */
describe('permissive-cors: known gaps', () => {
  it('C# and Go: an origin reflected through a variable is not reported (the allow-list check in between leaves no fact in Python or Go)', async () => {
    const go = 'package api\nfunc h(w http.ResponseWriter, r *http.Request) {\n\torigin := r.Header.Get("Origin")\n\tw.Header().Set("Access-Control-Allow-Origin", origin)\n}';
    assert.deepStrictEqual(await findingsOf(RULE, 'go', go), []);
    const csharp = 'class C {\n  void M() {\n    var origin = Request.Headers["Origin"].ToString();\n    Response.Headers["Access-Control-Allow-Origin"] = origin;\n  }\n}';
    assert.deepStrictEqual(await findingsOf(RULE, 'csharp', csharp), []);
  });
});
