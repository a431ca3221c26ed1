using System.Security.Cryptography;

namespace Neobank.Payments.Security;

/// <summary>Signatures and checksums on files exchanged with the payment scheme.</summary>
public static class SchemeCrypto
{
    public static byte[] SignBatch(byte[] batch, RSA key) =>
        key.SignData(batch, HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1); // expect: weak-cryptography

    public static byte[] BatchChecksum(byte[] batch) => MD5.HashData(batch); // expect: weak-cryptography

    public static RSA SchemeBridgeKey() => RSA.Create(1024); // expect: weak-cryptography

    public static RSA StatementKey() => RSA.Create(4096); // trap: RSA 4096

    public static byte[] SignStatement(byte[] pdf, RSA key) =>
        key.SignData(pdf, HashAlgorithmName.SHA256, RSASignaturePadding.Pss); // trap: RSA-PSS with SHA-256
}
