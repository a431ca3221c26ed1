<?php

namespace App\Http\Controllers;

use App\Models\GuestOrder;
use Firebase\JWT\JWT;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\RedirectResponse;
use Illuminate\Http\Request;
use Mixpanel;
use Symfony\Component\HttpFoundation\Cookie;

use function Sentry\captureMessage;

class GuestCheckoutController extends Controller
{
    public function shippingCountries(): JsonResponse // trap: reference data, no personal data
    {
        return response()->json(config('shipping.countries'));
    }

    public function show(string $orderNumber): JsonResponse // expect: unauthenticated-personal-data-route user
    {
        return response()->json(GuestOrder::where('number', $orderNumber)->firstOrFail());
    }

    public function updatePhone(Request $request, string $orderNumber): JsonResponse // expect: unauthenticated-personal-data-route user.contact.phone_number
    {
        $order = GuestOrder::where('number', $orderNumber)->firstOrFail();
        $order->update(['phone' => $request->input('phone')]);

        return response()->json(['ok' => true]);
    }

    public function confirm(Request $request, string $orderNumber): RedirectResponse // expect: unauthenticated-personal-data-route user.contact.email
    {
        $order = GuestOrder::where('number', $orderNumber)->firstOrFail();
        $email = $request->input('email');
        if ($order->email !== $email) {
            abort(404, "No order {$orderNumber} for {$email}"); // expect: personal-data-in-error user.contact.email
        }

        $mp = Mixpanel::getInstance(config('services.mixpanel.token'));
        $mp->track('Guest Order Confirmed', ['order' => $orderNumber, 'total' => $order->total_cents]); // trap: order number and a total only
        $mp->people->set($orderNumber, ['$email' => $email, '$phone' => $order->phone]); // expect: personal-data-to-third-party user.contact.email
        captureMessage("Guest order {$orderNumber} confirmed for {$order->full_name}"); // expect: personal-data-to-third-party user.name

        $token = JWT::encode(['order' => $orderNumber, 'email' => $email], config('app.jwt_key'), 'HS256'); // expect: personal-data-in-client-storage user.contact.email
        $cookie = Cookie::create('guest_order', $orderNumber, now()->addDays(30), '/', null, true, true, false, Cookie::SAMESITE_LAX); // trap: order number, all cookie flags set

        return redirect()
            ->away("https://track.bazaarly.com/?order={$orderNumber}&email=".urlencode($email)) // expect: personal-data-in-url user.contact.email
            ->withCookie($cookie)
            ->header('X-Guest-Token', $token);
    }

    public function thankYou(string $orderNumber): RedirectResponse // trap: redirects with the order number only
    {
        return redirect("/orders/{$orderNumber}/thank-you"); // trap: order number in the URL, not personal data
    }
}
