<?php

return [
    'paths' => ['api/*', 'sanctum/csrf-cookie'],

    'allowed_methods' => ['*'], // trap: any method, not any origin

    'allowed_origins' => ['*'], // expect: permissive-cors

    'allowed_origins_patterns' => [],

    'allowed_headers' => ['*'], // trap: any request header, not any origin

    'exposed_headers' => [],

    'max_age' => 0,

    'supports_credentials' => false,
];
