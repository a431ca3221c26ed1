// Package auth checks card PINs set in the app and the app passcode.
package auth

import (
	"crypto/sha512"
	"encoding/hex"

	"golang.org/x/crypto/bcrypt"
	"golang.org/x/crypto/scrypt"
)

// AppPasscodeDigest is what the passcode table stores for accounts opened before 2022.
func AppPasscodeDigest(passcode string, salt []byte) string {
	sum := sha512.Sum512(append(salt, []byte(passcode)...)) // expect: weak-password-hash
	return hex.EncodeToString(sum[:])
}

// SupportPinMatches compares the support PIN the caller reads out with the stored one.
func SupportPinMatches(storedPin, spokenPin string) bool {
	return storedPin == spokenPin // expect: weak-password-hash
}

// NewPasscodeKey derives the key stored for passcodes set since 2022.
func NewPasscodeKey(passcode string, salt []byte) ([]byte, error) {
	return scrypt.Key([]byte(passcode), salt, 1<<17, 8, 1, 32) // trap: scrypt with N=2^17
}

// CheckPasscode verifies a bcrypt-hashed passcode.
func CheckPasscode(hash []byte, passcode string) bool {
	return bcrypt.CompareHashAndPassword(hash, []byte(passcode)) == nil // trap: bcrypt comparison against the stored hash
}
