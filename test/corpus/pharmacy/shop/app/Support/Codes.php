<?php

namespace App\Support;

use Illuminate\Support\Str;

class Codes
{
    public static function collectionCode(): string
    {
        return str_pad((string) rand(0, 999999), 6, '0', STR_PAD_LEFT); // expect: insecure-randomness
    }

    public static function passwordResetToken(): string
    {
        return md5(uniqid((string) mt_rand(), true)); // expect: insecure-randomness
    }

    public static function referralVoucher(): string
    {
        return substr(str_shuffle('ABCDEFGHJKLMNPQRSTUVWXYZ23456789'), 0, 8); // expect: insecure-randomness
    }

    public static function lockerPin(): string
    {
        return sprintf('%06d', random_int(0, 999999)); // trap: random_int is a CSPRNG
    }

    public static function apiToken(): string
    {
        return Str::random(40); // trap: Str::random draws from random_bytes
    }

    /** @param array<int, string> $productIds */
    public static function featuredOrder(array $productIds): array
    {
        shuffle($productIds); // trap: the order of featured products on the home page, not a secret
        return $productIds;
    }
}
