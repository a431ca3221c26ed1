using System;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BrightPay.Kyc;

public sealed class KycReviewService
{
    private readonly KycDbContext _db;
    private readonly ILogger _logger;

    public KycReviewService(KycDbContext db, ILoggerFactory loggerFactory)
    {
        _db = db;
        _logger = loggerFactory.CreateLogger("Kyc.Review");
    }

    public async Task<VerificationOutcome> ReviewAsync(Guid verificationId, ManualReviewNote note)
    {
        var v = await _db.Verifications.SingleAsync(x => x.Id == verificationId);
        _logger.LogInformation("Manual review of {VerificationId} by {Reviewer}", v.Id, note.ReviewerEmail); // expect: personal-data-in-log user.contact.email
        _logger.LogDebug("Document {Passport} for {Name}", v.PassportNumber, v.NameOnDocument); // expect: personal-data-in-log user.government_id.passport_number ; expect: personal-data-in-log user.name

        if (note.EscalateToMlro)
        {
            _logger.LogWarning("Escalated to MLRO: {@Verification}", v); // expect: personal-data-in-log user
            v.Outcome = VerificationOutcome.ManualReview;
        }
        else
        {
            v.Outcome = VerificationOutcome.Passed;
        }

        await _db.SaveChangesAsync();
        _logger.LogInformation("Verification {VerificationId} is now {Outcome}", v.Id, v.Outcome);
        return v.Outcome;
    }

    public void LogCapture(IdentityVerification v)
    {
        _logger.LogTrace("Captured at {Lat},{Lng}", v.CaptureLatitude, v.CaptureLongitude); // expect: personal-data-in-log user.location.precise
        _logger.LogTrace("NRIC {Nric}", v.Nric); // expect: personal-data-in-log user.government_id.national_identification_number.sg_nric_fin
    }
}
