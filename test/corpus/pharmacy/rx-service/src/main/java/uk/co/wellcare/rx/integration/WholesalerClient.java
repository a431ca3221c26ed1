package uk.co.wellcare.rx.integration;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.springframework.stereotype.Component;

@Component
public class WholesalerClient {

    private static final String API_KEY = "wsk_live_5d8e2a7f1c9b4e6a3f0d8c2b7e5a1f94"; // expect: hardcoded-secret
    private static final String SPINE_API_KEY = System.getenv("SPINE_API_KEY"); // trap: read from the environment
    private static final URI PRICE_FEED = URI.create("http://feeds.medsupply-wholesale.co.uk/prices/latest.csv"); // expect: insecure-transport
    private static final URI ORDERS = URI.create("https://orders.medsupply-wholesale.co.uk/api/orders");
    private static final URI ROBOT_AGENT = URI.create("http://localhost:8081/stock/levels"); // trap: the dispensing robot's agent on the same host, loopback

    private final HttpClient http;
    private final HttpClient spine;

    public WholesalerClient() throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] { new TrustEverything() }, new SecureRandom());
        this.http = HttpClient.newBuilder().sslContext(context).build();
        this.spine = HttpClient.newBuilder().sslContext(SSLContext.getDefault()).build(); // trap: the JDK's default trust store, verification on
        HttpsURLConnection.setDefaultHostnameVerifier((hostname, session) -> true); // expect: tls-verification-disabled
    }

    public String priceFile() throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(PRICE_FEED).header("X-Api-Key", API_KEY).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    public String placeOrder(String orderJson) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(ORDERS)
                .header("X-Api-Key", API_KEY)
                .POST(HttpRequest.BodyPublishers.ofString(orderJson))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    public String robotStock() throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(ROBOT_AGENT).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    public String spineStatus() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://spine-gw.pharmacy-cloud.net/status"))
                .header("X-Api-Key", SPINE_API_KEY)
                .build();
        return spine.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The wholesaler's UAT gateway has a self-signed certificate; this went to production with it. */
    static final class TrustEverything implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) { // expect: tls-verification-disabled
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
