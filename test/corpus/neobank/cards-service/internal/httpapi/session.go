// Package httpapi serves the card-management pages of the web banking app.
package httpapi

import (
	"net/http"
	"os"

	"github.com/gorilla/sessions"
)

// Store keeps the card-management session.
var Store = newStore()

func newStore() *sessions.CookieStore {
	store := sessions.NewCookieStore([]byte(os.Getenv("CARDS_SESSION_KEY"))) // trap: the key is read from the environment
	store.Options = &sessions.Options{
		Path:     "/cards",
		MaxAge:   900,
		HttpOnly: true,
		Secure:   false, // expect: insecure-cookie
		SameSite: http.SameSiteLaxMode,
	}
	return store
}

// SetRevealCookie allows the card-details page to fetch the PAN once.
func SetRevealCookie(w http.ResponseWriter, revealToken string) {
	http.SetCookie(w, &http.Cookie{Name: "reveal", Value: revealToken, MaxAge: 60, Secure: true, HttpOnly: true}) // expect: insecure-cookie
}

// SetFreezeConfirmCookie carries the confirmation token of a card freeze.
func SetFreezeConfirmCookie(w http.ResponseWriter, token string) {
	http.SetCookie(w, &http.Cookie{Name: "freeze_confirm", Value: token, MaxAge: 120, Path: "/cards", Secure: true, HttpOnly: true, SameSite: http.SameSiteStrictMode}) // trap: Secure, HttpOnly and SameSite all set
}
