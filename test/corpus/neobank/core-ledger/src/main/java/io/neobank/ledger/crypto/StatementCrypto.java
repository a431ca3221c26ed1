package io.neobank.ledger.crypto;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.RSAKeyGenParameterSpec;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;

/** Statement files and the settlement feed exchanged with the card scheme bridge. */
public final class StatementCrypto {

    private StatementCrypto() {
    }

    /** Checksum the partner bank verifies before it loads the settlement file. */
    public static String settlementChecksum(byte[] file) throws GeneralSecurityException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(file)); // expect: weak-cryptography
    }

    public static byte[] signStatement(byte[] pdf, PrivateKey key) throws GeneralSecurityException {
        Signature signer = Signature.getInstance("MD5withRSA"); // expect: weak-cryptography
        signer.initSign(key);
        signer.update(pdf);
        return signer.sign();
    }

    public static byte[] encryptSchemeBridgeField(byte[] field, SecretKey key, IvParameterSpec iv) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("Blowfish/CBC/PKCS5Padding"); // expect: weak-cryptography
        cipher.init(Cipher.ENCRYPT_MODE, key, iv);
        return cipher.doFinal(field);
    }

    public static byte[] obfuscateLegacyToken(byte[] token, SecretKey key) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("ARCFOUR"); // expect: weak-cryptography
        cipher.init(Cipher.ENCRYPT_MODE, key);
        return cipher.doFinal(token);
    }

    public static KeyPair schemeBridgeKeys() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(new RSAKeyGenParameterSpec(1024, RSAKeyGenParameterSpec.F4)); // expect: weak-cryptography
        return generator.generateKeyPair();
    }

    public static KeyPair statementSigningKeys() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(new RSAKeyGenParameterSpec(3072, BigInteger.valueOf(65537))); // trap: RSA 3072
        return generator.generateKeyPair();
    }

    public static byte[] sealArchive(byte[] archive, SecretKey key, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding"); // trap: AES-GCM, an authenticated mode
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
        return cipher.doFinal(archive);
    }

    public static String archiveFingerprint(byte[] archive) throws GeneralSecurityException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(archive)); // trap: SHA-256 for integrity
    }
}
