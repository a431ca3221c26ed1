using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Teleclinic.Api.Data;

namespace Teleclinic.Api.Controllers;

[ApiController]
[Route("api/[controller]")]
[Authorize]
public class PatientsController : ControllerBase
{
    private readonly ClinicDb _db;

    public PatientsController(ClinicDb db) => _db = db;

    [HttpGet("{id:guid}")] // trap: controller guarded by [Authorize]
    public async Task<IActionResult> Get(Guid id)
    {
        var patient = await _db.Patients.FindAsync(id);
        return patient is null ? NotFound() : Ok(patient);
    }

    [HttpGet("{id:guid}/prescriptions")] // trap: controller guarded by [Authorize]
    public async Task<IActionResult> Prescriptions(Guid id)
    {
        var patient = await _db.Patients.Include(p => p.Prescriptions).SingleOrDefaultAsync(p => p.Id == id);
        if (patient is null)
        {
            return NotFound($"Patient {id} not found"); // trap: opaque id only
        }
        if (!patient.Prescriptions.Any())
        {
            return NotFound($"{patient.FullName} has no active prescriptions"); // expect: personal-data-in-error user.name
        }
        return Ok(patient.Prescriptions);
    }

    [AllowAnonymous]
    [HttpGet("by-phone/{phone}")] // expect: unauthenticated-personal-data-route user.contact.phone_number
    public async Task<IActionResult> FindByPhone(string phone)
    {
        var patient = await _db.Patients.SingleOrDefaultAsync(p => p.MobilePhone == phone);
        return patient is null ? Problem(detail: $"No patient with mobile {phone}", statusCode: 404) : Ok(patient); // expect: personal-data-in-error user.contact.phone_number
    }

    [AllowAnonymous]
    [HttpGet("consent-form-version")] // trap: returns a document version, no personal data
    public IActionResult ConsentFormVersion() => Ok(new { version = "2024-09" });

    [HttpPost("{id:guid}/nhs-number")] // trap: controller guarded by [Authorize]
    public async Task<IActionResult> SetNhsNumber(Guid id, [FromBody] string nhsNumber)
    {
        var patient = await _db.Patients.FindAsync(id) ?? throw new KeyNotFoundException($"Patient {id}"); // trap: opaque id only
        if (nhsNumber.Length != 10)
        {
            throw new ArgumentException($"NHS number {nhsNumber} must have 10 digits"); // expect: personal-data-in-error user.government_id.national_identification_number
        }
        patient.NhsNumber = nhsNumber;
        await _db.SaveChangesAsync();
        return NoContent();
    }
}
