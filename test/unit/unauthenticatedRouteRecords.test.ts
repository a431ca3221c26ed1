/**
 * What a route gives away or takes in when the names alone do not say it: records whose personal
 * fields the file reads elsewhere, Rails serialisation options, request values stored under a
 * personal field's name, and public forms that answer with someone's data.
 */
import * as assert from 'assert';
import { routeFindings, routeMessages } from './routeTestSupport';

describe('unauthenticated-personal-data-route: what records hold', () => {
  it('reports a query on a model whose personal fields another action of the file reads (Laravel)', async () => {
    const controller = (other: string) =>
      [
        '<?php',
        'class GuestCheckoutController extends Controller',
        '{',
        '    public function show(string $number): JsonResponse',
        '    {',
        "        return response()->json(GuestOrder::where('number', $number)->firstOrFail());",
        '    }',
        '',
        '    public function remind(string $number)',
        '    {',
        "        $order = GuestOrder::where('number', $number)->firstOrFail();",
        `        Mail::to(${other})->send(new Reminder());`,
        '    }',
        '}',
      ].join('\n');
    assert.deepStrictEqual(await routeFindings('php', controller('$order->email')), ['4:show']);
    assert.match((await routeMessages('php', controller('$order->email')))[0] ?? '', /returns GuestOrder\.where\(\)\.email \(email address\)/);
    assert.deepStrictEqual(await routeFindings('php', controller('$order->status')), []);
  });

  it('does not take a count of a model’s records for the records', async () => {
    const source = ['<?php', "Route::get('/patients/count', function () {", "    return response()->json(Patient::where('active', true)->count());", '});'].join('\n');
    assert.deepStrictEqual(await routeFindings('php', source), []);
  });
});

describe('unauthenticated-personal-data-route: Rails serialisation and stored values', () => {
  const controller = (...body: string[]) => ['class AppointmentsController < ActionController::API', ...body.map((l) => `  ${l}`), 'end'].join('\n');

  it('reports the associations and fields an include: or only: option adds to the response, not those under except:', async () => {
    const source = controller(
      'def show',
      '  appointment = Appointment.find(params[:id])',
      '  render json: appointment.as_json(include: :patient)',
      'end',
      '',
      'def cancel',
      '  appointment = Appointment.find(params[:id])',
      '  render json: appointment.as_json(include: { clinic: { only: %i[full_name mobile_phone] } })',
      'end',
      '',
      'def slots',
      '  render json: Slot.available.as_json(only: %i[starts_at], include: { clinic: { except: [:phone] } })',
      'end',
    );
    assert.deepStrictEqual(await routeFindings('ruby', source), ['2:show', '7:cancel']);
    const [show, cancel] = await routeMessages('ruby', source);
    assert.match(show ?? '', /returns the whole patient record \(by its include: option\)/);
    assert.match(cancel ?? '', /returns full_name \(name, by its include: option\) and mobile_phone \(phone number, by its include: option\)/);
  });

  it('reports request values stored under a personal field’s name', async () => {
    const source = controller('def evidence', '  dispute = Dispute.find(params[:id])', '  dispute.update!(phone_number: params[:tel], note: params[:note])', '  head :ok', 'end');
    assert.deepStrictEqual(await routeFindings('ruby', source), ['2:evidence']);
    assert.match((await routeMessages('ruby', source))[0] ?? '', /accepts params\.tel as phone_number \(phone number\)/);
  });
});

describe('unauthenticated-personal-data-route: public by design', () => {
  it('lets a contact form take personal data, but not answer with someone’s contact details', async () => {
    const source = [
      "app.post('/contact', async (req, res) => { await inbox.save(req.body.email, req.body.message); res.json({ ok: true }); });",
      "app.get('/sellers/:id/contact-card', async (req, res) => { const seller = await Seller.findById(req.params.id); res.json({ phone: seller.phone }); });",
    ].join('\n');
    assert.deepStrictEqual(await routeFindings('javascript', source), ["2:'/sellers/:id/contact-card'"]);
  });

  it('puts a multi-line Fastify route object on the first line of the call', async () => {
    const source = ['fastify.route({', "  method: 'GET',", "  url: '/customers/:id',", '  handler: async (request) => db.customers.findOne(request.params.id),', '});'].join('\n');
    assert.deepStrictEqual(await routeFindings('javascript', source), ['1:fastify.route({']);
  });
});
