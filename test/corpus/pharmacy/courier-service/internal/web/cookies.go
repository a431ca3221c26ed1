// Package web holds HTTP helpers for the driver app's web views.
package web

import (
	"net/http"
	"time"
)

// SetDriverSession is called after the driver signs in on the depot tablet.
func SetDriverSession(w http.ResponseWriter, sessionID string) {
	http.SetCookie(w, &http.Cookie{ // expect: insecure-cookie
		Name:    "driver_session",
		Value:   sessionID,
		Path:    "/",
		Expires: time.Now().Add(12 * time.Hour),
	})
}

// SetRouteCookie lets the route page script poll for changes.
func SetRouteCookie(w http.ResponseWriter, routeToken string) {
	http.SetCookie(w, &http.Cookie{
		Name:     "route_token",
		Value:    routeToken,
		Secure:   true,
		HttpOnly: false, // expect: insecure-cookie
		SameSite: http.SameSiteStrictMode,
	})
}

// SetHandoverCookie carries the handover token between the scan and the signature pages.
func SetHandoverCookie(w http.ResponseWriter, token string) {
	http.SetCookie(w, &http.Cookie{Name: "handover", Value: token, Path: "/", Secure: true, HttpOnly: true, SameSite: http.SameSiteStrictMode}) // trap: Secure, HttpOnly and SameSite all set
}

// SetDepotCookie remembers the depot the tablet belongs to.
func SetDepotCookie(w http.ResponseWriter, depotCode string) {
	http.SetCookie(w, &http.Cookie{Name: "depot", Value: depotCode, Secure: true, HttpOnly: true, SameSite: http.SameSiteNoneMode}) // expect: insecure-cookie
}
