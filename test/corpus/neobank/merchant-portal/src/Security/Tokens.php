<?php

declare(strict_types=1);

namespace Neobank\MerchantPortal\Security;

final class Tokens
{
    public static function passwordResetToken(): string
    {
        return sha1((string) mt_rand() . microtime()); // expect: insecure-randomness
    }

    public static function staffInviteId(): string
    {
        return uniqid('inv_', true); // expect: insecure-randomness
    }

    public static function terminalPairingCode(): string
    {
        return sprintf('%08d', mt_rand(0, 99999999)); // expect: insecure-randomness
    }

    public static function sessionId(): string
    {
        return bin2hex(random_bytes(32)); // trap: random_bytes is a CSPRNG
    }

    public static function settlementBatchSample(array $batchIds): array
    {
        return array_rand(array_flip($batchIds), min(5, count($batchIds))); // trap: picks batches for a reconciliation spot check, not a secret
    }
}
