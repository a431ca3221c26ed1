package com.northwind.insurance.claims;

import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ClaimRepository extends JpaRepository<Claim, Long> {
    Optional<Claim> findByClaimNumber(String claimNumber);
}

interface GeocodingClient {
    Optional<String> reverse(BigDecimal latitude, BigDecimal longitude); // trap: method parameters of an interface, not stored fields
}

interface AdjusterAssignment {
    Long nextAvailable(Claim claim);
}
