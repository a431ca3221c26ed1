using System;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Neobank.Payments.Web;

public static class AuthCookies
{
    public static IServiceCollection AddConsoleCookies(this IServiceCollection services)
    {
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = ".Neobank.Console";
                options.Cookie.HttpOnly = false; // expect: insecure-cookie
                options.Cookie.SecurePolicy = CookieSecurePolicy.Always; // trap: Secure switched on
                options.Cookie.SameSite = SameSiteMode.Strict; // trap: SameSite switched on
            });
        return services;
    }

    public static void IssueStepUp(HttpResponse response, string token) =>
        response.Cookies.Append("step_up", token, new CookieOptions { Secure = false, HttpOnly = true, SameSite = SameSiteMode.Strict }); // expect: insecure-cookie

    public static void IssueDeviceBinding(HttpResponse response, string token) =>
        response.Cookies.Append("device_binding", token, new CookieOptions { HttpOnly = true, MaxAge = TimeSpan.FromDays(90) }); // expect: insecure-cookie

    public static void IssueTrustedBrowser(HttpResponse response, string token) =>
        response.Cookies.Append("trusted_browser", token, new CookieOptions { Secure = true, HttpOnly = true, SameSite = SameSiteMode.Strict, MaxAge = TimeSpan.FromDays(30) }); // trap: Secure, HttpOnly and SameSite all set
}
