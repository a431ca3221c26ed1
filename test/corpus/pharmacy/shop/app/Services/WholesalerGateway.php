<?php

namespace App\Services;

use Illuminate\Support\Facades\Http;

class WholesalerGateway
{
    private const API_KEY = 'wsk_live_e4a9c2f71b8d3e6a0c5f9b2d7e1a4c83'; // expect: hardcoded-secret

    public function priceFile(): string
    {
        $ch = curl_init('https://feeds.medsupply-wholesale.co.uk/prices/latest.csv');
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
        curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false); // expect: tls-verification-disabled
        curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 0); // expect: tls-verification-disabled
        curl_setopt($ch, CURLOPT_HTTPHEADER, ['X-Api-Key: ' . self::API_KEY]);
        $body = curl_exec($ch);
        curl_close($ch);
        return (string) $body;
    }

    public function placeOrder(array $order): array
    {
        return Http::withoutVerifying() // expect: tls-verification-disabled
            ->withHeaders(['X-Api-Key' => self::API_KEY])
            ->post('https://orders.medsupply-wholesale.co.uk/api/orders', $order)
            ->json();
    }

    public function recallNotices(): array
    {
        return Http::withOptions(['verify' => '/etc/ssl/certs/medicines-alerts-ca.pem']) // trap: verification against a pinned CA bundle
            ->withToken(config('services.recalls.token')) // trap: the token comes from configuration
            ->get('https://recalls.medicines-alerts.org/api/v1/notices')
            ->json('notices');
    }

    public function leafletIndex(): array
    {
        return Http::get('http://leaflets.medicines-info.org/api/index.json')->json(); // expect: insecure-transport
    }

    public function dailyStockSnapshot(): string
    {
        return (string) file_get_contents('ftp://stock:' . config('services.wholesaler.ftp_password') . '@ftp.medsupply-wholesale.co.uk/snapshots/today.csv'); // expect: insecure-transport
    }

    public function robotStock(): array
    {
        return Http::get('http://127.0.0.1:8081/stock/levels')->json(); // trap: the dispensing robot's agent on loopback
    }
}
