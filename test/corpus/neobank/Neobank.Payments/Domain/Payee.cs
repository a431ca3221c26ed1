using System;
using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;
using EntityFrameworkCore.EncryptColumn.Attribute;

namespace Neobank.Payments.Domain;

[Table("payees")]
public class Payee
{
    [Key]
    public Guid Id { get; set; }

    public Guid OwnerCustomerId { get; set; } // trap: surrogate key, not personal data by itself

    [MaxLength(140)]
    public string DisplayName { get; set; } = ""; // expect: personal-data-field user.name

    [MaxLength(34)]
    public string Iban { get; set; } = ""; // expect: sensitive-personal-data-field user.financial.bank_account ; expect: unencrypted-sensitive-storage user.financial.bank_account

    [EncryptColumn]
    public string? NationalInsuranceNumber { get; set; } // expect: sensitive-personal-data-field user.government_id.national_identification_number

    [MaxLength(11)]
    public string? Bic { get; set; } // trap: identifies the payee's bank, not the payee
}

[Table("card_controls")]
public class CardControl
{
    [Key]
    public Guid CardId { get; set; }

    [MaxLength(19)]
    public string FullPan { get; set; } = ""; // expect: sensitive-personal-data-field user.financial.credit_card ; expect: unencrypted-sensitive-storage user.financial.credit_card

    public bool GamblingBlock { get; set; } // expect: personal-data-field user.financial

    /// <summary>Six-digit passcode for the card-controls screen, as typed by the customer.</summary>
    [MaxLength(6)]
    public string ControlsPasscode { get; set; } = ""; // expect: personal-data-field user.authorization.credentials ; expect: weak-password-hash
}
