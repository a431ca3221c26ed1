package auth

import (
	crand "crypto/rand"
	"encoding/base64"
	"fmt"
	"math/big"
	"math/rand"
	"time"
)

// DeliveryOTP is read out by the patient at the door before the driver hands over the bag.
func DeliveryOTP() string {
	return fmt.Sprintf("%06d", rand.Intn(1000000)) // expect: insecure-randomness
}

// HandoverToken links the driver's scan to the pharmacy's release record.
func HandoverToken() string {
	r := rand.New(rand.NewSource(time.Now().UnixNano()))
	b := make([]byte, 16)
	r.Read(b) // expect: insecure-randomness
	return base64.RawURLEncoding.EncodeToString(b)
}

// SessionID is the driver app's session identifier.
func SessionID() (string, error) {
	b := make([]byte, 32)
	if _, err := crand.Read(b); err != nil { // trap: crypto/rand is a CSPRNG
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

// LockerCode opens the click-and-collect locker.
func LockerCode() (string, error) {
	n, err := crand.Int(crand.Reader, big.NewInt(1000000)) // trap: crypto/rand is a CSPRNG
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%06d", n.Int64()), nil
}

// BackoffJitter spreads retries to the routing API.
func BackoffJitter(attempt int) time.Duration {
	return time.Duration(1<<attempt)*100*time.Millisecond + time.Duration(rand.Int63n(int64(50*time.Millisecond))) // trap: jitter for retries, not a secret
}
