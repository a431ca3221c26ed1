/**
 * The permissive-cors fix, end to end on text: scan, take the finding's text and line as the
 * editor would, apply the replacement, scan again. Each language's spelling reads the allow-list
 * from the CORS_ALLOWED_ORIGINS environment variable.
 */
import * as assert from 'assert';
import { mechanicalFix, type MechanicalFix } from '../../src/core/fixes/mechanicalFixes';
import { scan } from './helpers';

const RULE = 'permissive-cors';

interface Applied {
  readonly fixed: string;
  readonly fixes: (MechanicalFix | undefined)[];
}

/** Applies the fix of every (one-line) permissive-cors finding, from the last to the first so that ranges stay valid. */
async function applyFixes(languageId: string, source: string): Promise<Applied> {
  const lines = source.split('\n');
  const { findings } = await scan(languageId, source);
  const ours = findings.filter((f) => f.ruleId === RULE).reverse();
  const fixes = ours.map((finding) => {
    const { start, end } = finding.range;
    const lineText = lines[start.line]!;
    const fix = mechanicalFix(RULE, lineText.slice(start.column, end.column), { languageId, lineText, maskingFunction: 'mask' });
    if (fix) {
      lines[start.line] = lineText.slice(0, start.column) + fix.replacement + lineText.slice(end.column);
    }
    return fix;
  });
  // Added imports go on top once every finding's line has been edited in place.
  const imports = [...new Set(fixes.flatMap((f) => (f?.requiresLine && !lines.includes(f.requiresLine) ? [f.requiresLine] : [])))];
  return { fixed: [...imports, ...lines].join('\n'), fixes: fixes.reverse() };
}

async function remaining(languageId: string, source: string): Promise<number> {
  return (await scan(languageId, source)).findings.filter((f) => f.ruleId === RULE).length;
}

