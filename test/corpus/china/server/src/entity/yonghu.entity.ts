import { Column, CreateDateColumn, Entity, Index, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ShouhuoDizhi } from './shouhuo-dizhi.entity';

/** 实名认证状态 real-name verification status */
export enum ShimingZhuangtai {
  Weirenzheng = 0, // 未认证
  Shenhezhong = 1, // 审核中
  Yirenzheng = 2, // 已认证
}

/** 用户 — app user, registered via WeChat mini-program or phone + SMS code. Columns are snake_cased by SnakeNamingStrategy. */
@Entity({ name: 'yonghu' })
export class YongHu {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Index({ unique: true })
  @Column({ length: 64, nullable: true })
  wxOpenid: string | null; // expect: personal-data-field user.unique_id

  @Index()
  @Column({ length: 64, nullable: true })
  wxUnionid: string | null; // expect: personal-data-field user.unique_id

  @Column({ length: 32, comment: '昵称' })
  nicheng: string; // expect: personal-data-field user.account.username

  @Column({ nullable: true, comment: '头像' })
  touxiangUrl: string | null; // expect: personal-data-field user.content.self_image

  @Column({ length: 50, nullable: true, comment: '真实姓名' })
  xingming: string | null; // expect: personal-data-field user.name

  @Index({ unique: true })
  @Column({ length: 11, comment: '手机号' })
  shouji: string; // expect: personal-data-field user.contact.phone_number

  @Column({ length: 128, nullable: true, comment: '邮箱' })
  youxiang: string | null; // expect: personal-data-field user.contact.email

  @Column({ length: 128, nullable: true, comment: '身份证号 (AES 加密)' })
  shenfenzhengHao: string | null; // expect: sensitive-personal-data-field user.government_id.national_identification_number.cn_resident_identity_card ; expect: unencrypted-sensitive-storage user.government_id.national_identification_number.cn_resident_identity_card

  @Column({ type: 'date', nullable: true, comment: '出生日期' })
  chushengRiqi: string | null; // expect: personal-data-field user.demographic.date_of_birth

  @Column({ type: 'tinyint', nullable: true, comment: '性别 1男 2女' })
  xingbie: number | null; // expect: personal-data-field user.demographic.gender

  @Column({ length: 16, nullable: true, comment: '民族' })
  minzu: string | null; // expect: sensitive-personal-data-field user.demographic.race_ethnicity ; expect: unencrypted-sensitive-storage user.demographic.race_ethnicity

  @Column({ length: 255, nullable: true, comment: '常住地址' })
  dizhi: string | null; // expect: personal-data-field user.contact.address

  @Column({ type: 'tinyint', default: ShimingZhuangtai.Weirenzheng })
  shimingZhuangtai: ShimingZhuangtai; // trap: verification status enum, not identity data

  @Column({ length: 45, nullable: true, comment: '注册IP' })
  zhuceIp: string | null; // expect: personal-data-field user.device.ip_address

  @Column({ length: 100, select: false })
  mimaHash: string; // trap: hash, not the plaintext

  @OneToMany(() => ShouhuoDizhi, (d) => d.yonghu)
  shouhuoDizhiList: ShouhuoDizhi[]; // expect: personal-data-field user.contact.address

  @CreateDateColumn()
  chuangjianShijian: Date;

  @UpdateDateColumn()
  gengxinShijian: Date;
}
