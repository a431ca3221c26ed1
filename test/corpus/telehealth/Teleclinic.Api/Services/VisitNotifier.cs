using System.IdentityModel.Tokens.Jwt;
using System.Net.Http.Json;
using System.Security.Claims;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;
using OpenAI.Chat;
using Segment;
using Segment.Model;
using Sentry;
using Teleclinic.Api.Data;

namespace Teleclinic.Api.Services;

public class VisitNotifier
{
    private readonly HttpClient _http;
    private readonly ChatClient _chat;
    private readonly BlobServiceClient _blobs;
    private readonly SigningCredentials _signing;
    private readonly string _slackWebhookUrl;

    public VisitNotifier(HttpClient http, ChatClient chat, BlobServiceClient blobs, SigningCredentials signing, IConfiguration config)
    {
        _http = http;
        _chat = chat;
        _blobs = blobs;
        _signing = signing;
        _slackWebhookUrl = config["Slack:OnCallWebhook"]!;
    }

    public void PatientRegistered(Patient patient)
    {
        Analytics.Client.Identify(patient.Id.ToString(), new Traits
        {
            { "email", patient.Email }, // expect: personal-data-to-third-party user.contact.email
            { "plan", patient.Plan },
        });
        Analytics.Client.Track(patient.Id.ToString(), "Registered", new Properties { { "plan", patient.Plan } }); // trap: surrogate id and a plan only
    }

    public async Task<string> TriageAsync(Visit visit)
    {
        ChatCompletion completion = await _chat.CompleteChatAsync(
            new SystemChatMessage("Grade the urgency: routine, soon or urgent."),
            new UserChatMessage($"Symptoms: {visit.Symptoms}; age {visit.Patient.Age}")); // expect: personal-data-to-third-party user.health_and_medical
        return completion.Content[0].Text;
    }

    public async Task PageOnCallAsync(Visit visit)
    {
        await _http.PostAsJsonAsync(_slackWebhookUrl, new { text = $"Urgent: call {visit.Patient.FullName} on {visit.Patient.MobilePhone}" }); // expect: personal-data-to-third-party user.name
        SentrySdk.ConfigureScope(scope => scope.User = new SentryUser { Id = visit.PatientId.ToString() }); // trap: surrogate id only
        SentrySdk.CaptureMessage($"Urgent visit {visit.Id} paged"); // trap: surrogate id only
    }

    public void ReportFailure(Visit visit, Exception ex)
    {
        SentrySdk.CaptureException(ex, scope => scope.SetExtra("diagnosis", visit.DiagnosisCode)); // expect: personal-data-to-third-party user.health_and_medical
    }

    public async Task<bool> HasPrescriptionExemptionAsync(Patient patient)
    {
        var url = $"https://eps.pharmalink.co.uk/api/v3/exemptions?nhs={patient.NhsNumber}&dob={patient.DateOfBirth:yyyy-MM-dd}";
        var response = await _http.GetAsync(url); // expect: personal-data-in-url user.government_id.national_identification_number
        return response.IsSuccessStatusCode;
    }

    public async Task<string?> PharmacyOpeningHoursAsync(string pharmacyOdsCode)
    {
        return await _http.GetStringAsync($"https://eps.pharmalink.co.uk/api/v3/pharmacies/{Uri.EscapeDataString(pharmacyOdsCode)}/hours"); // trap: the pharmacy's code in the URL, not personal data
    }

    public string IssuePatientToken(Patient patient)
    {
        var token = new JwtSecurityToken(
            issuer: "teleclinic",
            audience: "patient-app",
            claims: new[]
            {
                new Claim(JwtRegisteredClaimNames.Sub, patient.Id.ToString()),
                new Claim(JwtRegisteredClaimNames.Email, patient.Email), // expect: personal-data-in-client-storage user.contact.email
                new Claim(JwtRegisteredClaimNames.Birthdate, patient.DateOfBirth.ToString("yyyy-MM-dd")),
            },
            expires: DateTime.UtcNow.AddMinutes(30),
            signingCredentials: _signing);
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    public void RememberPharmacy(HttpResponse response, Patient patient, string pharmacyOdsCode)
    {
        var options = new CookieOptions { Secure = true, HttpOnly = true, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(30) };
        response.Cookies.Append("pharmacy", pharmacyOdsCode, options); // trap: the pharmacy's code, all cookie flags set
        response.Cookies.Append("patient_postcode", patient.Postcode, options); // expect: personal-data-in-client-storage user.contact.address.postal_code
    }

    public async Task<Uri> PublishSickNoteAsync(Visit visit, Stream pdf)
    {
        var container = _blobs.GetBlobContainerClient("sick-notes");
        await container.CreateIfNotExistsAsync(PublicAccessType.Blob); // expect: public-data-store
        var blob = container.GetBlobClient($"{visit.Id}.pdf");
        await blob.UploadAsync(pdf, overwrite: true);
        return blob.Uri;
    }

    public async Task ArchiveAsync(Visit visit, Stream pdf)
    {
        var container = _blobs.GetBlobContainerClient("visit-archive");
        await container.CreateIfNotExistsAsync(PublicAccessType.None); // trap: container without public access
        await container.GetBlobClient($"{visit.Id}.pdf").UploadAsync(pdf, overwrite: true);
    }
}
