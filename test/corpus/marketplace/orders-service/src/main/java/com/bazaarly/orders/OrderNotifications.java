package com.bazaarly.orders;

import com.amazonaws.services.s3.AmazonS3;
import com.amazonaws.services.s3.model.CannedAccessControlList;
import com.amazonaws.services.s3.model.PutObjectRequest;
import com.mixpanel.mixpanelapi.ClientDelivery;
import com.mixpanel.mixpanelapi.MessageBuilder;
import com.mixpanel.mixpanelapi.MixpanelAPI;
import io.jsonwebtoken.Jwts;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.io.File;
import java.io.IOException;
import java.security.PrivateKey;
import java.util.Map;
import org.json.JSONObject;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;

@Service
public class OrderNotifications {

    private static final String CARRIER_API = "https://api.parcelroute.eu/v2";

    private final MessageBuilder mixpanel;
    private final MixpanelAPI mixpanelApi = new MixpanelAPI();
    private final RestTemplate http;
    private final AmazonS3 s3;
    private final PrivateKey signingKey;

    public OrderNotifications(MessageBuilder mixpanel, RestTemplate http, AmazonS3 s3, PrivateKey signingKey) {
        this.mixpanel = mixpanel;
        this.http = http;
        this.s3 = s3;
        this.signingKey = signingKey;
    }

    public void orderPlaced(Order order) throws IOException {
        ClientDelivery delivery = new ClientDelivery();
        delivery.addMessage(mixpanel.event(order.getBuyerId(), "Order Placed",
                new JSONObject().put("totalCents", order.getTotalCents()).put("items", order.getItemCount()))); // trap: totals and counts only
        delivery.addMessage(mixpanel.set(order.getBuyerId(),
                new JSONObject().put("$email", order.getBuyerEmail()).put("$name", order.getRecipientName()))); // expect: personal-data-to-third-party user.contact.email
        mixpanelApi.deliver(delivery);
    }

    public String quoteDelivery(Order order) {
        return http.getForObject(CARRIER_API + "/quotes?postcode={postcode}&weight={grams}", String.class,
                order.getShippingAddress().postcode(), order.getWeightGrams()); // expect: personal-data-in-url user.contact.address.postal_code
    }

    public String trackingStatus(Order order) {
        return http.getForObject(CARRIER_API + "/parcels/{trackingNumber}", String.class, order.getTrackingNumber()); // trap: carrier tracking number, not personal data
    }

    public String createShipment(Order order) {
        return http.postForObject(CARRIER_API + "/shipments", Map.of("recipient", order.getRecipientName(), "phone", order.getRecipientPhone()), String.class); // trap: personal data in the request body, not the URL
    }

    public void bookCourier(Order order) {
        String url = CARRIER_API + "/pickups?name=" + order.getRecipientName() + "&phone=" + order.getRecipientPhone();
        http.postForLocation(url, null); // expect: personal-data-in-url user.name
    }

    public String guestTrackingToken(Order order) {
        return Jwts.builder()
                .subject(order.getNumber())
                .claims(Map.of("email", order.getBuyerEmail(), "postcode", order.getShippingAddress().postcode())) // expect: personal-data-in-client-storage user.contact.email
                .signWith(signingKey)
                .compact();
    }

    public void rememberRecipient(HttpServletResponse response, Order order) {
        Cookie phone = new Cookie("recipient_phone", order.getRecipientPhone()); // expect: personal-data-in-client-storage user.contact.phone_number
        phone.setSecure(true);
        phone.setHttpOnly(true);
        phone.setAttribute("SameSite", "Lax");
        response.addCookie(phone);

        Cookie step = new Cookie("checkout_step", "shipping"); // trap: checkout step name, not personal data
        step.setSecure(true);
        step.setHttpOnly(true);
        step.setAttribute("SameSite", "Lax");
        response.addCookie(step);
    }

    public void publishPackingSlip(Order order, File pdf) {
        s3.putObject(new PutObjectRequest("bazaarly-packing-slips", order.getNumber() + ".pdf", pdf)
                .withCannedAcl(CannedAccessControlList.PublicRead)); // expect: public-data-store
    }

    public void archivePackingSlip(Order order, File pdf) {
        s3.putObject(new PutObjectRequest("bazaarly-archive", order.getNumber() + ".pdf", pdf)
                .withCannedAcl(CannedAccessControlList.Private)); // trap: private object ACL
    }

    public void openDropshipBucket() {
        s3.setBucketAcl("bazaarly-dropship-manifests", CannedAccessControlList.PublicReadWrite); // expect: public-data-store
    }
}
