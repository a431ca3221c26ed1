<?php

namespace App\Support;

class LabelCrypto
{
    /** The delivery partner checks this signature on each manifest. */
    public static function signManifest(string $manifest, string $sharedSecret): string
    {
        return md5($manifest . $sharedSecret); // expect: weak-cryptography
    }

    /** NHS claims batches for the bureau's legacy importer. */
    public static function encryptClaimBatch(string $batch, string $key, string $iv): string
    {
        return openssl_encrypt($batch, 'des-ede3-cbc', $key, OPENSSL_RAW_DATA, $iv); // expect: weak-cryptography
    }

    public static function encryptLabelBlob(string $blob, string $key): string
    {
        return openssl_encrypt($blob, 'aes-256-ecb', $key, OPENSSL_RAW_DATA); // expect: weak-cryptography
    }

    public static function newPrescriberKey(): \OpenSSLAsymmetricKey
    {
        return openssl_pkey_new(['private_key_bits' => 1024, 'private_key_type' => OPENSSL_KEYTYPE_RSA]); // expect: weak-cryptography
    }

    public static function sealBackup(string $archive, string $key): string
    {
        $iv = random_bytes(12);
        $ciphertext = openssl_encrypt($archive, 'aes-256-gcm', $key, OPENSSL_RAW_DATA, $iv, $tag); // trap: AES-GCM with a random IV
        return $iv . $tag . $ciphertext;
    }

    public static function assetVersion(string $path): string
    {
        return substr(md5_file($path), 0, 8); // trap: cache-busting suffix for a static asset, no security property
    }

    public static function verifyPartnerWebhook(string $body, string $signature, string $secret): bool
    {
        return hash_equals(hash_hmac('sha256', $body, $secret), $signature); // trap: HMAC-SHA256 signature
    }
}
