using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Dating.Api.Data;
using Dating.Api.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dating.Api.Services;

public sealed class VerificationOptions
{
    public double MatchThreshold { get; set; } = 0.78; // trap: face-similarity threshold setting, not a dating match
    public string IdCardPhotoUrlTemplate { get; set; } = "https://cdn.example.com/id/{0}.jpg"; // trap: URL template, not a photo of anyone
    public int PasswordMinLength { get; set; } = 10; // trap: policy setting, not a password
}

public sealed class VerificationService
{
    private readonly DatingDbContext _db;
    private readonly IFaceMatcher _matcher;
    private readonly ILogger<VerificationService> _logger;
    private readonly VerificationOptions _options;

    public VerificationService(DatingDbContext db, IFaceMatcher matcher, VerificationOptions options, ILogger<VerificationService> logger)
    {
        _db = db;
        _matcher = matcher;
        _options = options;
        _logger = logger;
    }

    public async Task<bool> VerifyAsync(Guid profileId, byte[] selfieEmbedding, CancellationToken ct)
    {
        var profile = await _db.MemberProfiles.Include(p => p.FaceTemplates).SingleAsync(p => p.Id == profileId, ct);
        _logger.LogInformation("Verifying profile {ProfileId}", profileId); // trap: logs the surrogate key only

        var best = profile.FaceTemplates.Select(t => _matcher.Similarity(t.Embedding, selfieEmbedding)).DefaultIfEmpty(0).Max();
        if (best < _options.MatchThreshold)
        {
            _logger.LogWarning("Face mismatch for {Email} (score {Score})", profile.Email, best); // expect: personal-data-in-log user.contact.email
            _logger.LogDebug("Rejected embedding {Embedding}", Convert.ToBase64String(selfieEmbedding)); // expect: personal-data-in-log user.biometric
            return false;
        }

        profile.FaceTemplates.Add(new FaceTemplate { Embedding = selfieEmbedding, CapturedAt = DateTimeOffset.UtcNow });
        await _db.SaveChangesAsync(ct);
        _logger.LogInformation("Verified {FirstName}, born {DateOfBirth}", profile.FirstName, profile.DateOfBirth); // expect: personal-data-in-log user.name.first ; expect: personal-data-in-log user.demographic.date_of_birth
        return true;
    }
}
