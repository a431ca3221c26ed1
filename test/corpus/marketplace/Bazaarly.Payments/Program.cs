using Bazaarly.Payments.Services;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddControllers();
builder.Services.AddAuthentication().AddJwtBearer();
builder.Services.AddAuthorization();
builder.Services.AddHttpClient<PayoutGateway>();
builder.Services.AddCors(options => options.AddPolicy("Partners", policy => policy
    .WithOrigins("https://partners.bazaarly.com") // trap: single allowed origin
    .WithMethods("GET")));

var app = builder.Build();

app.UseCors(policy => policy
    .AllowAnyOrigin() // expect: permissive-cors
    .AllowAnyMethod()
    .AllowAnyHeader());

app.UseAuthentication();
app.UseAuthorization();

app.MapGet("/ping", () => "pong"); // trap: liveness probe, no personal data
app.MapGet("/fx/{currency}", (string currency, FxRates rates) => rates.For(currency)); // trap: exchange rates, no personal data
app.MapGet("/payouts/{id}/receipt", (string id, PayoutGateway gateway) => gateway.Receipt(id)); // expect: unauthenticated-personal-data-route user.financial.bank_account
app.MapGet("/payouts/{id}", (string id, PayoutGateway gateway) => gateway.Find(id)).RequireAuthorization("Seller"); // trap: guarded by RequireAuthorization

app.MapControllers();
app.Run();
