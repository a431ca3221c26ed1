<?php

declare(strict_types=1);

namespace Neobank\MerchantPortal\Http;

use GuzzleHttp\Client;

final class PartnerClients
{
    private const ACQUIRER_API_SECRET = 'acq_sec_H7dK2pQ9wX4mZ8vB1nR6tY3cF0jL5sG'; // expect: hardcoded-secret

    public static function acquirer(): Client
    {
        return new Client([
            'base_uri' => 'https://api.acquirer-partner.com/v1/',
            'headers' => ['Authorization' => 'Bearer ' . self::ACQUIRER_API_SECRET],
            'verify' => false, // expect: tls-verification-disabled
        ]);
    }

    public static function chargebacks(): Client
    {
        return new Client([
            'base_uri' => 'http://disputes.acquirer-partner.com/v2/', // expect: insecure-transport
            'headers' => ['Authorization' => 'Bearer ' . getenv('DISPUTES_TOKEN')], // trap: the token comes from the environment
        ]);
    }

    public static function payoutsGateway(): Client
    {
        return new Client([
            'base_uri' => 'https://payouts.neobank.internal/',
            'verify' => '/etc/neobank/internal-ca.pem', // trap: verification against the internal CA
        ]);
    }

    public static function mccTable(): string
    {
        $context = stream_context_create(['ssl' => [
            'verify_peer' => false, // expect: tls-verification-disabled
            'verify_peer_name' => false, // expect: tls-verification-disabled
        ]]);
        return (string) file_get_contents('https://mcc-codes.cardschemes-data.net/latest.json', false, $context);
    }

    public static function fxRates(): string
    {
        return (string) file_get_contents('http://rates.eurofx-data.net/daily.xml'); // expect: insecure-transport
    }

    /** Mailpit catches outgoing e-mail in local development. */
    public static function mailpit(): Client
    {
        return new Client(['base_uri' => 'http://localhost:8025/api/v1/']); // trap: loopback development mail catcher
    }

    public static function pspKeyParameter(): string
    {
        return '%env(PSP_API_KEY)%'; // trap: a Symfony environment placeholder, not a secret
    }
}
