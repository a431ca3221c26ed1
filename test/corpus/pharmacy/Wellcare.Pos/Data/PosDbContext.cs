using System;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Wellcare.Pos.Data;

public class OverTheCounterSale
{
    public long Id { get; set; }
    public long? LoyaltyCustomerId { get; set; } // trap: surrogate key, not personal data by itself
    public string ProductCode { get; set; } = ""; // trap: a product code from the drug dictionary, not about a person
    public string? PharmacyOnlyMedicine { get; set; } // expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical
    public string? SymptomsDiscussed { get; set; } // expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical
    public string? EmergencyContraceptionConsultation { get; set; } // expect: sensitive-personal-data-field user.health_and_medical
    public DateTimeOffset SoldAt { get; set; }
}

public class PosDbContext : DbContext
{
    private readonly ValueConverter<string?, string?> _encrypt;

    public PosDbContext(DbContextOptions<PosDbContext> options, IFieldEncryptor encryptor) : base(options)
    {
        _encrypt = new ValueConverter<string?, string?>(v => encryptor.Encrypt(v), v => encryptor.Decrypt(v));
    }

    public DbSet<OverTheCounterSale> Sales => Set<OverTheCounterSale>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OverTheCounterSale>()
            .Property(s => s.EmergencyContraceptionConsultation) // trap: configures the column declared above, not a new field
            .HasConversion(_encrypt);
    }
}

public interface IFieldEncryptor
{
    string? Encrypt(string? plaintext);
    string? Decrypt(string? ciphertext);
}
