<?php

declare(strict_types=1);

namespace Neobank\MerchantPortal\Entity;

use Doctrine\ORM\Mapping as ORM;

#[ORM\Entity]
#[ORM\Table(name: 'merchants')]
class Merchant
{
    #[ORM\Id, ORM\GeneratedValue, ORM\Column]
    private ?int $id = null;

    #[ORM\Column(length: 160)]
    private string $tradingName; // trap: the business's trading name, an organisation

    #[ORM\Column(length: 160)]
    private string $directorName; // expect: personal-data-field user.name

    #[ORM\Column(length: 34)]
    private string $settlementIban; // expect: sensitive-personal-data-field user.financial.bank_account ; expect: unencrypted-sensitive-storage user.financial.bank_account

    #[ORM\Column(length: 20, nullable: true)]
    private ?string $directorPassportNumber = null; // expect: sensitive-personal-data-field user.government_id.passport_number ; expect: unencrypted-sensitive-storage user.government_id.passport_number

    #[ORM\Column(type: 'encrypted_string', nullable: true)]
    private ?string $directorTaxId = null; // expect: sensitive-personal-data-field user.government_id.tax_id

    public function getSettlementIban(): string
    {
        return $this->settlementIban;
    }

    public function getDirectorPassportNumber(): ?string
    {
        return $this->directorPassportNumber;
    }
}
