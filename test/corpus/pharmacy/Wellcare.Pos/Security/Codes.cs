using System;
using System.Security.Cryptography;

namespace Wellcare.Pos.Security;

/// <summary>Codes printed on collection slips and vouchers.</summary>
public static class Codes
{
    public static string CollectionCode() => new Random().Next(100000, 1000000).ToString(); // expect: insecure-randomness

    public static string PasswordResetCode()
    {
        var bytes = new byte[16];
        Random.Shared.NextBytes(bytes); // expect: insecure-randomness
        return Convert.ToHexString(bytes);
    }

    public static string LockerPin() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6"); // trap: RandomNumberGenerator is a CSPRNG

    public static string ReceiptFooterTip(string[] tips) => tips[Random.Shared.Next(tips.Length)]; // trap: which tip the receipt prints, not a secret
}
