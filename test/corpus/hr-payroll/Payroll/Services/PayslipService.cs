using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Acme.Payroll.Data;
using Acme.Payroll.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Acme.Payroll.Services;

public interface IPayslipMailer
{
    Task SendAsync(string to, string subject, byte[] pdf, CancellationToken ct);
}

public class PayslipService
{
    private readonly PayrollDbContext _db;
    private readonly IPayslipMailer _mailer;
    private readonly ILogger<PayslipService> _logger;

    public PayslipService(PayrollDbContext db, IPayslipMailer mailer, ILogger<PayslipService> logger)
    {
        _db = db;
        _mailer = mailer;
        _logger = logger;
    }

    public async Task RunAsync(DateOnly periodEnd, CancellationToken ct)
    {
        var profiles = await _db.PayrollProfiles.Include(p => p.Payslips).ToListAsync(ct);
        var emailCount = 0;
        foreach (var profile in profiles)
        {
            var slip = profile.Payslips.SingleOrDefault(s => s.PeriodEnd == periodEnd);
            if (slip is null)
            {
                _logger.LogWarning("No payslip for {Employee} in period ending {PeriodEnd}", profile.LegalName, periodEnd); // expect: personal-data-in-log user.name
                continue;
            }

            _logger.LogDebug("Net pay {NetPay} for profile {ProfileId}", slip.NetPay, profile.Id); // expect: personal-data-in-log user.financial
            try
            {
                await _mailer.SendAsync(profile.PayslipEmail, $"Payslip {periodEnd:yyyy-MM}", Render(slip), ct);
                emailCount++;
            }
            catch (Exception ex)
            {
                _logger.LogError(ex, "Could not email payslip to {Email}", profile.PayslipEmail); // expect: personal-data-in-log user.contact.email
            }
        }

        _logger.LogInformation("Payslip run for {PeriodEnd} sent {EmailCount} emails", periodEnd, emailCount); // trap: a count of emails sent, not an address
    }

    public async Task ApplyBankChangeAsync(BankChangeRequest request, CancellationToken ct)
    {
        _logger.LogInformation("Bank change requested: {@Request}", request); // expect: personal-data-in-log user.financial.bank_account
        var profile = await _db.PayrollProfiles.SingleAsync(p => p.Id == request.PayrollProfileId, ct);
        profile.BankAccountNumber = request.NewAccountNumber;
        await _db.SaveChangesAsync(ct);
        _logger.LogInformation("Bank details updated for SSN {Ssn}", profile.SocialSecurityNumber); // expect: personal-data-in-log user.government_id.national_identification_number.us_ssn
    }

    private static byte[] Render(Payslip slip) => Array.Empty<byte>();
}
