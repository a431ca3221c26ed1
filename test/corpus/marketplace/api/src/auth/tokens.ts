import type { FastifyReply } from 'fastify';
import jwt from 'jsonwebtoken';
import type { Buyer, GuestOrder, Seller } from '../db';

const KEY = process.env.JWT_PRIVATE_KEY!;

export function buyerToken(buyer: Buyer): string {
  return jwt.sign({ sub: buyer.id, scope: 'buyer' }, KEY, { algorithm: 'RS256', expiresIn: '1h' }); // trap: opaque id and a scope only
}

export function sellerToken(seller: Seller): string {
  const { id, phone, shopName } = seller;
  return jwt.sign({ sub: id, phone_number: phone, shop: shopName }, KEY, { algorithm: 'RS256', expiresIn: '1h' }); // expect: personal-data-in-client-storage user.contact.phone_number
}

/** Lets a guest track an order without an account; the tracking page shows where it is going. */
export function guestOrderToken(order: GuestOrder): string {
  const { shippingAddress } = order;
  return jwt.sign({ order: order.id, ...shippingAddress }, KEY, { algorithm: 'RS256', expiresIn: '7d' }); // expect: personal-data-in-client-storage user.contact.address
}

export function setCheckoutCookies(reply: FastifyReply, buyer: Buyer): void {
  const options = { httpOnly: true, secure: true, sameSite: 'lax' as const, path: '/' };
  reply.setCookie('bz_buyer_email', buyer.email, options); // expect: personal-data-in-client-storage user.contact.email
  reply.setCookie('bz_currency', buyer.preferredCurrency, options); // trap: currency preference with all cookie flags set
}
