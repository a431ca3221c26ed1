<?php

declare(strict_types=1);

// Front controller bootstrap for the merchant portal: session cookie settings.
ini_set('session.cookie_secure', '1'); // trap: Secure switched on
ini_set('session.cookie_httponly', '0'); // expect: insecure-cookie

session_set_cookie_params([
    'lifetime' => 0,
    'path' => '/',
    'secure' => true,
    'httponly' => true,
    'samesite' => '', // expect: insecure-cookie
]);
session_start();

if (!isset($_COOKIE['merchant_lang'])) {
    setcookie('merchant_lang', 'en', time() + 365 * 86400); // expect: insecure-cookie
}

if (isset($_SESSION['terminal_id'])) {
    setcookie('terminal', (string) $_SESSION['terminal_id'], [ // trap: Secure, HttpOnly and SameSite all set
        'expires' => time() + 8 * 3600,
        'path' => '/terminal',
        'secure' => true,
        'httponly' => true,
        'samesite' => 'Strict',
    ]);
}
