<?php

namespace App\Support;

use App\Models\CollectionLocker;
use Illuminate\Support\Facades\Hash;

class LegacyPasswords
{
    /** Customers imported from the old osCommerce shop still carry md5(password). */
    public static function matchesOsCommerce(string $password, string $storedHash): bool
    {
        return hash_equals($storedHash, md5($password)); // expect: weak-password-hash
    }

    /** Pharmacist accounts from the 2015 back office: salted SHA-1. */
    public static function pharmacistDigest(string $password, string $salt): string
    {
        return sha1($salt . $password); // expect: weak-password-hash
    }

    /** GP surgeries sign in to order on behalf of care homes. */
    public static function surgeryPortalDigest(string $password): string
    {
        return hash('sha256', $password); // expect: weak-password-hash
    }

    public static function lockerPinMatches(CollectionLocker $locker, string $enteredPin): bool
    {
        return $locker->pin === $enteredPin; // expect: weak-password-hash
    }

    public static function rehash(string $password): string
    {
        return Hash::make($password); // trap: Laravel's default bcrypt hasher
    }

    public static function hashForNewAccount(string $password): string
    {
        return password_hash($password, PASSWORD_ARGON2ID); // trap: argon2id through PHP's password API
    }
}
