package com.bazaarly.orders;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.annotation.Secured;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Guest checkout: buyers without an account track their order with the order number. */
@RestController
public class GuestOrderController {

    private final OrderService orders;

    public GuestOrderController(OrderService orders) {
        this.orders = orders;
    }

    public record TrackRequest(String orderNumber, String email) { // expect: personal-data-field user.contact.email
    }

    @CrossOrigin(origins = "*") // expect: permissive-cors
    @PostMapping("/guest/orders/track") // expect: unauthenticated-personal-data-route user.contact.email
    public ResponseEntity<?> track(@RequestBody TrackRequest request) {
        Order order = orders.findByNumber(request.orderNumber()).orElse(null);
        if (order == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "No order " + request.orderNumber() + " for " + request.email())); // expect: personal-data-in-error user.contact.email
        }
        return ResponseEntity.ok(Map.of("status", order.getStatus(), "shipTo", order.getShippingAddress()));
    }

    @GetMapping("/guest/orders/{number}/label") // expect: unauthenticated-personal-data-route user.name
    public Map<String, String> label(@PathVariable String number) {
        Order order = orders.findByNumber(number).orElseThrow();
        return Map.of("name", order.getRecipientName(), "address", order.getShippingAddress().line1());
    }

    @GetMapping("/guest/shipping-options") // trap: shipping prices per country, no personal data
    public Map<String, Integer> shippingOptions(@RequestParam String country) {
        return orders.shippingOptions(country);
    }

    @Secured("ROLE_SUPPORT")
    @PostMapping("/guest/orders/{number}/resend-confirmation") // trap: guarded by @Secured
    public ResponseEntity<Void> resend(@PathVariable String number, @RequestBody Map<String, String> body) {
        orders.resendConfirmation(number, body.get("email"));
        return ResponseEntity.accepted().build();
    }
}
