package auth

import (
	"crypto/rand"
	"encoding/hex"
	mrand "math/rand/v2"
	"strconv"
)

// ActivationCode is shown in the app to activate a card at an ATM.
func ActivationCode() string {
	return strconv.Itoa(100000 + mrand.IntN(900000)) // expect: insecure-randomness
}

// ProvisioningNonce binds a card to a wallet provisioning request.
func ProvisioningNonce() string {
	b := make([]byte, 8)
	for i := range b {
		b[i] = byte(mrand.Uint32()) // expect: insecure-randomness
	}
	return hex.EncodeToString(b)
}

// ChallengeID identifies a 3-D Secure out-of-band challenge.
func ChallengeID() (string, error) {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil { // trap: crypto/rand is a CSPRNG
		return "", err
	}
	return hex.EncodeToString(b), nil
}

// ShuffleOffers orders the cashback offers on the home screen.
func ShuffleOffers(offers []string) {
	mrand.Shuffle(len(offers), func(i, j int) { offers[i], offers[j] = offers[j], offers[i] }) // trap: display order, not a secret
}
