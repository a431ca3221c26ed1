using Acme.Payroll.Domain;
using Microsoft.EntityFrameworkCore;

namespace Acme.Payroll.Data;

public class PayrollDbContext : DbContext
{
    public PayrollDbContext(DbContextOptions<PayrollDbContext> options) : base(options) { }

    public DbSet<PayrollProfile> PayrollProfiles => Set<PayrollProfile>();
    public DbSet<Payslip> Payslips => Set<Payslip>();
    public DbSet<Bank> Banks => Set<Bank>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PayrollProfile>(e =>
        {
            e.HasIndex(p => p.EmployeeId).IsUnique();
            e.HasMany(p => p.Payslips).WithOne().HasForeignKey(s => s.PayrollProfileId);
        });
    }
}
