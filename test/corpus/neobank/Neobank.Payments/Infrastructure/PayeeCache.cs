using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Extensions.Caching.Distributed;
using Neobank.Payments.Domain;

namespace Neobank.Payments.Infrastructure;

public sealed class PayeeCache
{
    private readonly IDistributedCache _cache;
    private readonly string _exportDirectory;

    public PayeeCache(IDistributedCache cache, string exportDirectory)
    {
        _cache = cache;
        _exportDirectory = exportDirectory;
    }

    /// <summary>The transfer screen suggests the last payee; Redis keeps it for 30 days.</summary>
    public Task RememberLastPayeeAsync(Guid customerId, Payee payee) =>
        _cache.SetStringAsync($"last-payee:{customerId}", payee.Iban, // expect: unencrypted-sensitive-storage user.financial.bank_account
            new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromDays(30) });

    /// <summary>Bulk-payment file collected by the agency banking partner at 18:00.</summary>
    public Task AppendToBulkFileAsync(Payee payee, long amountMinor) =>
        File.AppendAllTextAsync(Path.Combine(_exportDirectory, $"bulk-{DateTime.UtcNow:yyyyMMdd}.csv"),
            $"{payee.Iban},{amountMinor}\n"); // expect: unencrypted-sensitive-storage user.financial.bank_account

    public Task RememberTransferCountAsync(Guid customerId, int count) =>
        _cache.SetStringAsync($"transfers:{customerId}", count.ToString()); // trap: a counter keyed by a surrogate id
}
