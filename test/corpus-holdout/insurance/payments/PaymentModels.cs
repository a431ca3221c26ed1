using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;

namespace Northwind.Insurance.Payments;

public enum PaymentMethodType
{
    Ach,
    Card,
    Check
}

public enum PaymentStatus
{
    Pending,
    Settled,
    Returned,
    Failed
}

public class PaymentMethod
{
    public Guid Id { get; set; }

    public Guid PolicyholderId { get; set; } // trap: surrogate foreign key

    public PaymentMethodType Type { get; set; }

    [MaxLength(140)]
    public string AccountHolderName { get; set; } = string.Empty; // expect: personal-data-field user.name

    [MaxLength(17)]
    public string? BankAccountNumber { get; set; } // expect: sensitive-personal-data-field user.financial.bank_account

    [MaxLength(9)]
    public string? RoutingNumber { get; set; } // trap: ABA number of the bank, not of the customer

    [MaxLength(80)]
    public string? BankName { get; set; } // trap: name of a financial institution

    [MaxLength(4)]
    public string? CardLast4 { get; set; } // expect: personal-data-field user.financial.credit_card

    [MaxLength(20)]
    public string? CardBrand { get; set; } // trap: card network such as Visa, not card data

    [MaxLength(10)]
    public string? BillingZip { get; set; } // expect: personal-data-field user.contact.address.postal_code

    public bool IsDefault { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<PremiumPayment> Payments { get; set; } = new();
}

public class PremiumPayment
{
    public Guid Id { get; set; }

    public Guid PolicyId { get; set; }

    public Guid PaymentMethodId { get; set; }

    public decimal Amount { get; set; }

    [MaxLength(3)]
    public string Currency { get; set; } = "USD";

    public PaymentStatus Status { get; set; }

    [MaxLength(64)]
    public string? ProcessorReference { get; set; } // trap: gateway transaction reference

    [MaxLength(8)]
    public string? AchReturnCode { get; set; }

    public DateTimeOffset? SettledAt { get; set; }

    public PaymentMethod? PaymentMethod { get; set; }
}

/// <summary>Remittance details printed on paper bills: the insurer's lockbox, not the customer's.</summary>
public class RemittanceSettings
{
    public int Id { get; set; }

    [MaxLength(140)]
    public string PayeeName { get; set; } = "Northwind Mutual Insurance Co."; // trap: the insurer's legal name

    [MaxLength(200)]
    public string LockboxAddress { get; set; } = string.Empty; // trap: the insurer's payment lockbox address

    [MaxLength(32)]
    public string BillingHotlinePhone { get; set; } = string.Empty; // trap: the insurer's customer-service line
}
