/**
 * What the route rule cannot see yet because the facts do not carry it. Each test pins today's
 * behaviour under the name of the missing fact: when an adapter starts emitting it, the test
 * fails and should be turned into an ordinary positive or negative.
 */
import * as assert from 'assert';
import { routeFindings } from './routeTestSupport';

describe('unauthenticated-personal-data-route: known gaps in the facts', () => {
  it('GAP no declared return type on FunctionDeclaration: `public Patient get()` returning an opaque call is not reported', async () => {
    const source = ['@RestController', 'public class PatientController {', '    @GetMapping("/patients/{id}")', '    public Patient get(@PathVariable Long id) {', '        return repo.findById(id).orElseThrow();', '    }', '}'].join('\n');
    assert.deepStrictEqual(await routeFindings('java', source), []);
  });

  it('GAP no method visibility on FunctionDeclaration: a private Rails helper not named like one is taken for an action', async () => {
    const source = ['class PatientsController < ApplicationController', '  def index', '    head :ok', '  end', '', '  private', '', '  def card_for(id)', '    render json: Patient.find(id)', '  end', 'end'].join('\n');
    assert.deepStrictEqual(await routeFindings('ruby', source), ['8:card_for']);
  });

  it('GAP no method visibility on FunctionDeclaration: a private Laravel method is taken for an action', async () => {
    const source = ['<?php', 'class PatientController extends Controller', '{', '    private function card($id) { return response()->json(Patient::find($id)); }', '}'].join('\n');
    assert.deepStrictEqual(await routeFindings('php', source), ['4:card']);
  });

  it('GAP no assignment for destructuring an awaited call (TypeScript): `const { email } = await request.json()` is not seen as accepted', async () => {
    const source = ['export async function POST(request: Request) {', '  const { email, phone } = await request.json();', '  await prisma.lead.create({ data: { email, phone } });', '  return NextResponse.json({ ok: true });', '}'].join('\n');
    assert.deepStrictEqual(await routeFindings('typescript', source), []);
  });
});
