'use strict';

const mongoose = require('mongoose');
const logger = require('../lib/logger');

// 订单 — mall order. Consignee details are copied from the address book at checkout.
const dingdanShangpinSchema = new mongoose.Schema(
  {
    shangpinId: { type: String, required: true },
    shangpinMingcheng: { type: String, required: true }, // trap: product name, not a person's name
    shuliang: { type: Number, min: 1 },
    danjiaFen: { type: Number },
  },
  { _id: false },
);

const dingdanSchema = new mongoose.Schema(
  {
    dingdanHao: { type: String, unique: true },
    yonghuId: { type: mongoose.Schema.Types.ObjectId, ref: 'YongHu', index: true }, // trap: surrogate key, not personal data by itself
    openid: { type: String, index: true }, // expect: personal-data-field user.unique_id
    shouhuoren: { type: String, required: true }, // expect: personal-data-field user.name
    lianxiDianhua: { type: String, required: true }, // expect: personal-data-field user.contact.phone_number
    shouhuoDizhi: { // expect: personal-data-field user.contact.address
      sheng: String, // expect: personal-data-field user.contact.address.state
      shi: String, // expect: personal-data-field user.contact.address.city
      qu: String, // expect: personal-data-field user.contact.address
      xiangxiDizhi: String, // expect: personal-data-field user.contact.address.street
    },
    // 跨境商品清关需要订购人实名信息 (customs clearance for cross-border goods)
    dinggourenXingming: { type: String }, // expect: personal-data-field user.name
    dinggourenShenfenzheng: { type: String, select: false }, // expect: sensitive-personal-data-field user.government_id.national_identification_number.cn_resident_identity_card ; expect: unencrypted-sensitive-storage user.government_id.national_identification_number.cn_resident_identity_card
    beizhu: { type: String, maxlength: 200 }, // expect: personal-data-field user.content.private
    shangpin: [dingdanShangpinSchema],
    zhifuFangshi: { type: String, enum: ['wxpay', 'alipay', 'unionpay'] },
    yinhangkaHao: { type: String, select: false }, // expect: sensitive-personal-data-field user.financial.credit_card ; expect: unencrypted-sensitive-storage user.financial.credit_card
    xiadanIp: String, // expect: personal-data-field user.device.ip_address
    zhuangtai: { type: String, default: 'daifukuan' },
  },
  { timestamps: { createdAt: 'chuangjianShijian', updatedAt: 'gengxinShijian' } },
);

dingdanSchema.pre('save', function beforeSave(next) {
  if (this.isNew) {
    logger.info(`新订单 ${this.dingdanHao}`); // trap: logs an order number only
    logger.debug(`收货人 ${this.shouhuoren} ${this.lianxiDianhua}`); // expect: personal-data-in-log user.name ; expect: personal-data-in-log user.contact.phone_number
  }
  next();
});

// 门店 — physical pickup stores (自提点)
const mendianSchema = new mongoose.Schema({
  mingcheng: { type: String, required: true }, // trap: store name, not a person's
  dizhi: { type: String, required: true }, // trap: store address, not a person's
  dianhua: String, // trap: store phone line, not a person's number
  jingdu: Number, // trap: store location, not a person's
  weidu: Number, // trap: store location, not a person's
});

module.exports = {
  Dingdan: mongoose.model('Dingdan', dingdanSchema),
  Mendian: mongoose.model('Mendian', mendianSchema),
};
