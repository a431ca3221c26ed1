<?php

return [
    'paths' => ['api/*'],

    'allowed_methods' => ['GET', 'POST', 'PUT'],

    'allowed_origins' => [env('STOREFRONT_URL', 'https://bazaarly.com'), 'https://m.bazaarly.com'], // trap: explicit allow-list of origins

    'allowed_origins_patterns' => ['#^https://[a-z0-9-]+\.bazaarly\.com$#'], // trap: pattern limited to the company's own subdomains

    'allowed_headers' => ['Content-Type', 'Authorization', 'X-Requested-With'],

    'exposed_headers' => [],

    'max_age' => 600,

    'supports_credentials' => true,
];
