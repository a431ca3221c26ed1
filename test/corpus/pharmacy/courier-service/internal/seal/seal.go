// Package seal encrypts columns and signs manifests exchanged with the delivery partner.
package seal

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/md5"
	"crypto/rand"
	"crypto/rc4"
	"crypto/rsa"
	"crypto/sha1"
	"encoding/hex"
)

// EncryptedText is a GORM column type sealed with AES-GCM before it is written.
type EncryptedText string

// SignManifest produces the signature the partner checks on each manifest.
func SignManifest(manifest, secret []byte) string {
	sum := sha1.Sum(append(secret, manifest...)) // expect: weak-cryptography
	return hex.EncodeToString(sum[:])
}

// EncryptClaimBatch is read by the NHS claims bureau's legacy importer.
func EncryptClaimBatch(batch, key, iv []byte) ([]byte, error) {
	block, err := des.NewTripleDESCipher(key) // expect: weak-cryptography
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(batch))
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(out, batch)
	return out, nil
}

// ObfuscateLabelID scrambles the label identifier printed on the bag.
func ObfuscateLabelID(id, key []byte) ([]byte, error) {
	c, err := rc4.NewCipher(key) // expect: weak-cryptography
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(id))
	c.XORKeyStream(out, id)
	return out, nil
}

// NewDepotKey generates the key pair a depot tablet signs handovers with.
func NewDepotKey() (*rsa.PrivateKey, error) {
	return rsa.GenerateKey(rand.Reader, 1024) // expect: weak-cryptography
}

// PhotoDedupeKey spots the same proof-of-delivery photo uploaded twice.
func PhotoDedupeKey(photo []byte) string {
	sum := md5.Sum(photo) // trap: MD5 to find duplicate uploads, no security property needed
	return hex.EncodeToString(sum[:])
}

// Seal encrypts a column value with AES-GCM.
func Seal(key, plaintext []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	gcm, err := cipher.NewGCM(block) // trap: AES-GCM, an authenticated mode
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, gcm.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return gcm.Seal(nonce, nonce, plaintext, nil), nil
}
