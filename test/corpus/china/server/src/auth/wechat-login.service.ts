import { Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { Repository } from 'typeorm';
import { YongHu } from '../entity/yonghu.entity';

/** Response of https://api.weixin.qq.com/sns/jscode2session */
interface Code2SessionResponse {
  openid: string; // expect: personal-data-field user.unique_id
  unionid?: string; // expect: personal-data-field user.unique_id
  session_key: string; // expect: personal-data-field user.authorization.credentials
  errcode?: number;
  errmsg?: string;
}

/** Decrypted payload of wx.getPhoneNumber */
interface WxPhoneInfo {
  phoneNumber: string; // expect: personal-data-field user.contact.phone_number
  purePhoneNumber: string; // expect: personal-data-field user.contact.phone_number
  countryCode: string; // trap: calling code ("86"), not a phone number
}

@Injectable()
export class WechatLoginService {
  private readonly logger = new Logger(WechatLoginService.name);

  constructor(
    @InjectRepository(YongHu) private readonly yonghuRepo: Repository<YongHu>,
    private readonly http: HttpService,
    private readonly appId: string, // trap: the mini-program's AppID, not a person's identifier
  ) {}

  async login(jsCode: string): Promise<YongHu> {
    const { data } = await firstValueFrom(
      this.http.get<Code2SessionResponse>('https://api.weixin.qq.com/sns/jscode2session', {
        params: { appid: this.appId, js_code: jsCode, grant_type: 'authorization_code' },
      }),
    );
    if (data.errcode) {
      this.logger.warn(`code2session failed: ${data.errcode} ${data.errmsg}`); // trap: logs an error code and message only
      throw new UnauthorizedException();
    }
    this.logger.log(`WeChat login openid=${data.openid}`); // expect: personal-data-in-log user.unique_id
    let yonghu = await this.yonghuRepo.findOne({ where: { wxOpenid: data.openid } }); // trap: query filter, not a field declaration
    if (!yonghu) {
      yonghu = this.yonghuRepo.create({ wxOpenid: data.openid, wxUnionid: data.unionid ?? null, nicheng: '微信用户' }); // trap: key of an object literal passed to create(), not a field declaration
      await this.yonghuRepo.save(yonghu);
      this.logger.log(`新用户注册 id=${yonghu.id}`); // trap: logs the surrogate key only
    }
    return yonghu;
  }

  async bindPhone(yonghu: YongHu, phone: WxPhoneInfo): Promise<void> {
    yonghu.shouji = phone.purePhoneNumber;
    await this.yonghuRepo.save(yonghu);
    this.logger.debug(`绑定手机号 ${phone.purePhoneNumber} -> ${yonghu.id}`); // expect: personal-data-in-log user.contact.phone_number
    this.logger.verbose(JSON.stringify(yonghu)); // expect: personal-data-in-log user
  }
}
