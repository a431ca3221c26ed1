using System;
using System.Security.Cryptography;

namespace Neobank.Payments.Security;

public static class Tokens
{
    private static readonly Random Rng = new(Environment.TickCount);

    public static string PaymentConfirmationCode() => Rng.Next(0, 1_000_000).ToString("D6"); // expect: insecure-randomness

    public static string PayeeInviteId()
    {
        var buffer = new byte[12];
        new Random().NextBytes(buffer); // expect: insecure-randomness
        return Convert.ToBase64String(buffer);
    }

    public static string SessionToken() => RandomNumberGenerator.GetHexString(64); // trap: RandomNumberGenerator is a CSPRNG

    public static Guid IdempotencyKey() => Guid.NewGuid(); // trap: a request identifier, not a secret

    public static TimeSpan RetryDelay(int attempt) => TimeSpan.FromMilliseconds((1 << attempt) * 100 + Random.Shared.Next(50)); // trap: jitter for retries, not a secret
}
