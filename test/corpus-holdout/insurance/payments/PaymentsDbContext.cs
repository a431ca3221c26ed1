using Microsoft.EntityFrameworkCore;

namespace Northwind.Insurance.Payments;

public class PaymentsDbContext : DbContext
{
    public PaymentsDbContext(DbContextOptions<PaymentsDbContext> options) : base(options)
    {
    }

    public DbSet<PaymentMethod> PaymentMethods => Set<PaymentMethod>();

    public DbSet<PremiumPayment> PremiumPayments => Set<PremiumPayment>();

    public DbSet<RemittanceSettings> RemittanceSettings => Set<RemittanceSettings>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PaymentMethod>(e =>
        {
            e.ToTable("payment_methods");
            e.HasKey(p => p.Id);
            e.HasIndex(p => p.PolicyholderId);
            e.Property(p => p.AccountHolderName).IsRequired(); // trap: configures a property declared in PaymentMethod
            e.Property(p => p.BankAccountNumber).HasColumnName("bank_account_number"); // trap: configures a property declared in PaymentMethod
            e.Property(p => p.Type).HasConversion<string>();
        });

        modelBuilder.Entity<PremiumPayment>(e =>
        {
            e.ToTable("premium_payments");
            e.Property(p => p.Amount).HasPrecision(12, 2);
            e.Property(p => p.Status).HasConversion<string>();
            e.HasOne(p => p.PaymentMethod).WithMany(m => m.Payments).HasForeignKey(p => p.PaymentMethodId);
        });
    }
}
