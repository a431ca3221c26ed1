<?php

declare(strict_types=1);

namespace Neobank\MerchantPortal\Security;

use PDO;

final class MerchantPasswords
{
    public function __construct(private PDO $db)
    {
    }

    /** Accounts from the 2017 portal were hashed with MD5-crypt. */
    public function legacyCrypt(string $password, string $salt): string
    {
        return crypt($password, '$1$' . $salt . '$'); // expect: weak-password-hash
    }

    public function staffDigest(string $password, string $salt): string
    {
        return hash('sha512', $salt . $password); // expect: weak-password-hash
    }

    public function checkTerminalOperator(string $operatorId, string $password): bool
    {
        $stmt = $this->db->prepare('SELECT password FROM terminal_operators WHERE operator_id = ?');
        $stmt->execute([$operatorId]);
        $row = $stmt->fetch(PDO::FETCH_ASSOC);
        return $row !== false && $row['password'] === $password; // expect: weak-password-hash
    }

    public function verify(string $password, string $hash): bool
    {
        return password_verify($password, $hash); // trap: checks a password_hash() value
    }

    public function hashForSodium(string $password): string
    {
        return sodium_crypto_pwhash_str($password, SODIUM_CRYPTO_PWHASH_OPSLIMIT_MODERATE, SODIUM_CRYPTO_PWHASH_MEMLIMIT_MODERATE); // trap: argon2id through libsodium
    }
}
