import Fastify from 'fastify';
import cors from '@fastify/cors';
import jwtPlugin from '@fastify/jwt';
import { buyers, listings, orders, sellers } from './db';
import { sellerRoutes } from './routes/seller-routes';

interface IdParams {
  id: string;
}

interface SearchQuery {
  q?: string;
}

interface PhoneBody {
  phone: string; // expect: personal-data-field user.contact.phone_number
}

interface TokenBody {
  token: string;
}

const app = Fastify({ logger: { level: 'info', redact: ['req.headers.authorization'] } });

await app.register(cors, {
  origin: (origin, cb) => cb(null, true), // expect: permissive-cors
  credentials: true,
});
await app.register(jwtPlugin, { secret: process.env.JWT_SECRET! });

app.decorate('authenticate', async (request, reply) => {
  try {
    await request.jwtVerify();
  } catch {
    reply.code(401).send({ message: 'Unauthorized' });
  }
});

app.get('/health', async () => ({ ok: true })); // trap: health check, no personal data

app.get<{ Querystring: SearchQuery }>('/listings', async (request) => { // trap: public catalogue, no personal data
  const { q } = request.query;
  return listings.search(q ?? '', { fields: ['id', 'title', 'priceCents', 'thumbnailUrl'] });
});

app.get<{ Params: IdParams }>('/orders/:id', { preHandler: [app.authenticate] }, async (request) => { // trap: guarded by the authenticate preHandler
  const { id } = request.params;
  return orders.findForBuyer(id, request.user.sub);
});

app.get<{ Params: IdParams }>('/sellers/:id/profile', async (request, reply) => { // expect: unauthenticated-personal-data-route user
  const { id } = request.params;
  const seller = await sellers.findById(id);
  if (!seller) return reply.code(404).send({ message: 'Seller not found' }); // trap: generic error message
  return seller;
});

app.get<{ Params: IdParams }>('/buyers/:id/addresses', async (request) => { // expect: unauthenticated-personal-data-route user.contact.address
  const { id } = request.params;
  return buyers.addresses(id);
});

app.post<{ Params: IdParams; Body: PhoneBody }>('/buyers/:id/phone', { onRequest: [app.authenticate] }, async (request, reply) => { // trap: guarded by the authenticate onRequest hook
  const { phone } = request.body;
  const taken = await buyers.findByPhone(phone);
  if (taken) {
    return reply.code(409).send({ message: `The number ${phone} is already on another account` }); // expect: personal-data-in-error user.contact.phone_number
  }
  return buyers.setPhone(request.params.id, phone);
});

app.post<{ Body: TokenBody }>('/newsletter/unsubscribe', async (request, reply) => { // trap: unsubscribe link, returns nothing personal
  const { token } = request.body;
  await buyers.unsubscribeByToken(token);
  return reply.code(204).send();
});

await app.register(sellerRoutes, { prefix: '/seller' });
await app.listen({ port: Number(process.env.PORT ?? 8080), host: '0.0.0.0' });
