using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.EntityFrameworkCore;
using Teleclinic.Api.Data;
using Teleclinic.Api.Services;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddDbContext<ClinicDb>(o => o.UseNpgsql(builder.Configuration.GetConnectionString("Clinic")));
builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
builder.Services.AddAuthorization();
builder.Services.AddScoped<VisitNotifier>();
builder.Services.AddControllers();

builder.Services.AddCors(options =>
{
    options.AddPolicy("PatientApp", policy => policy
        .WithOrigins("https://app.teleclinic.co.uk", "https://www.teleclinic.co.uk") // trap: explicit allow-list of origins
        .AllowCredentials()
        .WithMethods("GET", "POST"));
    options.AddPolicy("PartnerWidgets", policy => policy
        .AllowAnyOrigin() // expect: permissive-cors
        .AllowAnyHeader()
        .WithMethods("GET"));
    options.AddPolicy("LegacyKiosk", policy => policy
        .SetIsOriginAllowed(_ => true) // expect: permissive-cors
        .AllowCredentials());
});

var app = builder.Build();
app.UseCors("PatientApp");
app.UseAuthentication();
app.UseAuthorization();

app.MapGet("/healthz", () => Results.Ok(new { status = "ok" })); // trap: liveness probe, no personal data

app.MapGet("/api/patients/{id:guid}", async (Guid id, ClinicDb db) => // trap: guarded by RequireAuthorization() below
    await db.Patients.FindAsync(id) is { } patient ? Results.Ok(patient) : Results.NotFound())
    .RequireAuthorization();

app.MapGet("/api/widgets/next-appointment", async (string email, ClinicDb db) => // expect: unauthenticated-personal-data-route user.contact.email
{
    var appointment = await db.Appointments.Include(a => a.Patient)
        .Where(a => a.Patient.Email == email)
        .OrderBy(a => a.StartsAt)
        .FirstOrDefaultAsync();
    return appointment is null
        ? Results.NotFound(new { error = $"No upcoming appointment for {email}" }) // expect: personal-data-in-error user.contact.email
        : Results.Ok(new { appointment.StartsAt, appointment.ClinicianName, appointment.Patient.FullName });
}).RequireCors("PartnerWidgets");

app.MapPost("/api/visits/{id:guid}/notes", async (Guid id, VisitNotes notes, ClinicDb db) => // expect: unauthenticated-personal-data-route user.health_and_medical
{
    var visit = await db.Visits.FindAsync(id);
    if (visit is null) return Results.NotFound(new { error = "Visit not found" }); // trap: generic error message
    visit.ClinicalNotes = notes.ClinicalNotes;
    await db.SaveChangesAsync();
    return Results.NoContent();
});

app.MapControllers();
app.Run();

public record VisitNotes(string ClinicalNotes); // expect: sensitive-personal-data-field user.health_and_medical
