<?php

return [
    'default' => env('DB_CONNECTION', 'pgsql'),

    'connections' => [
        'pgsql' => [
            'driver' => 'pgsql',
            'host' => env('DB_HOST', 'shop-db.wellcare.internal'),
            'port' => env('DB_PORT', '5432'),
            'database' => env('DB_DATABASE', 'shop'),
            'username' => env('DB_USERNAME', 'shop_app'),
            'password' => env('DB_PASSWORD', 'Rk8#vQ2m!Lz7pW4x'), // expect: hardcoded-secret
            'sslmode' => 'require',
        ],
    ],

    'redis' => [
        'default' => [
            'host' => env('REDIS_HOST', '127.0.0.1'),
            'password' => env('REDIS_PASSWORD'), // trap: read from the environment, no literal fallback
            'port' => env('REDIS_PORT', '6379'),
        ],
    ],
];
