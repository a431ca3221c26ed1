import React, { useState } from 'react';
import { Image, Pressable, StyleSheet, Text, View } from 'react-native';
import MapView, { Polyline } from 'react-native-maps';

export type RoutePoint = {
  lat: number; // expect: sensitive-personal-data-field user.location.precise
  lng: number; // expect: sensitive-personal-data-field user.location.precise
};

export interface DriverSummary {
  id: string;
  firstName: string; // expect: personal-data-field user.name.first
  photoUrl: string; // expect: personal-data-field user.content.self_image
  rating: number; // expect: personal-data-field user.behavior
  vehiclePlate: string; // expect: sensitive-personal-data-field user.government_id.vehicle_registration
  vehicleName: string; // trap: car model label ("Toyota Corolla Altis"), not a person's name
  vehicleColour: string;
}

export interface TripSummaryCardProps {
  tripId: string;
  driver: DriverSummary;
  pickupAddress: string; // expect: personal-data-field user.contact.address
  dropoffAddress: string; // expect: personal-data-field user.contact.address
  route: RoutePoint[]; // expect: sensitive-personal-data-field user.location.precise
  fareLabel: string;
  onRate: (stars: number, comment: string) => void;
}

interface RatingState {
  stars: number;
  comment: string; // expect: personal-data-field user.content.private
  submitted: boolean;
}

export function TripSummaryCard({ driver, pickupAddress, dropoffAddress, route, fareLabel, onRate }: TripSummaryCardProps) { // trap: destructured props, not field declarations
  const [rating, setRating] = useState<RatingState>({ stars: 0, comment: '', submitted: false });
  const coordinates = route.map((p) => ({ latitude: p.lat, longitude: p.lng })); // trap: local mapping, not a field declaration

  return (
    <View style={styles.card}>
      <MapView style={styles.map} initialRegion={{ ...coordinates[0], latitudeDelta: 0.05, longitudeDelta: 0.05 }}>
        <Polyline coordinates={coordinates} strokeWidth={4} />
      </MapView>
      <View style={styles.row}>
        <Image source={{ uri: driver.photoUrl }} style={styles.avatar} accessibilityLabel={`Photo of ${driver.firstName}`} />
        <View>
          <Text style={styles.title}>{driver.firstName}</Text>
          <Text>{driver.vehicleColour} {driver.vehicleName} · {driver.vehiclePlate}</Text>
        </View>
      </View>
      <Text numberOfLines={1}>From {pickupAddress}</Text>
      <Text numberOfLines={1}>To {dropoffAddress}</Text>
      <Text style={styles.fare}>{fareLabel}</Text>
      <View style={styles.row}>
        {[1, 2, 3, 4, 5].map((n) => (
          <Pressable key={n} onPress={() => setRating({ ...rating, stars: n })}>
            <Text>{n <= rating.stars ? '★' : '☆'}</Text>
          </Pressable>
        ))}
      </View>
      <Pressable
        disabled={rating.stars === 0 || rating.submitted}
        onPress={() => {
          onRate(rating.stars, rating.comment);
          setRating({ ...rating, submitted: true });
        }}
      >
        <Text>Submit rating</Text>
      </Pressable>
    </View>
  );
}

const styles = StyleSheet.create({
  card: { borderRadius: 12, padding: 16, backgroundColor: '#fff' },
  map: { height: 160, borderRadius: 8 },
  row: { flexDirection: 'row', alignItems: 'center', gap: 12, marginVertical: 8 },
  avatar: { width: 48, height: 48, borderRadius: 24 },
  title: { fontSize: 18, fontWeight: '600' },
  fare: { fontSize: 16, marginTop: 8 },
});
