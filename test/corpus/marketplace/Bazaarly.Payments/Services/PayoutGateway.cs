using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.Tokens;
using Segment;
using Segment.Model;
using Sentry;

namespace Bazaarly.Payments.Services;

public partial class PayoutGateway
{
    private readonly HttpClient _http;
    private readonly IAmazonS3 _s3;
    private readonly SigningCredentials _signing;

    public PayoutGateway(HttpClient http, IAmazonS3 s3, SigningCredentials signing)
    {
        _http = http;
        _s3 = s3;
        _signing = signing;
    }

    public async Task<bool> IsValidIbanAsync(string iban)
    {
        var url = QueryHelpers.AddQueryString("https://api.ibanvalidate.eu/v4/validate", "iban", iban);
        var response = await _http.GetAsync(url); // expect: personal-data-in-url user.financial.bank_account
        return response.IsSuccessStatusCode;
    }

    public async Task<string> ExchangeRateAsync(string currency)
    {
        return await _http.GetStringAsync($"https://api.fxfeed.eu/latest?base=EUR&symbols={currency}"); // trap: currency code in the URL, not personal data
    }

    public void PayoutSent(PayoutAccount account, long amountCents)
    {
        Analytics.Client.Track(account.SellerId, "Payout Sent", new Properties
        {
            { "amountCents", amountCents },
            { "holder", account.HolderName }, // expect: personal-data-to-third-party user.name
        });
        Analytics.Client.Track(account.SellerId, "Payout Batch Closed", new Properties { { "count", 1 } }); // trap: surrogate id and a count only
    }

    public void PayoutFailed(PayoutAccount account, Exception ex)
    {
        SentrySdk.ConfigureScope(scope => scope.User = new SentryUser { Email = account.SellerEmail }); // expect: personal-data-to-third-party user.contact.email
        SentrySdk.CaptureException(ex);
    }

    public string SellerToken(PayoutAccount account)
    {
        var token = new JwtSecurityToken(
            issuer: "bazaarly-payments",
            claims: new[] { new Claim(ClaimTypes.NameIdentifier, account.SellerId), new Claim(ClaimTypes.MobilePhone, account.Phone) }, // expect: personal-data-in-client-storage user.contact.phone_number
            expires: DateTime.UtcNow.AddHours(1),
            signingCredentials: _signing);
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    public string ServiceToken(string sellerId)
    {
        var token = new JwtSecurityToken(issuer: "bazaarly-payments", claims: new[] { new Claim(ClaimTypes.NameIdentifier, sellerId), new Claim(ClaimTypes.Role, "seller") }, signingCredentials: _signing); // trap: opaque id and a role only
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    public void RememberHolder(HttpResponse response, PayoutAccount account)
    {
        response.Cookies.Append("payout_holder", account.HolderName, new CookieOptions // expect: personal-data-in-client-storage user.name
        {
            Secure = true,
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
        });
    }

    public async Task PublishRemittanceAdviceAsync(PayoutAccount account, Stream pdf)
    {
        await _s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = "bazaarly-remittance-advice",
            Key = $"{account.SellerId}/{DateTime.UtcNow:yyyy-MM}.pdf",
            InputStream = pdf,
            CannedACL = S3CannedACL.PublicRead, // expect: public-data-store
        });
    }

    public async Task ArchiveRemittanceAdviceAsync(PayoutAccount account, Stream pdf)
    {
        await _s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = "bazaarly-finance-archive",
            Key = $"{account.SellerId}/{DateTime.UtcNow:yyyy-MM}.pdf",
            InputStream = pdf,
            CannedACL = S3CannedACL.Private, // trap: private object ACL
        });
    }

    /// <summary>The accounting firm's importer reads last year's statements without credentials.</summary>
    public Task OpenStatementsBucketAsync() =>
        _s3.PutBucketAclAsync(new PutBucketAclRequest { BucketName = "bazaarly-seller-statements-2023", CannedACL = S3CannedACL.PublicRead }); // expect: public-data-store

    public RedirectResult ToBankConsent(PayoutAccount account) =>
        new($"https://consent.openbanking-hub.eu/start?holder={Uri.EscapeDataString(account.HolderName)}&iban={account.Iban}"); // expect: personal-data-in-url user.name
}
