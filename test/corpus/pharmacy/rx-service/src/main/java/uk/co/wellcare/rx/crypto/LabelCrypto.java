package uk.co.wellcare.rx.crypto;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;

/** Encryption and signatures for dispensing labels and the controlled-drug register. */
public final class LabelCrypto {

    private LabelCrypto() {
    }

    /** Register exports for the inspector's desktop tool, which only reads Triple DES. */
    public static byte[] encryptForInspector(byte[] csv, SecretKey key, IvParameterSpec iv) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("DESede/CBC/PKCS5Padding"); // expect: weak-cryptography
        cipher.init(Cipher.ENCRYPT_MODE, key, iv);
        return cipher.doFinal(csv);
    }

    public static byte[] wrapLabelBlob(byte[] blob, SecretKey key) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES"); // expect: weak-cryptography
        cipher.init(Cipher.ENCRYPT_MODE, key);
        return cipher.doFinal(blob);
    }

    public static byte[] sealBackup(byte[] archive, SecretKey key, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding"); // trap: AES-GCM, an authenticated mode
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
        return cipher.doFinal(archive);
    }

    public static KeyPair prescriberKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024); // expect: weak-cryptography
        return generator.generateKeyPair();
    }

    public static byte[] signLabel(byte[] label, PrivateKey key) throws GeneralSecurityException {
        Signature signature = Signature.getInstance("SHA1withRSA"); // expect: weak-cryptography
        signature.initSign(key);
        signature.update(label);
        return signature.sign();
    }

    /** ETag for the public patient-information leaflets. */
    public static String leafletEtag(byte[] pdf) throws GeneralSecurityException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(pdf)); // trap: MD5 as an HTTP cache validator for a public document
    }
}
