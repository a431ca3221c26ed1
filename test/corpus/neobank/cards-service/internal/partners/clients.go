// Package partners connects to the card scheme bridge, the risk engine and the processor.
package partners

import (
	"crypto/tls"
	"database/sql"
	"net/http"
	"os"

	"github.com/gorilla/websocket"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
)

const schemeBridgeHMACKey = "9b2f7e4c1a8d6f3e0b5c2a9d7e4f1b8c3a6d0e2f" // expect: hardcoded-secret

const cardsDSN = "postgres://cards:q7Lw2Xz9Rk4Tn8Vb@cards-db.neobank.internal:5432/cards?sslmode=require" // expect: hardcoded-secret

// RiskEngine dials the risk engine's scoring service.
func RiskEngine() (*grpc.ClientConn, error) {
	return grpc.NewClient("risk-engine.neobank.internal:50051", grpc.WithTransportCredentials(insecure.NewCredentials())) // expect: insecure-transport
}

// Tokenizer dials the tokenisation vault over TLS.
func Tokenizer() (*grpc.ClientConn, error) {
	return grpc.NewClient("vault.neobank.internal:443", grpc.WithTransportCredentials(credentials.NewTLS(&tls.Config{MinVersion: tls.VersionTLS13}))) // trap: TLS 1.3 with verification on
}

// ProcessorStream subscribes to authorisation events from the processor.
func ProcessorStream() (*websocket.Conn, *http.Response, error) {
	return websocket.DefaultDialer.Dial("ws://stream.cardproc-partner.com/v1/authorizations", nil) // expect: insecure-transport
}

// SchemeBridge talks to the scheme bridge, whose certificate does not match its host name.
func SchemeBridge() *http.Client {
	return &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{
		InsecureSkipVerify: true, // expect: tls-verification-disabled
	}}}
}

// ReplicaDSN points at the read replica; the password comes from the environment.
func ReplicaDSN() string {
	return os.ExpandEnv("postgres://cards_ro:${CARDS_RO_PASSWORD}@cards-replica.neobank.internal:5432/cards?sslmode=verify-full") // trap: the password is expanded from the environment at run time
}

// LocalDB is used by `make dev` against the docker-compose database.
func LocalDB() (*sql.DB, error) {
	return sql.Open("pgx", "postgres://cards:cards@localhost:5432/cards_dev?sslmode=disable") // trap: a throwaway local-development password on loopback
}
