package com.ridehail.payments;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
public class PayoutService {

    private static final Logger log = LoggerFactory.getLogger(PayoutService.class);

    /** Weekly payout instruction sent to the bank adapter. */
    public record PayoutInstruction(
            UUID driverId, // trap: surrogate key, not personal data by itself
            @NotBlank String accountHolderName, // expect: personal-data-field user.name
            @NotBlank String iban, // expect: sensitive-personal-data-field user.financial.bank_account
            @Positive long amountCents,
            String currency) {
    }

    private final DriverPayoutAccountRepository accounts;
    private final BankAdapter bank;

    public PayoutService(DriverPayoutAccountRepository accounts, BankAdapter bank) {
        this.accounts = accounts;
        this.bank = bank;
    }

    public void payOut(UUID driverId, long amountCents) {
        DriverPayoutAccount account = accounts.findById(driverId).orElseThrow();
        log.debug("Loaded payout account {}", account); // expect: personal-data-in-log user.financial.bank_account
        PayoutInstruction instruction = new PayoutInstruction(driverId, "", account.getIban(), amountCents, "SGD");
        send(instruction);
    }

    void send(@Valid PayoutInstruction instruction) {
        log.info("Paying {} cents to driver {}", instruction.amountCents(), instruction.driverId()); // trap: logs an amount and a surrogate key only
        log.info("Payout IBAN {}", instruction.iban()); // expect: personal-data-in-log user.financial.bank_account
        try {
            bank.transfer(instruction);
        } catch (BankRejectedException e) {
            log.error("Bank rejected payout for {}: {}", instruction.accountHolderName(), e.getMessage()); // expect: personal-data-in-log user.name
        }
    }
}
