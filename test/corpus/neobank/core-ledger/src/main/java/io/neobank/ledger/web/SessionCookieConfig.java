package io.neobank.ledger.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

@Configuration
public class SessionCookieConfig {

    /** Spring Session cookie for the back-office console. */
    @Bean
    public CookieSerializer cookieSerializer() {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName("NB_CONSOLE");
        serializer.setUseSecureCookie(false); // expect: insecure-cookie
        serializer.setUseHttpOnlyCookie(false); // expect: insecure-cookie
        serializer.setSameSite("Strict"); // trap: SameSite switched on
        return serializer;
    }

    public static void issueStepUpCookie(HttpServletResponse response, String stepUpToken) {
        ResponseCookie cookie = ResponseCookie.from("NB_STEP_UP", stepUpToken).path("/payments").maxAge(Duration.ofMinutes(5)).build(); // expect: insecure-cookie
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    public static void issueDeviceCookie(HttpServletResponse response, String deviceToken) {
        ResponseCookie cookie = ResponseCookie.from("NB_DEVICE", deviceToken).secure(true).httpOnly(true).sameSite("Strict").build(); // trap: Secure, HttpOnly and SameSite all set
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }
}
