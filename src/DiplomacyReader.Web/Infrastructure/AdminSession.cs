using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace DiplomacyReader.Web.Infrastructure;

/// <summary>
/// A person who gave the admin key on an admin page stays signed in for a while: an HttpOnly, SameSite=Strict
/// cookie that ASP.NET Core's cookie authentication signs, so the key itself is sent once and never stored
/// in a page or a link.
/// </summary>
public static class AdminSession
{
    public const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    public static WebApplicationBuilder AddAdminSessions(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthentication(Scheme).AddCookie(Scheme, options =>
        {
            options.Cookie.Name = "diplomacy-reader-admin";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = Lifetime;
            options.SlidingExpiration = false;
            // No login page to send anyone to: an admin page asks for the key itself.
            options.Events.OnRedirectToLogin = context => { context.Response.StatusCode = StatusCodes.Status403Forbidden; return Task.CompletedTask; };
        });
        return builder;
    }

    public static bool IsAdmin(HttpContext context) => context.User.Identity?.IsAuthenticated == true && context.User.IsInRole("admin");

    public static Task SignInAsync(HttpContext context) => context.SignInAsync(Scheme,
        new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "admin"), new Claim(ClaimTypes.Role, "admin")], Scheme)));

    public static Task SignOutAsync(HttpContext context) => context.SignOutAsync(Scheme);
}
