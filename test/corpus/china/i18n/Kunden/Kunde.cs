using System;
using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace CrossBorder.I18n.Kunden;

/// <summary>Kunde (customer) in the DACH storefront.</summary>
[Table("kunden")]
public class Kunde
{
    public int Id { get; set; }

    [Required, StringLength(80)]
    public string Vorname { get; set; } = ""; // expect: personal-data-field user.name.first

    [Required, StringLength(80)]
    public string Nachname { get; set; } = ""; // expect: personal-data-field user.name.last

    [Column("geburtsdatum")] public DateOnly? Geburtsdatum { get; set; } // expect: personal-data-field user.demographic.date_of_birth

    [EmailAddress] public string EMail { get; set; } = ""; // expect: personal-data-field user.contact.email

    [Column("strasse")] public string Strasse { get; set; } = ""; // expect: personal-data-field user.contact.address.street

    [Column("hausnummer")] public string Hausnummer { get; set; } = ""; // expect: personal-data-field user.contact.address.street

    [RegularExpression(@"^\d{5}$")]
    [Column("plz")] public string PLZ { get; set; } = ""; // expect: personal-data-field user.contact.address.postal_code

    [Column("ort")] public string Ort { get; set; } = ""; // expect: personal-data-field user.contact.address.city

    [Column("steuer_id")] public string? SteuerId { get; set; } // expect: sensitive-personal-data-field user.government_id.tax_id ; expect: unencrypted-sensitive-storage user.government_id.tax_id

    [Column("iban")] public string? Iban { get; set; } // expect: sensitive-personal-data-field user.financial.bank_account ; expect: unencrypted-sensitive-storage user.financial.bank_account

    [Column("konfession")] public string? Konfession { get; set; } // expect: sensitive-personal-data-field user.demographic.religious_belief ; expect: unencrypted-sensitive-storage user.demographic.religious_belief
}

/// <summary>Client of the French storefront.</summary>
public record ClientFr(
    string Prenom, // expect: personal-data-field user.name.first
    string NomDeFamille, // expect: personal-data-field user.name.last
    string Courriel, // expect: personal-data-field user.contact.email
    DateOnly DateNaissance, // expect: personal-data-field user.demographic.date_of_birth
    string CodePostal, // expect: personal-data-field user.contact.address.postal_code
    string NumeroSecuriteSociale); // expect: sensitive-personal-data-field user.government_id.national_identification_number

public class KundenService
{
    private readonly ILogger<KundenService> _logger;

    public string PlzFormat { get; } = @"^\d{5}$"; // trap: validation pattern, not a postal code

    public KundenService(ILogger<KundenService> logger) => _logger = logger;

    public Task RegistriereAsync(Kunde kunde)
    {
        _logger.LogInformation("Kunde {Id} registriert", kunde.Id); // trap: logs the surrogate key only
        _logger.LogDebug("Neuer Kunde {Vorname} {Nachname}, {Strasse}, {PLZ}", kunde.Vorname, kunde.Nachname, kunde.Strasse, kunde.PLZ); // expect: personal-data-in-log user.name ; expect: personal-data-in-log user.contact.address
        return Task.CompletedTask;
    }

    public Task InscrireAsync(ClientFr client)
    {
        _logger.LogInformation("Nouveau client {Courriel}", client.Courriel); // expect: personal-data-in-log user.contact.email
        return Task.CompletedTask;
    }
}
