import * as amplitude from '@amplitude/analytics-browser';
import Intercom from '@intercom/messenger-js-sdk';
import { useRouter } from 'next/navigation';
import type { Buyer, ShippingAddress } from '../types';

const CART_KEY = 'bazaarly.cart';

export function persistCart(cartId: string, itemCount: number): void {
  localStorage.setItem(CART_KEY, JSON.stringify({ cartId, itemCount, savedAt: Date.now() })); // trap: cart id and a count, no personal data
}

export function persistShippingAddress(address: ShippingAddress): void {
  localStorage.setItem('bazaarly.shipping', JSON.stringify(address)); // expect: personal-data-in-client-storage user.contact.address
}

export function persistGuestContact(buyer: Buyer): void {
  const contact = { email: buyer.email, phone: buyer.phone };
  window.sessionStorage.setItem('bazaarly.guest', JSON.stringify(contact)); // expect: personal-data-in-client-storage user.contact.email
  sessionStorage.setItem('bazaarly.currency', buyer.preferredCurrency); // trap: currency preference, not personal data
}

export function startSupportChat(buyer: Buyer): void {
  Intercom({
    app_id: process.env.NEXT_PUBLIC_INTERCOM_APP_ID!,
    user_id: buyer.id,
    name: buyer.fullName, // expect: personal-data-to-third-party user.name
    email: buyer.email,
  });
}

export function trackCheckout(buyer: Buyer, address: ShippingAddress, totalCents: number): void {
  amplitude.setUserId(buyer.id); // trap: opaque buyer id
  amplitude.track('Checkout Completed', {
    totalCents,
    shippingPostcode: address.postalCode, // expect: personal-data-to-third-party user.contact.address.postal_code
  });
  amplitude.track('Checkout Step Viewed', { step: 'payment', itemCount: address ? 1 : 0 }); // trap: step name and a count only
}

export function useGuestRedirects() {
  const router = useRouter();
  return {
    toOrderTracking(orderId: string, email: string) {
      router.push(`/orders/track?order=${orderId}&email=${encodeURIComponent(email)}`); // expect: personal-data-in-url user.contact.email
    },
    toOrder(orderId: string) {
      router.push(`/orders/${orderId}`); // trap: opaque order id in the URL
    },
  };
}

export async function lookUpPostcode(address: ShippingAddress): Promise<string[]> {
  const res = await fetch(`https://api.getaddress.io/find/${encodeURIComponent(address.postalCode)}/${encodeURIComponent(address.houseNumber)}?api-key=${process.env.NEXT_PUBLIC_GETADDRESS_KEY}`); // expect: personal-data-in-url user.contact.address.postal_code
  return (await res.json()).addresses;
}
