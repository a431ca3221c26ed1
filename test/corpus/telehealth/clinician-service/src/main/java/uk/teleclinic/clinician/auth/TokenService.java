package uk.teleclinic.clinician.auth;

import io.jsonwebtoken.Jwts;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import javax.crypto.SecretKey;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Service;
import uk.teleclinic.clinician.patients.Patient;

@Service
public class TokenService {

    private final SecretKey signingKey;

    public TokenService(SecretKey signingKey) {
        this.signingKey = signingKey;
    }

    public String patientAccessToken(Patient patient) {
        Instant now = Instant.now();
        return Jwts.builder()
                .subject(patient.getId().toString())
                .claim("nhs", patient.getNhsNumber()) // expect: personal-data-in-client-storage user.government_id.national_identification_number
                .claim("name", patient.getFullName())
                .issuedAt(Date.from(now))
                .expiration(Date.from(now.plus(Duration.ofMinutes(30))))
                .signWith(signingKey)
                .compact();
    }

    public String clinicianAccessToken(long clinicianId, String role) {
        return Jwts.builder()
                .subject(Long.toString(clinicianId)) // trap: opaque id and a role only
                .claim("role", role)
                .expiration(Date.from(Instant.now().plus(Duration.ofHours(8))))
                .signWith(signingKey)
                .compact();
    }

    public HttpHeaders rememberPatientCookies(Patient patient) {
        ResponseCookie postcode = ResponseCookie.from("th_postcode", patient.getPostcode()) // expect: personal-data-in-client-storage user.contact.address.postal_code
                .httpOnly(true).secure(true).sameSite("Lax").path("/").maxAge(Duration.ofDays(30)).build();
        ResponseCookie locale = ResponseCookie.from("th_locale", "en-GB") // trap: UI locale, not personal data
                .httpOnly(true).secure(true).sameSite("Lax").path("/").build();
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.SET_COOKIE, postcode.toString());
        headers.add(HttpHeaders.SET_COOKIE, locale.toString());
        return headers;
    }
}
