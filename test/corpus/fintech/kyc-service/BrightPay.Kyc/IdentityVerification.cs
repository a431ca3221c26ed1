using System;
using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;
using Microsoft.EntityFrameworkCore;

namespace BrightPay.Kyc;

public enum VerificationOutcome { Pending, Passed, Failed, ManualReview }

[Table("identity_verifications")]
[Index(nameof(CustomerId))]
public class IdentityVerification
{
    [Key]
    public Guid Id { get; set; }

    [Column("customer_id")]
    public Guid CustomerId { get; set; } // trap: surrogate key, not personal data by itself

    [Column("document_type")]
    public string DocumentType { get; set; } = "passport";

    [Column("passport_number")]
    [StringLength(20)]
    public string? PassportNumber { get; set; } // expect: sensitive-personal-data-field user.government_id.passport_number ; expect: unencrypted-sensitive-storage user.government_id.passport_number

    [Column("nric")]
    [RegularExpression("^[STFGM][0-9]{7}[A-Z]$")]
    public string? Nric { get; set; } // expect: sensitive-personal-data-field user.government_id.national_identification_number.sg_nric_fin ; expect: unencrypted-sensitive-storage user.government_id.national_identification_number.sg_nric_fin

    [Column("hkid")]
    public string? HongKongIdNumber { get; set; } // expect: sensitive-personal-data-field user.government_id.national_identification_number.hk_identity_card ; expect: unencrypted-sensitive-storage user.government_id.national_identification_number.hk_identity_card

    [Column("drivers_licence_no")]
    public string? DriversLicenceNumber { get; set; } // expect: sensitive-personal-data-field user.government_id.drivers_license_number ; expect: unencrypted-sensitive-storage user.government_id.drivers_license_number

    [Column("name_on_document")]
    public string NameOnDocument { get; set; } = ""; // expect: personal-data-field user.name

    [Column("document_birth_date")]
    public DateOnly? DocumentBirthDate { get; set; } // expect: personal-data-field user.demographic.date_of_birth

    [Column("selfie_face_vector")]
    public byte[]? SelfieFaceVector { get; set; } // expect: sensitive-personal-data-field user.biometric ; expect: unencrypted-sensitive-storage user.biometric

    [Column("geo_latitude")]
    public double? CaptureLatitude { get; set; } // expect: sensitive-personal-data-field user.location.precise ; expect: unencrypted-sensitive-storage user.location.precise

    [Column("geo_longitude")]
    public double? CaptureLongitude { get; set; } // expect: sensitive-personal-data-field user.location.precise ; expect: unencrypted-sensitive-storage user.location.precise

    [Column("vendor_name")]
    public string VendorName { get; set; } = "Onfido"; // trap: the KYC vendor's company name

    [Column("vendor_callback_host_name")]
    public string? VendorCallbackHostName { get; set; } // trap: a server's host name, not a person's name

    public VerificationOutcome Outcome { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

public record ManualReviewNote(
    Guid VerificationId,
    [property: Required] string ReviewerEmail, // expect: personal-data-field user.contact.email
    [property: Required, MaxLength(2000)] string Note, // expect: personal-data-field user.content.private
    bool EscalateToMlro);

public class KycDbContext : DbContext
{
    public KycDbContext(DbContextOptions<KycDbContext> options) : base(options) { }

    public DbSet<IdentityVerification> Verifications => Set<IdentityVerification>();
}
