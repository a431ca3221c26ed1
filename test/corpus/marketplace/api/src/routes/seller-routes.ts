import type { FastifyPluginAsync } from 'fastify';
import { payouts, sellers } from '../db';

interface PayoutAccountBody {
  iban: string; // expect: sensitive-personal-data-field user.financial.bank_account
  accountHolder: string; // expect: personal-data-field user.name
}

/** Everything under /seller needs a signed-in seller: the hook runs before every route in this plugin. */
export const sellerRoutes: FastifyPluginAsync = async (app) => {
  app.addHook('onRequest', app.authenticate);

  app.get('/me', async (request) => sellers.findById(request.user.sub)); // trap: plugin guarded by the onRequest authenticate hook

  app.put<{ Body: PayoutAccountBody }>('/me/payout-account', async (request, reply) => { // trap: plugin guarded by the onRequest authenticate hook
    const { iban, accountHolder } = request.body;
    if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) {
      return reply.code(400).send({ message: `${iban} is not a valid IBAN` }); // expect: personal-data-in-error user.financial.bank_account
    }
    if (!accountHolder.trim()) {
      return reply.code(400).send({ message: 'Account holder name is required' }); // trap: generic validation message
    }
    return payouts.setAccount(request.user.sub, { iban, accountHolder });
  });
};
