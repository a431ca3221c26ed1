using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;

namespace Dating.Api.Models;

[Table("member_profiles")]
public class MemberProfile
{
    [Key]
    public Guid Id { get; set; }

    [Column("user_id")] public Guid UserId { get; set; } // trap: surrogate key, not personal data by itself

    [Required, MaxLength(60)]
    [Column("first_name")] public string FirstName { get; set; } = ""; // expect: personal-data-field user.name.first

    [Column("date_of_birth", TypeName = "date")] public DateOnly DateOfBirth { get; set; } // expect: personal-data-field user.demographic.date_of_birth

    [EmailAddress] // trap: validation attribute, the field is declared on a following line
    [Column("email")] public string Email { get; set; } = ""; // expect: personal-data-field user.contact.email

    [Phone] // trap: validation attribute, the field is declared on a following line
    [Column("mobile")] public string? Mobile { get; set; } // expect: personal-data-field user.contact.phone_number

    [Column("sexual_orientation")] public string? SexualOrientation { get; set; } // expect: sensitive-personal-data-field user.demographic.sexual_orientation ; expect: unencrypted-sensitive-storage user.demographic.sexual_orientation

    [Column("religion")] public string? Religion { get; set; } // expect: sensitive-personal-data-field user.demographic.religious_belief ; expect: unencrypted-sensitive-storage user.demographic.religious_belief

    [Column("political_affiliation")] public string? PoliticalAffiliation { get; set; } // expect: sensitive-personal-data-field user.demographic.political_opinion ; expect: unencrypted-sensitive-storage user.demographic.political_opinion

    [Column("ethnicity")] public string? Ethnicity { get; set; } // expect: sensitive-personal-data-field user.demographic.race_ethnicity ; expect: unencrypted-sensitive-storage user.demographic.race_ethnicity

    [Column("home_lat")] public double? HomeLatitude { get; set; } // expect: sensitive-personal-data-field user.location.precise ; expect: unencrypted-sensitive-storage user.location.precise

    [Column("home_lng")] public double? HomeLongitude { get; set; } // expect: sensitive-personal-data-field user.location.precise ; expect: unencrypted-sensitive-storage user.location.precise

    [Column("match_count")] public int MatchCount { get; set; } // trap: counter, not a match partner's data

    [Column("password_hash")] public string PasswordHash { get; set; } = ""; // trap: hash, not the plaintext

    public List<FaceTemplate> FaceTemplates { get; set; } = new(); // expect: sensitive-personal-data-field user.biometric
}

[Table("face_templates")]
public class FaceTemplate
{
    public long Id { get; set; }

    public Guid MemberProfileId { get; set; }

    [Column("embedding", TypeName = "bytea")] public byte[] Embedding { get; set; } = Array.Empty<byte>(); // expect: sensitive-personal-data-field user.biometric ; expect: unencrypted-sensitive-storage user.biometric

    [Column("model_version")] public string ModelVersion { get; set; } = "arcface-r100-v2";

    public DateTimeOffset CapturedAt { get; set; }
}

/// <summary>Returned by GET /profiles/{id} to other members.</summary>
public sealed record PublicProfileDto(
    Guid Id,
    string FirstName, // expect: personal-data-field user.name.first
    int Age, // expect: personal-data-field user.demographic.age_range
    IReadOnlyList<string> PhotoUrls, // expect: personal-data-field user.content.self_image
    double DistanceKm); // expect: personal-data-field user.location.imprecise
