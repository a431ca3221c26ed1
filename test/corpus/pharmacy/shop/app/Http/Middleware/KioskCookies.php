<?php

namespace App\Http\Middleware;

use Closure;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Cookie;
use Illuminate\Support\Str;

class KioskCookies
{
    public function handle(Request $request, Closure $next)
    {
        if (! $request->cookie('basket')) {
            setcookie('basket', (string) Str::uuid(), time() + 7 * 86400, '/'); // expect: insecure-cookie
        }

        if ($request->is('kiosk/*')) {
            Cookie::queue('kiosk_token', Str::random(40), 480, '/', null, true, false, false, 'strict'); // expect: insecure-cookie
        }

        if ($request->boolean('remember_device')) {
            setcookie('remember_device', Str::random(64), [ // trap: Secure, HttpOnly and SameSite all set
                'expires' => time() + 30 * 86400,
                'path' => '/',
                'secure' => true,
                'httponly' => true,
                'samesite' => 'Strict',
            ]);
        }

        return $next($request);
    }
}
