using System;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace Neobank.Payments.Security;

public sealed class Credentials
{
    private readonly PasswordHasher<object> _identityHasher = new(); // trap: ASP.NET Core Identity's PBKDF2 hasher

    public string HashForIdentity(string password) => _identityHasher.HashPassword(new object(), password);

    /// <summary>Operators of the payments console, created before the Identity migration.</summary>
    public static string OperatorDigest(string password) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(password))); // expect: weak-password-hash

    public static bool ControlsPasscodeMatches(string storedPasscode, string entered) =>
        string.Equals(storedPasscode, entered, StringComparison.Ordinal); // expect: weak-password-hash

    public static byte[] ApiClientSecretKey(string clientSecret, byte[] salt) =>
        Rfc2898DeriveBytes.Pbkdf2(clientSecret, salt, 600_000, HashAlgorithmName.SHA512, 64); // trap: PBKDF2-SHA512 at 600k iterations
}
