/**
 * Type facts (TypeDeclaration) in all seven languages: classes, structs, interfaces and modules
 * with their annotations and what they extend, implement, embed or include, as written; and the
 * owner a function takes from the type around it.
 */
import * as assert from 'assert';
import { functions, scanner, types } from './helpers';

async function typesOf(languageId: string, lines: readonly string[]): Promise<string[]> {
  return types(await scanner.extractFacts(lines.join('\n'), languageId));
}

describe('type facts', () => {
  it('TypeScript: decorators on an exported class, extends and implements, interfaces; an unnamed class is no type', async () => {
    const source = [
      "@Controller('patients')",
      '@UseGuards(JwtAuthGuard, RolesGuard)',
      'export class PatientsController extends BaseController implements OnModuleInit, Auditable<Patient> {}',
      '@Injectable()',
      'class PatientsService {}',
      'interface Patient extends Person, Timestamped {}',
      'const Anonymous = class { run() {} };',
    ];
    assert.deepStrictEqual(await typesOf('typescript', source), [
      "PatientsController @Controller('patients') @UseGuards(JwtAuthGuard, RolesGuard) : BaseController, OnModuleInit, Auditable<Patient> @1",
      'PatientsService @Injectable() @4',
      'Patient : Person, Timestamped @6',
    ]);
    const facts = await scanner.extractFacts(source.join('\n'), 'typescript');
    assert.deepStrictEqual(functions(facts), ['run () @7'], 'a method of an unnamed class has no owner');
  });

  it('JavaScript: the base class expression as written', async () => {
    assert.deepStrictEqual(await typesOf('javascript', ['class AdminRouter extends express.Router {}', 'class Mixed extends withAuth(Base) {}']), [
      'AdminRouter : express.Router @1',
      'Mixed : withAuth(Base) @2',
    ]);
  });

  it('Python: decorators and bases, keyword arguments left out', async () => {
    assert.deepStrictEqual(
      await typesOf('python', ['class PatientView(LoginRequiredMixin, generic.DetailView, metaclass=ABCMeta):', '    pass', '@dataclass(frozen=True)', 'class Patient:', '    email: str']),
      ['PatientView : LoginRequiredMixin, generic.DetailView @1', 'Patient @dataclass(frozen=True) @3'],
    );
  });

  it('Java: annotations, superclass and interfaces; an anonymous class owns its methods under no name', async () => {
    const source = [
      '@RestController',
      '@RequestMapping("/api")',
      'public class PatientController extends BaseController implements Auditable, Comparable<PatientController> {',
      '    Runnable task = new Runnable() { public void run() {} };',
      '}',
      'interface PatientRepository extends JpaRepository<Patient, Long> {}',
      'record PatientDto(String email) implements Serializable {}',
      'enum Role implements GrantedAuthority { ADMIN }',
    ];
    assert.deepStrictEqual(await typesOf('java', source), [
      'PatientController @RestController @RequestMapping("/api") : BaseController, Auditable, Comparable<PatientController> @1',
      'PatientRepository : JpaRepository<Patient, Long> @6',
      'PatientDto : Serializable @7',
      'Role : GrantedAuthority @8',
    ]);
    assert.deepStrictEqual(functions(await scanner.extractFacts(source.join('\n'), 'java')), ['run () @4']);
  });

  it('C#: one entry per attribute, the base list without a record base call', async () => {
    assert.deepStrictEqual(
      await typesOf('csharp', [
        '[ApiController, Route("api/[controller]")]',
        '[Authorize]',
        'public class PatientsController : ControllerBase, IDisposable {}',
        'public record PatientDto(string Email) : Dto(Email);',
        'public struct Point : IEquatable<Point> {}',
        'public interface IPatientStore : IStore<Patient> {}',
      ]),
      [
        'PatientsController [ApiController] [Route("api/[controller]")] [Authorize] : ControllerBase, IDisposable @1',
        'PatientDto : Dto @4',
        'Point : IEquatable<Point> @5',
        'IPatientStore : IStore<Patient> @6',
      ],
    );
  });

  it('Go: structs and interfaces with what they embed; other named types are not read', async () => {
    assert.deepStrictEqual(
      await typesOf('go', ['package api', 'type Handler struct {', '\t*BaseHandler', '\tauth.Guard', '\tstore Store', '}', 'type Store interface {', '\tio.Closer', '\tFind(id string) (*Patient, error)', '}', 'type ID string']),
      ['Handler : BaseHandler, auth.Guard @2', 'Store : io.Closer @7'],
    );
  });

  it('PHP: attributes, extends, implements and the traits a class uses; an anonymous class is no type', async () => {
    const source = [
      '<?php',
      "#[Middleware('auth'), Prefix('patients')]",
      'class PatientController extends Controller implements HasMiddleware',
      '{',
      '    use AuthorizesRequests, ValidatesRequests;',
      '}',
      'trait Audited { use Timestamps; }',
      'interface Store extends Countable {}',
      '$handler = new class { public function handle() {} };',
    ];
    assert.deepStrictEqual(await typesOf('php', source), [
      "PatientController #[Middleware('auth')] #[Prefix('patients')] : Controller, HasMiddleware, AuthorizesRequests, ValidatesRequests @2",
      'Audited : Timestamps @7',
      'Store : Countable @8',
    ]);
    assert.deepStrictEqual(functions(await scanner.extractFacts(source.join('\n'), 'php')), ['handle () @9']);
  });

  it('Ruby: the superclass and included modules; a namespaced class is named by its last segment', async () => {
    assert.deepStrictEqual(
      await typesOf('ruby', [
        'module Admin',
        '  class PatientsController < ApplicationController',
        '    include Pundit::Authorization, Auditable',
        '    extend ActiveSupport::Concern',
        '    before_action :authenticate_user!',
        '  end',
        'end',
        'class Api::V1::Base < ActionController::API; end',
      ]),
      ['Admin @1', 'PatientsController : ApplicationController, Pundit::Authorization, Auditable, ActiveSupport::Concern @2', 'Base : ActionController::API @8'],
    );
  });
});
