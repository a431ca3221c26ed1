package com.bazaarly.orders;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/orders")
@RolesAllowed("BUYER")
@CrossOrigin(origins = {"https://bazaarly.com", "https://m.bazaarly.com"}) // trap: explicit allow-list of origins
public class OrderController {

    private final OrderService orders;

    public OrderController(OrderService orders) {
        this.orders = orders;
    }

    @GetMapping // trap: controller guarded by @RolesAllowed
    public List<OrderSummary> mine(java.security.Principal principal) {
        return orders.forBuyer(principal.getName());
    }

    @GetMapping("/{id}") // trap: controller guarded by @RolesAllowed
    public Order get(@PathVariable String id, java.security.Principal principal) {
        return orders.findForBuyer(id, principal.getName())
                .orElseThrow(() -> new OrderNotFoundException("Order " + id + " not found")); // trap: opaque order id only
    }

    @PostMapping("/{id}/delivery-address") // trap: controller guarded by @RolesAllowed
    public ResponseEntity<Void> changeAddress(@PathVariable String id, @RequestBody ShippingAddress address) {
        if (!orders.canChangeAddress(id)) {
            throw new IllegalStateException("Order already shipped; cannot deliver to " + address.line1() + ", " + address.postcode()); // expect: personal-data-in-error user.contact.address
        }
        orders.changeAddress(id, address);
        return ResponseEntity.noContent().build();
    }
}
