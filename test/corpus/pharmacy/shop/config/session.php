<?php

return [
    'driver' => env('SESSION_DRIVER', 'redis'),
    'lifetime' => 120,
    'expire_on_close' => false,
    'encrypt' => true,
    'cookie' => 'wellcare_shop_session',
    'path' => '/',
    'domain' => env('SESSION_DOMAIN'),
    'secure' => false, // expect: insecure-cookie
    'http_only' => true, // trap: HttpOnly switched on
    'same_site' => null, // expect: insecure-cookie
];
