<?php

declare(strict_types=1);

namespace Neobank\MerchantPortal\Export;

use Neobank\MerchantPortal\Entity\Merchant;
use Redis;

final class SettlementExport
{
    public function __construct(private Redis $redis, private string $exportDir)
    {
    }

    /** Appends the merchant to tonight's settlement file, collected by the bank's batch job. */
    public function append(Merchant $merchant, int $amountMinor): void
    {
        file_put_contents(
            $this->exportDir . '/settlement-' . date('Ymd') . '.csv',
            $merchant->getSettlementIban() . ',' . $amountMinor . PHP_EOL, // expect: unencrypted-sensitive-storage user.financial.bank_account
            FILE_APPEND | LOCK_EX
        );
    }

    /** The KYC analyst's screen reads the passport number from Redis for 24 hours. */
    public function stageForKycReview(int $merchantId, Merchant $merchant): void
    {
        $this->redis->setex("kyc:merchant:$merchantId", 86400, (string) $merchant->getDirectorPassportNumber()); // expect: unencrypted-sensitive-storage user.government_id.passport_number
        $this->redis->incr('kyc:pending'); // trap: a counter, no personal data
    }
}
