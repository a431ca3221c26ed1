package com.ridehail.payments;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "payment_cards")
public class PaymentCard {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    @Column(name = "rider_id", nullable = false) private UUID riderId; // trap: surrogate key, not personal data by itself

    @NotBlank
    @Size(max = 120)
    @Column(name = "cardholder_name") private String cardholderName; // expect: personal-data-field user.name

    @Convert(converter = PanEncryptor.class)
    @Pattern(regexp = "^[0-9]{12,19}$")
    @Column(name = "pan_encrypted", nullable = false) private String pan; // expect: sensitive-personal-data-field user.financial.credit_card

    @Column(name = "brand", length = 16) private String brand;

    @Column(name = "billing_postal_code", length = 10) private String billingPostalCode; // expect: personal-data-field user.contact.address.postal_code

    @Column(name = "card_name", length = 40) private String cardName; // trap: rider's label for the card ("Work Visa"), not a person's name

    @Column(name = "created_at", nullable = false) private Instant createdAt = Instant.now();

    protected PaymentCard() {
    }

    public PaymentCard(UUID riderId, String cardholderName, String pan, String brand) { // trap: constructor parameters, not fields
        this.riderId = riderId;
        this.cardholderName = cardholderName;
        this.pan = pan;
        this.brand = brand;
    }

    public UUID getId() {
        return id;
    }

    public String getBrand() {
        return brand;
    }

    public String maskedPan() {
        return "•••• " + pan.substring(pan.length() - 4);
    }
}
