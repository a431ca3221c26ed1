/**
 * permissive-cors read from function, type and callback facts: Spring's `@CrossOrigin` on the line
 * of the annotation, a chained ASP.NET Core policy call on the line of its method, and origin
 * callbacks that allow whatever origin asks.
 */
import * as assert from 'assert';
import { findingsOf } from './helpers';

const RULE = 'permissive-cors';

describe('permissive-cors: where the finding goes', () => {
  it('Java: a bare @CrossOrigin on a class and @CrossOrigin("*") on a method, on their own lines; not one with origins', async () => {
    const source = [
      '@RestController',
      '@RequestMapping("/api/patients")',
      '@CrossOrigin',
      'public class PatientController {',
      '    @CrossOrigin("*")',
      '    @GetMapping("/p")',
      '    public Patient get() { return null; }',
      '    @CrossOrigin(origins = "https://app.acme.com")',
      '    @GetMapping("/q")',
      '    public Patient other() { return null; }',
      '}',
    ].join('\n');
    assert.deepStrictEqual((await findingsOf(RULE, 'java', source)).map((f) => f.split(':')[0]), ['3', '5']);
  });

  it('C#: AllowAnyOrigin() and SetIsOriginAllowed(_ => true) chained over several lines, on the method\'s line', async () => {
    const source = [
      'builder.Services.AddCors(options =>',
      '{',
      '    options.AddPolicy("Widgets", policy => policy',
      '        .AllowAnyOrigin()',
      '        .WithMethods("GET"));',
      '    options.AddPolicy("Kiosk", policy => policy',
      '        .SetIsOriginAllowed(_ => true)',
      '        .AllowCredentials());',
      '});',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'csharp', source), ['4:AllowAnyOrigin()', '7:SetIsOriginAllowed(_ => true)']);
  });
});

describe('permissive-cors: origin callbacks that allow every origin', () => {
  it("Fastify and the cors package: `origin: (origin, cb) => cb(null, true)`, not a callback that checks", async () => {
    const source = [
      'await app.register(cors, {',
      '  origin: (origin, cb) => cb(null, true),',
      '  credentials: true,',
      '});',
      'app.use(cors({',
      '  origin: (origin, cb) => cb(null, ALLOWED.includes(origin)),',
      '}));',
    ].join('\n');
    assert.deepStrictEqual((await findingsOf(RULE, 'typescript', source)).map((f) => f.split(':')[0]), ['2']);
  });

  it('rack-cors: `origins { |source, env| true }`, not a block that checks the origin', async () => {
    const source = [
      'Rails.application.config.middleware.insert_before 0, Rack::Cors do',
      '  allow do',
      '    origins { |_source, _env| true }',
      '    resource "/disputes/*", headers: :any, methods: %i[get post], credentials: true',
      '  end',
      '  allow do',
      '    origins { |source, _env| ALLOWED.include?(source) }',
      '    resource "*", headers: :any',
      '  end',
      'end',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'ruby', source), ['3:{ |_source, _env| true }']);
  });
});
