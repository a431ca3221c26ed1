using System;
using System.Net;
using System.Net.Http;
using System.Net.Security;
using System.Net.Mail;
using Microsoft.Extensions.Configuration;

namespace Wellcare.Pos.Integration;

public sealed class WholesalerClient
{
    private const string ApiKey = "wsk_live_a3f8c1e6b9d24f7a0e5c8b3d6f1a9e27"; // expect: hardcoded-secret
    private const string SpineThumbprint = "3B1E7F0A9C4D2E6B8F5A1C7D3E9B0F4A6C2D8E1B"; // trap: a certificate thumbprint is public, not a secret

    private readonly HttpClient _orders;
    private readonly HttpClient _prices;
    private readonly HttpClient _spine;
    private readonly HttpClient _robot;

    public WholesalerClient(IConfiguration configuration)
    {
        _orders = new HttpClient(new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => true, // expect: tls-verification-disabled
        })
        { BaseAddress = new Uri("https://orders.medsupply-wholesale.co.uk/api/") };
        _orders.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);

        _prices = new HttpClient { BaseAddress = new Uri("http://feeds.medsupply-wholesale.co.uk/prices/") }; // expect: insecure-transport

        _spine = new HttpClient(new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (message, cert, chain, errors) =>
                errors == SslPolicyErrors.None && cert?.GetCertHashString() == SpineThumbprint, // trap: accepts only a valid chain with the pinned thumbprint
        })
        { BaseAddress = new Uri("https://spine-gw.pharmacy-cloud.net/") };
        _spine.DefaultRequestHeaders.Add("X-Api-Key", configuration["Spine:ApiKey"]); // trap: the key comes from configuration

        _robot = new HttpClient { BaseAddress = new Uri("http://localhost:8081/stock/") }; // trap: the dispensing robot's agent on loopback
    }

    /// <summary>The old card terminals' vendor API is reached through a proxy with a self-signed certificate.</summary>
    public static void TrustTerminalProxy()
    {
        ServicePointManager.ServerCertificateValidationCallback += (sender, cert, chain, errors) => true; // expect: tls-verification-disabled
    }

    public static SmtpClient StockAlertMailer() => new SmtpClient("smtp.wellcare-pharmacy.co.uk", 25) { EnableSsl = false }; // expect: insecure-transport
}
