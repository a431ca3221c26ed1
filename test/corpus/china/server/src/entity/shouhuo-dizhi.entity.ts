import { Column, Entity, ManyToOne, JoinColumn, PrimaryGeneratedColumn } from 'typeorm';
import { YongHu } from './yonghu.entity';

/** 收货地址 — delivery address book entry. */
@Entity({ name: 'shouhuo_dizhi' })
export class ShouhuoDizhi {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'bigint' })
  yonghuId: string; // trap: surrogate key, not personal data by itself

  @ManyToOne(() => YongHu, (y) => y.shouhuoDizhiList)
  @JoinColumn({ name: 'yonghu_id' })
  yonghu: YongHu;

  @Column({ length: 50 })
  shouhuorenXingming: string; // expect: personal-data-field user.name

  @Column({ length: 11 })
  shouhuorenShouji: string; // expect: personal-data-field user.contact.phone_number

  @Column({ length: 20 })
  sheng: string; // expect: personal-data-field user.contact.address.state

  @Column({ length: 20 })
  shi: string; // expect: personal-data-field user.contact.address.city

  @Column({ length: 20 })
  qu: string; // expect: personal-data-field user.contact.address

  @Column({ length: 200 })
  xiangxiDizhi: string; // expect: personal-data-field user.contact.address.street

  @Column({ length: 6, nullable: true })
  youbian: string | null; // expect: personal-data-field user.contact.address.postal_code

  @Column({ type: 'decimal', precision: 10, scale: 7, nullable: true })
  weidu: string | null; // expect: sensitive-personal-data-field user.location.precise ; expect: unencrypted-sensitive-storage user.location.precise

  @Column({ type: 'decimal', precision: 10, scale: 7, nullable: true })
  jingdu: string | null; // expect: sensitive-personal-data-field user.location.precise ; expect: unencrypted-sensitive-storage user.location.precise

  @Column({ default: false })
  shiMoren: boolean;
}
