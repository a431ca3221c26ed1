import { Injectable, Logger } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';
import { CardProcessorClient } from './card-processor.client';

export interface IssuedCard {
  cardId: string;
  pan: string; // expect: sensitive-personal-data-field user.financial.credit_card
  cvv: string; // expect: sensitive-personal-data-field user.financial.credit_card
  expiryMonth: number; // expect: sensitive-personal-data-field user.financial.credit_card
  expiryYear: number; // expect: sensitive-personal-data-field user.financial.credit_card
  cardholderName: string; // expect: personal-data-field user.name
  last4: string; // expect: personal-data-field user.financial
}

@Injectable()
export class CardsService {
  private readonly logger = new Logger(CardsService.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly processor: CardProcessorClient,
  ) {}

  async issueVirtualCard(customerId: string): Promise<IssuedCard> {
    const customer = await this.prisma.customer.findUniqueOrThrow({ where: { id: customerId } });
    this.logger.log(`Issuing virtual card for ${customer.legalName}`); // expect: personal-data-in-log user.name
    const card = await this.processor.issue({ holder: customer.legalName, customerRef: customer.id });
    this.logger.debug(`Processor returned card ${card.pan} exp ${card.expiryMonth}/${card.expiryYear}`); // expect: personal-data-in-log user.financial.credit_card
    await this.prisma.card.create({
      data: { id: card.cardId, customerId, last4: card.last4, status: 'ACTIVE' },
    });
    this.logger.log(`Card ${card.cardId} active for customer ${customerId}`);
    return card;
  }

  async freeze(cardId: string, reason: string): Promise<void> {
    const card = await this.prisma.card.update({ where: { id: cardId }, data: { status: 'FROZEN' }, include: { customer: true } });
    this.logger.warn(`Card ending ${card.last4} frozen: ${reason}`); // expect: personal-data-in-log user.financial
    this.logger.verbose({ msg: 'freeze audit', customer: card.customer }); // expect: personal-data-in-log user
  }
}
