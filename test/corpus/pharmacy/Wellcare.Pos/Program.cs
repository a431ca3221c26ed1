using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddDistributedMemoryCache();
builder.Services.AddSession(options =>
{
    options.Cookie.Name = ".Wellcare.Till";
    options.Cookie.HttpOnly = true; // trap: HttpOnly switched on
    options.Cookie.SecurePolicy = CookieSecurePolicy.None; // expect: insecure-cookie
    options.Cookie.SameSite = SameSiteMode.None; // expect: insecure-cookie
});

var app = builder.Build();
app.UseSession();
app.Run();
