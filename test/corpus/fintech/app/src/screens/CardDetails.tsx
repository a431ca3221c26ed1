import React, { useCallback, useState } from 'react';
import { revealCard } from '../api/cards';
import { analytics } from '../analytics';

type CardBrand = 'visa' | 'mastercard';

export interface CardDetailsProps {
  cardId: string;
  brand: CardBrand;
  cardholderName: string; // expect: personal-data-field user.name
  maskedPan: string; // expect: personal-data-field user.financial
  expiry: string; // expect: personal-data-field user.financial
  cardLayout: 'vertical' | 'horizontal'; // trap: how the card art is drawn, not card data
  onFreeze: (cardId: string) => Promise<void>;
}

interface RevealedCard {
  pan: string; // expect: sensitive-personal-data-field user.financial.credit_card
  cvc: string; // expect: sensitive-personal-data-field user.financial.credit_card
}

export const CardDetails: React.FC<CardDetailsProps> = ({ cardId, brand, cardholderName, maskedPan, expiry, cardLayout, onFreeze }) => {
  const [revealed, setRevealed] = useState<RevealedCard | null>(null);
  const [busy, setBusy] = useState(false);

  const onReveal = useCallback(async () => {
    setBusy(true);
    try {
      const details = await revealCard(cardId);
      setRevealed(details);
      setTimeout(() => setRevealed(null), 30_000);
    } catch (e) {
      console.warn('reveal failed for', cardholderName, e); // expect: personal-data-in-log user.name
    } finally {
      setBusy(false);
    }
  }, [cardId, cardholderName]);

  const copyPan = useCallback(async () => {
    if (!revealed) return;
    await navigator.clipboard.writeText(revealed.pan);
    console.log(`copied ${revealed.pan}`); // expect: personal-data-in-log user.financial.credit_card
    analytics.track('card_number_copied', { cardId });
  }, [revealed, cardId]);

  return (
    <div className={`card card--${brand} card--${cardLayout}`}>
      <div className="card__name">{cardholderName}</div>
      <div className="card__number">{revealed ? revealed.pan : maskedPan}</div>
      <div className="card__expiry">{expiry}</div>
      {revealed && <div className="card__cvc">{revealed.cvc}</div>}
      <button disabled={busy} onClick={onReveal}>
        Show details
      </button>
      {revealed && <button onClick={copyPan}>Copy number</button>}
      <button onClick={() => onFreeze(cardId)}>Freeze</button>
    </div>
  );
};
