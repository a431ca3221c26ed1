// Package auth handles driver, dispatcher and pharmacist credentials for the courier service.
package auth

import (
	"crypto/md5"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"

	"golang.org/x/crypto/argon2"
	"golang.org/x/crypto/bcrypt"
)

// LegacyDigest reproduces the old PHP portal's md5(password) so migrated accounts can still sign in.
func LegacyDigest(password string) string {
	sum := md5.Sum([]byte(password)) // expect: weak-password-hash
	return hex.EncodeToString(sum[:])
}

// VanPinDigest hashes the 4-digit van PIN with the depot salt.
func VanPinDigest(pin, depotSalt string) string {
	h := sha256.New()
	h.Write([]byte(depotSalt))
	h.Write([]byte(pin)) // expect: weak-password-hash
	return hex.EncodeToString(h.Sum(nil))
}

// MatchesDispatcherPassword compares with the password column of the dispatchers table.
func MatchesDispatcherPassword(storedPassword, entered string) bool {
	return subtle.ConstantTimeCompare([]byte(storedPassword), []byte(entered)) == 1 // expect: weak-password-hash
}

// HashDriverPassword is used for every account created since 2023.
func HashDriverPassword(password string) ([]byte, error) {
	return bcrypt.GenerateFromPassword([]byte(password), 12) // trap: bcrypt with cost 12
}

// HashPharmacistPassword derives the stored key for pharmacists' accounts.
func HashPharmacistPassword(password string, salt []byte) []byte {
	return argon2.IDKey([]byte(password), salt, 2, 64*1024, 4, 32) // trap: argon2id, 64 MiB, 2 passes
}
