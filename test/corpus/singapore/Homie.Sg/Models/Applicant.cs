using System;
using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;
using Microsoft.EntityFrameworkCore;

namespace Homie.Sg.Models;

/// <summary>Rental applicant screened by the landlord portal.</summary>
[Index(nameof(NricFin), IsUnique = true)] // trap: index attribute referencing the column declared below
public class Applicant
{
    public const string PostalCodePattern = @"^\d{6}$"; // trap: validation pattern, not a postal code

    public int Id { get; set; }

    [Required, RegularExpression(@"^[STFGM]\d{7}[A-Z]$")]
    [Column("nric_fin")] public string NricFin { get; set; } = ""; // expect: sensitive-personal-data-field user.government_id.national_identification_number.sg_nric_fin ; expect: unencrypted-sensitive-storage user.government_id.national_identification_number.sg_nric_fin

    [Required, StringLength(120)]
    public string FullName { get; set; } = ""; // expect: personal-data-field user.name

    [Column("race")] public string? Race { get; set; } // expect: sensitive-personal-data-field user.demographic.race_ethnicity ; expect: unencrypted-sensitive-storage user.demographic.race_ethnicity

    [Phone, Column("mobile_sg")] public string MobileNumber { get; set; } = ""; // expect: personal-data-field user.contact.phone_number

    [EmailAddress] public string? Email { get; set; } // expect: personal-data-field user.contact.email

    [RegularExpression(PostalCodePattern)] // trap: validation attribute, the field is declared on a following line
    public string CurrentPostalCode { get; set; } = ""; // expect: personal-data-field user.contact.address.postal_code

    [Column("employment_pass_no")] public string? EmploymentPassNumber { get; set; } // expect: sensitive-personal-data-field user.government_id.immigration ; expect: unencrypted-sensitive-storage user.government_id.immigration

    [Column("employer")] public string? EmployerName { get; set; } // expect: personal-data-field user.workplace

    [Column("cpf_account_no")] public string? CpfAccountNumber { get; set; } // expect: sensitive-personal-data-field user.government_id.national_identification_number.sg_nric_fin ; expect: unencrypted-sensitive-storage user.government_id.national_identification_number.sg_nric_fin

    public bool IsPhoneVerified { get; set; } // trap: verification flag, not the number

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}

public record ApplicantSummary(
    int Id,
    string FullName, // expect: personal-data-field user.name
    string MaskedNric); // expect: sensitive-personal-data-field user.government_id.national_identification_number.sg_nric_fin