describe('permissive-cors fix: any origin to an allow-list from configuration', () => {
  it('TypeScript/JavaScript: origin values, cors() and enableCors() with no options, a star alone in a list', async () => {
    const source = [
      'app.use(cors());',
      "app.use(cors({ origin: '*' }));",
      'app.use(cors({ origin: true, credentials: true }));',
      "app.use(cors({ origin: ['*'] }));",
      "const corsOptions = { origin: ['*'], credentials: true };",
      'app.enableCors();',
    ].join('\n');
    const { fixed, fixes } = await applyFixes('typescript', source);
    const list = "process.env.CORS_ALLOWED_ORIGINS?.split(',') ?? []";
    assert.strictEqual(
      fixed,
      [
        `app.use(cors({ origin: ${list} }));`,
        `app.use(cors({ origin: ${list} }));`,
        `app.use(cors({ origin: ${list}, credentials: true }));`,
        `app.use(cors({ origin: ${list} }));`,
        `const corsOptions = { origin: [...(${list})], credentials: true };`,
        `app.enableCors({ origin: ${list} });`,
      ].join('\n'),
    );
    assert.deepStrictEqual(new Set(fixes.map((f) => f?.title)), new Set(['Allow only the origins listed in CORS_ALLOWED_ORIGINS (comma-separated, from the environment)']));
    assert.ok(fixes.every((f) => f?.preferred !== true), 'the service stops answering other origins: not behaviour-preserving');
    assert.strictEqual(await remaining('typescript', fixed), 0);
  });

  it('Python: Flask-CORS and FastAPI, with `import os` added', async () => {
    const source = ['CORS(app, origins="*", supports_credentials=True)', "app.add_middleware(CORSMiddleware, allow_origins=['*'], allow_credentials=True)"].join('\n');
    const { fixed, fixes } = await applyFixes('python', source);
    assert.strictEqual(
      fixed,
      [
        'import os',
        'CORS(app, origins=os.environ.get("CORS_ALLOWED_ORIGINS", "").split(","), supports_credentials=True)',
        "app.add_middleware(CORSMiddleware, allow_origins=os.environ.get('CORS_ALLOWED_ORIGINS', '').split(','), allow_credentials=True)",
      ].join('\n'),
    );
    assert.deepStrictEqual(fixes.map((f) => f?.requiresLine), ['import os', 'import os']);
    assert.strictEqual(await remaining('python', fixed), 0);
  });

  it('Java: builders take the split variable, @CrossOrigin a Spring placeholder, addAllowedOrigin (one origin) no fix', async () => {
    const source = [
      'class WebConfig {',
      '    @CrossOrigin(origins = "*")',
      '    public List<Patient> list() { return null; }',
      '    public void addCorsMappings(CorsRegistry registry) {',
      '        registry.addMapping("/api/**").allowedOrigins("*");',
      '        config.setAllowedOrigins(List.of("*"));',
      '        config.addAllowedOrigin("*");',
      '    }',
      '}',
    ].join('\n');
    const { fixed, fixes } = await applyFixes('java', source);
    const lines = fixed.split('\n');
    assert.strictEqual(lines[1], '    @CrossOrigin(origins = "${CORS_ALLOWED_ORIGINS}")');
    assert.strictEqual(lines[4], '        registry.addMapping("/api/**").allowedOrigins(System.getenv().getOrDefault("CORS_ALLOWED_ORIGINS", "").split(","));');
    assert.strictEqual(lines[5], '        config.setAllowedOrigins(List.of(System.getenv().getOrDefault("CORS_ALLOWED_ORIGINS", "").split(",")));');
    assert.strictEqual(lines[6], '        config.addAllowedOrigin("*");');
    assert.match(fixes[0]?.title ?? '', /Spring placeholder/);
    assert.strictEqual(fixes[3], undefined);
  });

  it('C#: WithOrigins("*") takes the split variable; AllowAnyOrigin() has no one-token fix', async () => {
    const source = 'class S {\n  void C(IServiceCollection services) {\n    services.AddCors(o => o.AddPolicy("A", p => p.WithOrigins("*")));\n    services.AddCors(o => o.AddPolicy("B", p => p.AllowAnyOrigin()));\n  }\n}';
    const { fixed, fixes } = await applyFixes('csharp', source);
    assert.strictEqual(
      fixed.split('\n')[2],
      '    services.AddCors(o => o.AddPolicy("A", p => p.WithOrigins(System.Environment.GetEnvironmentVariable("CORS_ALLOWED_ORIGINS")?.Split(\',\') ?? System.Array.Empty<string>())));',
    );
    assert.deepStrictEqual(fixes.map((f) => f !== undefined), [true, false]);
  });

  it("PHP: Laravel's allowed_origins reads env(); a header() line is left for a person", async () => {
    const source = ['<?php', 'return [', "    'allowed_origins' => ['*'],", '];', "header('Access-Control-Allow-Origin: *');"].join('\n');
    const { fixed, fixes } = await applyFixes('php', source);
    assert.strictEqual(fixed.split('\n')[2], "    'allowed_origins' => [...explode(',', (string) env('CORS_ALLOWED_ORIGINS', ''))],");
    assert.deepStrictEqual(fixes.map((f) => f !== undefined), [true, false]);
  });

  it('Ruby: rack-cors origins read ENV', async () => {
    const source = "use Rack::Cors do\n  allow do\n    origins '*'\n    resource '*', headers: :any\n  end\nend";
    const { fixed } = await applyFixes('ruby', source);
    assert.strictEqual(fixed.split('\n')[2], "    origins ENV.fetch('CORS_ALLOWED_ORIGINS', '').split(',')");
    assert.strictEqual(await remaining('ruby', fixed), 0);
  });

  it('Go: no fix (it would need imports of os and strings that one added line cannot merge)', async () => {
    const source = 'package main\nfunc main() {\n\tr.Use(cors.New(cors.Config{AllowOrigins: []string{"*"}}))\n}';
    const { fixes } = await applyFixes('go', source);
    assert.deepStrictEqual(fixes, [undefined]);
  });

  it('offers nothing for header values, allow-all switches or values that are not a star', () => {
    const context = (languageId: string, lineText: string) => ({ languageId, lineText, maskingFunction: 'mask' });
    assert.strictEqual(mechanicalFix(RULE, "'*'", context('typescript', "  res.setHeader('Access-Control-Allow-Origin', '*');")), undefined);
    assert.strictEqual(mechanicalFix(RULE, 'True', context('python', 'CORS_ALLOW_ALL_ORIGINS = True')), undefined);
    assert.strictEqual(mechanicalFix(RULE, 'true', context('typescript', 'const app = await NestFactory.create(AppModule, { cors: true });')), undefined);
    assert.strictEqual(mechanicalFix(RULE, 'policy.AllowAnyOrigin()', context('csharp', 'p => policy.AllowAnyOrigin()')), undefined);
  });
});
