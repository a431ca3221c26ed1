import React, { useMemo } from 'react';
import { MapView, Marker } from '../components/map';

export interface MappedTransaction {
  id: string;
  merchantName: string; // expect: personal-data-field user.behavior.purchase_history
  amountMinor: number; // expect: personal-data-field user.financial
  latitude: number; // expect: sensitive-personal-data-field user.location.precise
  longitude: number; // expect: sensitive-personal-data-field user.location.precise
  postedAt: string;
}

interface TransactionMapProps {
  transactions: MappedTransaction[];
  homeLocation?: { // expect: sensitive-personal-data-field user.location.precise
    lat: number; // expect: sensitive-personal-data-field user.location.precise
    lng: number; // expect: sensitive-personal-data-field user.location.precise
  };
  mapStyleName: string; // trap: name of a map tile style, not a person
}

export function TransactionMap({ transactions, homeLocation, mapStyleName }: TransactionMapProps) {
  const center = useMemo(
    () => homeLocation ?? { lat: transactions[0]?.latitude ?? 51.5, lng: transactions[0]?.longitude ?? -0.12 },
    [homeLocation, transactions],
  );
  if (process.env.NODE_ENV !== 'production') {
    console.debug('map centre', homeLocation); // expect: personal-data-in-log user.location.precise
  }
  return (
    <MapView center={center} styleName={mapStyleName}>
      {transactions.map((t) => (
        <Marker key={t.id} lat={t.latitude} lng={t.longitude} label={t.merchantName} />
      ))}
    </MapView>
  );
}
