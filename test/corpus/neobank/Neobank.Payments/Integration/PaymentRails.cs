using System;
using System.Net.Http;
using System.Net.Mail;
using System.Net.Security;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Security.Authentication;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.Tokens;

namespace Neobank.Payments.Integration;

public sealed class PaymentRails
{
    public const string LedgerConnectionString =
        "Host=ledger-db.neobank.internal;Database=ledger;Username=payments;Password=Vq3!mZ8rLx2#Tk6w"; // expect: hardcoded-secret

    public static readonly SymmetricSecurityKey WebhookSigningKey =
        new(Encoding.UTF8.GetBytes("p9Xr2Kq7Lw4Zm1Vb8Nc5Hs3Jd6Fg0Ty2")); // expect: hardcoded-secret

    private readonly IConfiguration _configuration;

    public PaymentRails(IConfiguration configuration) => _configuration = configuration;

    public HttpClient FasterPayments() => new(new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator, // expect: tls-verification-disabled
    })
    { BaseAddress = new Uri("https://fps-gateway.payments-hub.net/") };

    public HttpClient OpenBanking() => new(new HttpClientHandler { SslProtocols = SslProtocols.Tls13, CheckCertificateRevocationList = true }) // trap: default certificate validation, plus revocation checks
    { BaseAddress = new Uri("https://api.openbanking-aggregator.com/") };

    public HttpClient Confirmations() => new() { BaseAddress = new Uri("http://cop.payments-hub.net/v1/") }; // expect: insecure-transport

    public async Task<ClientWebSocket> SchemeEventsAsync(CancellationToken ct)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri("ws://events.payments-hub.net/stream"), ct); // expect: insecure-transport
        return socket;
    }

    public async Task<SslStream> LegacySwitchAsync(CancellationToken ct)
    {
        var tcp = new TcpClient();
        await tcp.ConnectAsync("switch.payments-hub.net", 7443, ct);
        var ssl = new SslStream(tcp.GetStream(), false, (sender, cert, chain, errors) => true); // expect: tls-verification-disabled
        await ssl.AuthenticateAsClientAsync("switch.payments-hub.net");
        return ssl;
    }

    public HttpClient Sanctions() => new() { BaseAddress = new Uri(_configuration["Sanctions:BaseUrl"] ?? "https://screening.sanctions-check.com/") }; // trap: HTTPS, address from configuration

    public string BureauApiKey() => Environment.GetEnvironmentVariable("BUREAU_API_KEY") ?? ""; // trap: read from the environment

    public static SmtpClient StatementMailer() => new("relay.neobank-mail.net", 587) { EnableSsl = true }; // trap: TLS on

    public HttpClient Jaeger() => new() { BaseAddress = new Uri("http://127.0.0.1:14268/api/traces") }; // trap: the tracing agent on loopback
}
