using System;
using System.Security.Cryptography;

namespace Wellcare.Pos.Crypto;

/// <summary>Encryption for the controlled-drug register export and the label printer link.</summary>
public static class LabelCrypto
{
    public static byte[] EncryptRegisterExport(byte[] csv, byte[] key, byte[] iv)
    {
        using var des = TripleDES.Create(); // expect: weak-cryptography
        des.Key = key;
        des.IV = iv;
        return des.EncryptCbc(csv, iv);
    }

    public static byte[] EncryptPrinterFrame(byte[] frame, byte[] key)
    {
        using var des = DES.Create(); // expect: weak-cryptography
        des.Key = key;
        return des.EncryptCbc(frame, new byte[8]);
    }

    public static byte[] WrapLabelBlob(byte[] blob, byte[] key)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        aes.Mode = CipherMode.ECB; // expect: weak-cryptography
        return aes.CreateEncryptor().TransformFinalBlock(blob, 0, blob.Length);
    }

    public static RSA PrescriberKey() => new RSACryptoServiceProvider(1024); // expect: weak-cryptography

    public static (byte[] Nonce, byte[] Tag, byte[] Data) SealBackup(byte[] archive, byte[] key)
    {
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        var data = new byte[archive.Length];
        using var gcm = new AesGcm(key, tag.Length); // trap: AES-GCM, an authenticated mode
        gcm.Encrypt(nonce, archive, data, tag);
        return (nonce, tag, data);
    }

    public static string PromoImageCacheKey(byte[] image) => Convert.ToHexString(MD5.HashData(image)); // trap: MD5 as a cache key for a promotional image
}
