using System;
using Microsoft.AspNetCore.Http;

namespace Wellcare.Pos.Web;

/// <summary>Cookies of the till's web UI.</summary>
public static class TillCookies
{
    public static void IssueTillSession(HttpResponse response, string sessionId)
    {
        response.Cookies.Append("till_session", sessionId); // expect: insecure-cookie
    }

    public static void IssueDrawerToken(HttpResponse response, string drawerToken)
    {
        response.Cookies.Append("drawer", drawerToken, new CookieOptions
        {
            Secure = true,
            HttpOnly = false, // expect: insecure-cookie
            SameSite = SameSiteMode.Strict,
        });
    }

    public static void IssueManagerOverride(HttpResponse response, string overrideToken)
    {
        response.Cookies.Append("override", overrideToken, new CookieOptions // trap: Secure, HttpOnly and SameSite all set
        {
            Secure = true,
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            MaxAge = TimeSpan.FromMinutes(5),
        });
    }
}
