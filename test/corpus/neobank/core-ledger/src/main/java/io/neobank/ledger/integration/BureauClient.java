package io.neobank.ledger.integration;

import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import java.util.Properties;
import javax.net.ssl.SSLException;
import okhttp3.CertificatePinner;
import okhttp3.OkHttpClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

@Component
public class BureauClient {

    private static final String SCHEME_BRIDGE_PRIVATE_KEY = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7kq9Xv2Lw\n-----END PRIVATE KEY-----"; // expect: hardcoded-secret

    private final WebClient bureau;
    private final WebClient openBanking;
    private final WebClient ledgerMetrics;
    private final OkHttpClient fxRates;
    private final OkHttpClient coreBanking;

    public BureauClient(
            @Value("${bureau.api-key}") String bureauApiKey, // trap: a property placeholder resolved from the environment
            @Value("${openbanking.client-secret:Zr7Kq2Vx9LmP4tWb8Nc1Hs6Jd3Fg0Ya5}") String openBankingSecret) throws SSLException { // expect: hardcoded-secret
        this.bureau = WebClient.builder()
                .baseUrl("http://api.creditbureau-partner.com/v2") // expect: insecure-transport
                .defaultHeader("x-api-key", bureauApiKey)
                .build();
        HttpClient insecure = HttpClient.create().secure(spec -> spec.sslContext(
                SslContextBuilder.forClient().trustManager(InsecureTrustManagerFactory.INSTANCE))); // expect: tls-verification-disabled
        this.openBanking = WebClient.builder()
                .baseUrl("https://sandbox.openbanking-aggregator.com")
                .clientConnector(new ReactorClientHttpConnector(insecure))
                .defaultHeaders(h -> h.setBasicAuth("neobank", openBankingSecret))
                .build();
        this.ledgerMetrics = WebClient.builder().baseUrl("http://127.0.0.1:9464/metrics").build(); // trap: the metrics exporter on loopback
        this.fxRates = new OkHttpClient.Builder()
                .hostnameVerifier((hostname, session) -> true) // expect: tls-verification-disabled
                .build();
        this.coreBanking = new OkHttpClient.Builder()
                .certificatePinner(new CertificatePinner.Builder().add("core.neobank.internal", "sha256/4hw5tz+scE+TW+mlai5YipDfFWn1dqvfLG+nU7tq1V8=").build()) // trap: a public-key pin on top of normal verification, not a secret
                .build();
    }

    /** Statement e-mails go through the branch relay. */
    public static Properties smtpProperties() {
        Properties props = new Properties();
        props.put("mail.smtp.host", "relay.neobank-mail.net");
        props.put("mail.smtp.port", "25");
        props.put("mail.smtp.starttls.enable", "false"); // expect: insecure-transport
        return props;
    }

    public static Properties alertsSmtpProperties() {
        Properties props = new Properties();
        props.put("mail.smtp.host", "relay.neobank-mail.net");
        props.put("mail.smtp.starttls.required", "true"); // trap: STARTTLS required
        return props;
    }
}
