using System.Threading.Tasks;
using Homie.Sg.Data;
using Homie.Sg.Models;
using Microsoft.Extensions.Logging;

namespace Homie.Sg.Services;

public class ScreeningService
{
    private readonly HomieDbContext _db;
    private readonly ICreditBureau _bureau;
    private readonly ILogger<ScreeningService> _log;

    public ScreeningService(HomieDbContext db, ICreditBureau bureau, ILogger<ScreeningService> log)
    {
        _db = db;
        _bureau = bureau;
        _log = log;
    }

    public async Task<ScreeningResult> ScreenAsync(int applicantId)
    {
        var applicant = await _db.Applicants.FindAsync(applicantId) ?? throw new ApplicantNotFoundException(applicantId); // trap: the exception carries the surrogate id only
        _log.LogInformation("Screening applicant {ApplicantId}", applicant.Id); // trap: logs the surrogate key only
        var report = await _bureau.FetchAsync(applicant.NricFin);
        _log.LogDebug("Credit bureau report for {Nric}: {Score}", applicant.NricFin, report.Score); // expect: personal-data-in-log user.government_id.national_identification_number.sg_nric_fin
        if (report.HasBankruptcy)
        {
            _log.LogWarning("Bankruptcy record found for {Name} ({Mobile})", applicant.FullName, applicant.MobileNumber); // expect: personal-data-in-log user.name ; expect: personal-data-in-log user.contact.phone_number
        }
        _log.LogTrace("Applicant {@Applicant}", applicant); // expect: personal-data-in-log user
        return new ScreeningResult(applicant.Id, report.Score);
    }
}
