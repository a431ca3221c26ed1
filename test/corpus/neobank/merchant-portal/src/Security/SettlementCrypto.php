<?php

declare(strict_types=1);

namespace Neobank\MerchantPortal\Security;

final class SettlementCrypto
{
    public static function signFile(string $contents, \OpenSSLAsymmetricKey $key): string
    {
        openssl_sign($contents, $signature, $key, OPENSSL_ALGO_SHA1); // expect: weak-cryptography
        return $signature;
    }

    public static function encryptTerminalKey(string $terminalKey, string $kek, string $iv): string
    {
        return openssl_encrypt($terminalKey, 'bf-cbc', $kek, OPENSSL_RAW_DATA, $iv); // expect: weak-cryptography
    }

    public static function scrambleReceiptNumber(string $receipt, string $key): string
    {
        return openssl_encrypt($receipt, 'rc4', $key, OPENSSL_RAW_DATA); // expect: weak-cryptography
    }

    public static function signStatement(string $pdf, \OpenSSLAsymmetricKey $key): string
    {
        openssl_sign($pdf, $signature, $key, OPENSSL_ALGO_SHA256); // trap: RSA with SHA-256
        return $signature;
    }

    public static function sealNote(string $note, string $key): string
    {
        $nonce = random_bytes(SODIUM_CRYPTO_SECRETBOX_NONCEBYTES);
        return $nonce . sodium_crypto_secretbox($note, $nonce, $key); // trap: XSalsa20-Poly1305 from libsodium
    }
}
