// Package visits serves the video-visit API used by the patient and clinician apps.
package visits

import (
	"fmt"
	"net/http"
	"time"

	"github.com/getsentry/sentry-go"
	"github.com/gin-contrib/cors"
	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v5"
	"github.com/segmentio/analytics-go/v3"
)

type Handler struct {
	store     Store
	analytics analytics.Client
	jwtKey    []byte
}

func NewRouter(h *Handler, authMiddleware gin.HandlerFunc) *gin.Engine {
	r := gin.New()

	// Links in reminder emails and SMS open these without a login.
	public := r.Group("/", cors.Default()) // expect: permissive-cors
	public.GET("/healthz", func(c *gin.Context) { c.JSON(http.StatusOK, gin.H{"ok": true}) }) // trap: liveness probe, no personal data
	public.GET("/visits/:id/room", h.getRoom)                                                // expect: unauthenticated-personal-data-route user
	public.POST("/visits/:id/feedback", h.postFeedback)                                      // trap: accepts a star rating and an opaque visit id only

	api := r.Group("/api", cors.New(cors.Config{
		AllowOrigins:     []string{"https://app.teleclinic.co.uk", "https://clinician.teleclinic.co.uk"}, // trap: explicit allow-list of origins
		AllowCredentials: true,
	}), authMiddleware)
	api.GET("/visits/:id", h.getVisit)           // trap: group guarded by the auth middleware
	api.POST("/visits/:id/notes", h.postNotes)   // trap: group guarded by the auth middleware
	api.POST("/visits/:id/token", h.issueToken)  // trap: group guarded by the auth middleware
	return r
}

func (h *Handler) getRoom(c *gin.Context) {
	v, err := h.store.Visit(c, c.Param("id"))
	if err != nil {
		c.JSON(http.StatusNotFound, gin.H{"error": "visit not found"}) // trap: generic error message
		return
	}
	c.JSON(http.StatusOK, gin.H{"roomUrl": v.RoomURL, "patient": v.Patient, "startsAt": v.StartsAt})
}

type feedback struct {
	Stars int `json:"stars" binding:"min=1,max=5"`
}

func (h *Handler) postFeedback(c *gin.Context) {
	var f feedback
	if err := c.ShouldBindJSON(&f); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()}) // trap: binding error about a star rating, no personal data
		return
	}
	_ = h.analytics.Enqueue(analytics.Track{
		UserId:     "visit:" + c.Param("id"), // trap: opaque visit id and a rating only
		Event:      "Visit Rated",
		Properties: analytics.NewProperties().Set("stars", f.Stars),
	})
	c.Status(http.StatusNoContent)
}

func (h *Handler) getVisit(c *gin.Context) {
	v, err := h.store.Visit(c, c.Param("id"))
	if err != nil {
		c.JSON(http.StatusNotFound, gin.H{"error": fmt.Sprintf("no visit %s", c.Param("id"))}) // trap: opaque visit id only
		return
	}
	c.JSON(http.StatusOK, v)
}

type notesRequest struct {
	ClinicalNotes string `json:"clinicalNotes"` // expect: sensitive-personal-data-field user.health_and_medical
	DiagnosisCode string `json:"diagnosisCode"` // expect: sensitive-personal-data-field user.health_and_medical
}

func (h *Handler) postNotes(c *gin.Context) {
	var req notesRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid body"})
		return
	}
	v, err := h.store.Visit(c, c.Param("id"))
	if err != nil {
		c.JSON(http.StatusNotFound, gin.H{"error": "visit not found"})
		return
	}
	if v.Patient.Email == "" {
		c.JSON(http.StatusConflict, gin.H{"error": "cannot send notes: no email on file for " + v.Patient.FullName}) // expect: personal-data-in-error user.name
		return
	}
	if err := h.store.SaveNotes(c, v.ID, req.ClinicalNotes, req.DiagnosisCode); err != nil {
		sentry.CaptureException(fmt.Errorf("saving notes for %s: %w", v.Patient.Email, err)) // expect: personal-data-to-third-party user.contact.email ; expect: personal-data-in-error user.contact.email
		c.JSON(http.StatusInternalServerError, gin.H{"error": "could not save notes"})
		return
	}
	_ = h.analytics.Enqueue(analytics.Track{
		UserId:     v.Patient.ID,
		Event:      "Notes Saved",
		Properties: analytics.NewProperties().Set("diagnosis", req.DiagnosisCode), // expect: personal-data-to-third-party user.health_and_medical
	})
	c.Status(http.StatusNoContent)
}

func (h *Handler) issueToken(c *gin.Context) {
	v, err := h.store.Visit(c, c.Param("id"))
	if err != nil {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{
		"sub":   v.Patient.ID,
		"email": v.Patient.Email, // expect: personal-data-in-client-storage user.contact.email
		"exp":   time.Now().Add(2 * time.Hour).Unix(),
	})
	signed, _ := token.SignedString(h.jwtKey)
	c.SetSameSite(http.SameSiteStrictMode)
	c.SetCookie("visit_id", v.ID, 7200, "/", "", true, true)                       // trap: opaque visit id, Secure and HttpOnly with SameSite set above
	c.SetCookie("patient_phone", v.Patient.MobilePhone, 7200, "/", "", true, true) // expect: personal-data-in-client-storage user.contact.phone_number
	c.JSON(http.StatusOK, gin.H{"token": signed})
}
