// Package shiming implements 实名认证 (real-name verification) required by the
// Cybersecurity Law before a user may post content or withdraw funds.
// It calls a licensed third-party provider that checks 姓名 + 身份证号 against
// the public-security database and compares a liveness selfie with the ID photo.
package shiming

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"regexp"
	"time"

	"go.uber.org/zap"
)

// idCardRegex matches an 18-digit resident identity card number (last digit may be X).
var idCardRegex = regexp.MustCompile(`^\d{17}[\dXx]$`) // trap: validation pattern, not an ID number

// RenzhengQingqiu is the verification request (认证请求).
type RenzhengQingqiu struct {
	YonghuID        int64  `json:"yonghuId"`                    // trap: surrogate key, not personal data by itself
	Xingming        string `json:"xingming" binding:"required"` // expect: personal-data-field user.name
	IDCardNo        string `json:"idCardNo" binding:"required"` // expect: sensitive-personal-data-field user.government_id.national_identification_number.cn_resident_identity_card
	ShouJi          string `json:"shouji"`                      // expect: personal-data-field user.contact.phone_number
	RenlianZhaopian []byte `json:"renlianZhaopian"`             // expect: sensitive-personal-data-field user.biometric
	ClientIP        string `json:"-"`                           // expect: personal-data-field user.device.ip_address
}

// RenzhengJilu is one row of shiming_renzheng_jilu (verification log kept 3 years for audit).
type RenzhengJilu struct {
	ID              int64     `db:"id"`
	YonghuID        int64     `db:"yonghu_id"`          // trap: surrogate key, not personal data by itself
	XingmingMasked  string    `db:"xingming_masked"`    // expect: personal-data-field user.name
	IDCardHash      string    `db:"id_card_hash"`       // expect: sensitive-personal-data-field user.government_id.national_identification_number.cn_resident_identity_card
	IDCardLast4     string    `db:"id_card_last4"`      // expect: sensitive-personal-data-field user.government_id.national_identification_number.cn_resident_identity_card
	RenlianTezheng  []byte    `db:"renlian_tezheng"`    // expect: sensitive-personal-data-field user.biometric ; expect: unencrypted-sensitive-storage user.biometric
	XiangsiDu       float64   `db:"xiangsi_du"`
	Jieguo          string    `db:"jieguo"`
	ProviderOrderNo string    `db:"provider_order_no"`
	CreatedAt       time.Time `db:"created_at"`
}

// ProviderConfig holds the third-party provider settings.
type ProviderConfig struct {
	Endpoint               string
	AppKey                 string
	IdCardPhotoURLTemplate string // trap: URL template, not a photo of anyone
	PassThreshold          float64
	HealthCheckPath        string // trap: ops endpoint, not health data
}

type Provider interface {
	Verify(ctx context.Context, xingming, idCardNo string, selfie []byte) (score float64, tezheng []byte, err error)
}

type Store interface {
	Insert(ctx context.Context, j *RenzhengJilu) error
}

var ErrBadIDCard = errors.New("shiming: 身份证号格式错误") // trap: the message names the kind of data, not the value

type Service struct {
	cfg      ProviderConfig
	provider Provider
	store    Store
	log      *zap.SugaredLogger
}

func maskName(xingming string) string { // trap: function parameter, not a field
	r := []rune(xingming)
	if len(r) <= 1 {
		return "*"
	}
	return string(r[0]) + "*"
}

func (s *Service) Verify(ctx context.Context, q RenzhengQingqiu) (*RenzhengJilu, error) {
	if !idCardRegex.MatchString(q.IDCardNo) {
		s.log.Warnw("身份证号格式错误", "idCardNo", q.IDCardNo) // expect: personal-data-in-log user.government_id.national_identification_number.cn_resident_identity_card
		return nil, ErrBadIDCard
	}
	s.log.Infow("开始实名认证", "yonghuId", q.YonghuID) // trap: logs the surrogate key only
	s.log.Debugf("实名认证请求 %s %s ip=%s", q.Xingming, q.ShouJi, q.ClientIP) // expect: personal-data-in-log user.name ; expect: personal-data-in-log user.contact.phone_number ; expect: personal-data-in-log user.device.ip_address

	score, tezheng, err := s.provider.Verify(ctx, q.Xingming, q.IDCardNo, q.RenlianZhaopian)
	if err != nil {
		s.log.Errorw("provider error", "err", err, "yonghuId", q.YonghuID) // trap: logs an error and a surrogate key only
		return nil, err
	}
	sum := sha256.Sum256([]byte(q.IDCardNo))
	j := &RenzhengJilu{
		YonghuID:       q.YonghuID,
		XingmingMasked: maskName(q.Xingming),
		IDCardHash:     hex.EncodeToString(sum[:]), // trap: key of a composite literal, not a field declaration
		IDCardLast4:    q.IDCardNo[len(q.IDCardNo)-4:],
		RenlianTezheng: tezheng,
		XiangsiDu:      score,
		CreatedAt:      time.Now(),
	}
	if score >= s.cfg.PassThreshold {
		j.Jieguo = "tongguo"
	} else {
		j.Jieguo = "butongguo"
	}
	s.log.Infow("实名认证结果", "jilu", j) // expect: personal-data-in-log user
	return j, s.store.Insert(ctx, j)
}
