using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace Wellcare.Pos.Security;

/// <summary>Till PINs, manager overrides and staff passwords for the point-of-sale terminals.</summary>
public static class PinHasher
{
    /// <summary>Till PINs migrated from the 2012 EPOS are hex MD5.</summary>
    public static string LegacyTillPin(string pin) =>
        Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(pin))); // expect: weak-password-hash

    public static string ManagerOverride(string password, byte[] salt)
    {
        using var sha1 = SHA1.Create();
        return Convert.ToBase64String(sha1.ComputeHash(salt.Concat(Encoding.UTF8.GetBytes(password)).ToArray())); // expect: weak-password-hash
    }

    public static byte[] LegacyStaffPasswordKey(string password, byte[] salt)
    {
        using var kdf = new Rfc2898DeriveBytes(password, salt, 1000); // expect: weak-password-hash
        return kdf.GetBytes(32);
    }

    public static bool TillPinMatches(StaffMember staff, string enteredPin) =>
        staff.TillPin == enteredPin; // expect: weak-password-hash

    public static byte[] StaffPasswordKey(string password, byte[] salt) =>
        Rfc2898DeriveBytes.Pbkdf2(password, salt, 600_000, HashAlgorithmName.SHA256, 32); // trap: PBKDF2-SHA256 at 600k iterations

    public static string PharmacistPassword(string password) =>
        BCrypt.Net.BCrypt.HashPassword(password, workFactor: 12); // trap: bcrypt with work factor 12
}

public interface StaffMember
{
    string TillPin { get; } // expect: personal-data-field user.authorization.credentials
}
