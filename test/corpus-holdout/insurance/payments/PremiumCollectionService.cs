using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Northwind.Insurance.Payments;

public interface IAchGateway
{
    Task<string> DebitAsync(string routingNumber, string accountNumber, decimal amount, CancellationToken ct); // trap: method parameters, not stored fields
}

public sealed class PremiumCollectionService
{
    private readonly PaymentsDbContext _db;
    private readonly IAchGateway _gateway;
    private readonly ILogger<PremiumCollectionService> _logger;

    public PremiumCollectionService(PaymentsDbContext db, IAchGateway gateway, ILogger<PremiumCollectionService> logger)
    {
        _db = db;
        _gateway = gateway;
        _logger = logger;
    }

    public async Task CollectAsync(PremiumPayment payment, CancellationToken ct)
    {
        var method = await _db.PaymentMethods.SingleAsync(m => m.Id == payment.PaymentMethodId, ct);
        _logger.LogInformation("Collecting premium from {AccountHolderName}", method.AccountHolderName); // expect: personal-data-in-log user.name

        if (method.Type == PaymentMethodType.Card)
        {
            _logger.LogDebug("Charging card on file ending {Last4}", method.CardLast4); // expect: personal-data-in-log user.financial.credit_card
            return;
        }

        try
        {
            payment.ProcessorReference = await _gateway.DebitAsync(method.RoutingNumber!, method.BankAccountNumber!, payment.Amount, ct);
            payment.Status = PaymentStatus.Settled;
            payment.SettledAt = DateTimeOffset.UtcNow;
            _logger.LogInformation("Payment {PaymentId} settled for policy {PolicyId}", payment.Id, payment.PolicyId); // trap: surrogate ids only
        }
        catch (Exception ex)
        {
            payment.Status = PaymentStatus.Failed;
            _logger.LogWarning(ex, "ACH debit failed for account {Account}", method.BankAccountNumber); // expect: personal-data-in-log user.financial.bank_account
        }

        await _db.SaveChangesAsync(ct);
    }
}
