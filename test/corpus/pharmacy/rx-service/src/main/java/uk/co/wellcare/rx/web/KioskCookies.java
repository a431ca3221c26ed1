package uk.co.wellcare.rx.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/** Cookies for the collection-point kiosks and the label-printing queue. */
@Component
public class KioskCookies {

    public void issueKioskToken(HttpServletResponse response, String token) {
        Cookie cookie = new Cookie("KIOSK_TOKEN", token); // expect: insecure-cookie
        cookie.setPath("/");
        cookie.setMaxAge(8 * 3600);
        response.addCookie(cookie);
    }

    public void issueBasketCookie(HttpServletResponse response, String basketId) {
        Cookie cookie = new Cookie("BASKET", basketId);
        cookie.setSecure(true);
        cookie.setHttpOnly(false); // expect: insecure-cookie
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    public void issuePrintQueueCookie(HttpServletResponse response, String queueId) {
        ResponseCookie cookie = ResponseCookie.from("PRINT_QUEUE", queueId)
                .secure(false) // expect: insecure-cookie
                .httpOnly(true)
                .sameSite("Lax")
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    public void issueRememberMe(HttpServletResponse response, String token) {
        ResponseCookie cookie = ResponseCookie.from("REMEMBER_ME", token) // trap: Secure, HttpOnly and SameSite all set
                .secure(true)
                .httpOnly(true)
                .sameSite("Strict")
                .path("/")
                .maxAge(Duration.ofDays(30))
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }
}
