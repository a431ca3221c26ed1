package io.neobank.ledger.payouts;

import java.time.Duration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Service;

/** Hands approved payouts to the payment-rail workers and caches the last destination per customer. */
@Service
public class PayoutPublisher {

    private final KafkaTemplate<String, String> kafka;
    private final StringRedisTemplate redis;

    public PayoutPublisher(KafkaTemplate<String, String> kafka, StringRedisTemplate redis) {
        this.kafka = kafka;
        this.redis = redis;
    }

    public void publish(Payout payout) {
        kafka.send("payouts.approved", payout.id().toString(),
                payout.destinationIban()); // expect: unencrypted-sensitive-storage user.financial.bank_account
        redis.opsForValue().set("last-destination:" + payout.customerId(),
                payout.destinationIban(), Duration.ofDays(30)); // expect: unencrypted-sensitive-storage user.financial.bank_account
        redis.opsForValue().increment("payouts:count:" + payout.customerId()); // trap: a counter keyed by a surrogate id
    }

    public interface Payout {
        java.util.UUID id();
        java.util.UUID customerId();
        String destinationIban();
    }
}
