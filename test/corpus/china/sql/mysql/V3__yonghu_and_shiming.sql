-- MySQL 8.0, utf8mb4. 用户表与实名认证记录

CREATE TABLE `yonghu` (
  `id`                BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `wx_openid`         VARCHAR(64) DEFAULT NULL COMMENT '微信 openid', -- expect: personal-data-field user.unique_id
  `wx_unionid`        VARCHAR(64) DEFAULT NULL COMMENT '微信 unionid', -- expect: personal-data-field user.unique_id
  `nicheng`           VARCHAR(32) NOT NULL COMMENT '昵称', -- expect: personal-data-field user.account.username
  `xingming`          VARCHAR(50) DEFAULT NULL COMMENT '真实姓名', -- expect: personal-data-field user.name
  `shouji`            CHAR(11) NOT NULL COMMENT '手机号', -- expect: personal-data-field user.contact.phone_number
  `youxiang`          VARCHAR(128) DEFAULT NULL COMMENT '邮箱', -- expect: personal-data-field user.contact.email
  `shenfenzheng_hao`  VARBINARY(64) DEFAULT NULL COMMENT '身份证号, AES 加密', -- expect: sensitive-personal-data-field user.government_id.national_identification_number.cn_resident_identity_card ; expect: unencrypted-sensitive-storage user.government_id.national_identification_number.cn_resident_identity_card
  `chusheng_riqi`     DATE DEFAULT NULL COMMENT '出生日期', -- expect: personal-data-field user.demographic.date_of_birth
  `xingbie`           TINYINT DEFAULT NULL COMMENT '性别', -- expect: personal-data-field user.demographic.gender
  `minzu`             VARCHAR(16) DEFAULT NULL COMMENT '民族', -- expect: sensitive-personal-data-field user.demographic.race_ethnicity ; expect: unencrypted-sensitive-storage user.demographic.race_ethnicity
  `zongjiao_xinyang`  VARCHAR(32) DEFAULT NULL COMMENT '宗教信仰', -- expect: sensitive-personal-data-field user.demographic.religious_belief ; expect: unencrypted-sensitive-storage user.demographic.religious_belief
  `zhengzhi_mianmao`  VARCHAR(16) DEFAULT NULL COMMENT '政治面貌 (党员/团员/群众)', -- expect: sensitive-personal-data-field user.demographic.political_opinion ; expect: unencrypted-sensitive-storage user.demographic.political_opinion
  `dizhi`             VARCHAR(255) DEFAULT NULL COMMENT '常住地址', -- expect: personal-data-field user.contact.address
  `shiming_zhuangtai` TINYINT NOT NULL DEFAULT 0 COMMENT '实名认证状态', -- trap: verification status code, not identity data
  `zhuce_ip`          VARCHAR(45) DEFAULT NULL COMMENT '注册IP', -- expect: personal-data-field user.device.ip_address
  `mima_hash`         VARCHAR(100) NOT NULL, -- trap: hash, not the plaintext
  `chuangjian_shijian` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_shouji` (`shouji`), -- trap: index definition referencing a column declared above
  UNIQUE KEY `uk_wx_openid` (`wx_openid`) -- trap: index definition referencing a column declared above
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='用户';

CREATE TABLE `shiming_renzheng_jilu` (
  `id`                BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `yonghu_id`         BIGINT UNSIGNED NOT NULL, -- trap: surrogate key, not personal data by itself
  `xingming_masked`   VARCHAR(50) NOT NULL COMMENT '脱敏姓名', -- expect: personal-data-field user.name
  `id_card_hash`      CHAR(64) NOT NULL COMMENT '身份证号 SHA-256', -- expect: sensitive-personal-data-field user.government_id.national_identification_number.cn_resident_identity_card
  `renlian_tezheng`   BLOB COMMENT '人脸特征值', -- expect: sensitive-personal-data-field user.biometric ; expect: unencrypted-sensitive-storage user.biometric
  `xiangsi_du`        DECIMAL(5, 4) DEFAULT NULL COMMENT '相似度',
  `jieguo`            VARCHAR(16) NOT NULL,
  `created_at`        DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='实名认证记录';

CREATE TABLE `sheng_shi_qu` (
  `code`              CHAR(6) NOT NULL COMMENT '行政区划代码',
  `mingcheng`         VARCHAR(40) NOT NULL, -- trap: administrative region name, reference data
  `youbian`           CHAR(6) DEFAULT NULL COMMENT '邮编', -- trap: postal code of a region in a reference table, not a person's
  PRIMARY KEY (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='省市区代码表';

ALTER TABLE `yonghu` ADD COLUMN `jinji_lianxiren_dianhua` CHAR(11) DEFAULT NULL COMMENT '紧急联系人电话'; -- expect: personal-data-field user.contact.phone_number
