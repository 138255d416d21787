using System.Security.Cryptography;
using System.Text;
using Nianbao.Model;

namespace Nianbao.Web.Shell;

/// <summary>
/// The security shell: response headers (a CSP that allows scripts only from the app itself — no inline script — and
/// nonce'd only on the API reference page), and the write token. The API takes the token in the Authorization header
/// only (never from a cookie, so a page on another site cannot use it); the pages take it once on the sign-in page
/// and keep a signed-in cookie (HttpOnly, SameSite=Strict) and every page form carries an antiforgery token.
/// </summary>
public static class Security
{
    /// <summary>The request item holding the CSP nonce of the response.</summary>
    public const string NonceItem = "nb_nonce";

    /// <summary>The signed-in cookie.</summary>
    public const string SignedInCookie = "nb_writer";

    /// <summary>Adds the headers to every response.</summary>
    /// <param name="app">The app.</param>
    public static void UseSecurityHeaders(this WebApplication app) => app.Use(async (http, next) =>
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        http.Items[NonceItem] = nonce;
        var h = http.Response.Headers;
        var scalar = http.Request.Path.StartsWithSegments("/scalar");
        h.ContentSecurityPolicy = "default-src 'self'; script-src 'self'" + (scalar ? $" 'nonce-{nonce}'" : "") +
            "; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
        h.XContentTypeOptions = "nosniff";
        h.XFrameOptions = "DENY";
        h["Referrer-Policy"] = "no-referrer";
        h["Cross-Origin-Opener-Policy"] = "same-origin";
        h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        await next();
    });

    /// <summary>Null when the request may write; otherwise the problem: 403 on a read-only server, 401 without the
    /// right token.</summary>
    /// <param name="http">The request.</param>
    /// <param name="settings">The server's settings.</param>
    /// <param name="action">What the request wanted to do, for the message.</param>
    /// <param name="fromCookie">Accept the pages' signed-in cookie (page forms, which carry antiforgery tokens).</param>
    /// <returns>The problem, or null.</returns>
    public static IResult? Refusal(HttpContext http, ServeSettings settings, string action, bool fromCookie = false)
    {
        var lang = Ui.Lang(http);
        if (!settings.Writable)
            return Problems.Result(Problems.Of(StatusCodes.Status403Forbidden, Finding.Create("NB-WEB-READONLY", null, ("action", action)), lang));
        var given = http.Request.Headers.Authorization.ToString() is var a && a.StartsWith("Bearer ", StringComparison.Ordinal) ? a[7..].Trim() : null;
        if (given is not null && Matches(given, settings.Token!)) return null;
        if (fromCookie && http.Request.Cookies[SignedInCookie] is { } c && Matches(c, CookieValue(settings.Token!))) return null;
        return Problems.Result(Problems.Of(StatusCodes.Status401Unauthorized, Finding.Create("NB-WEB-TOKEN", null, ("action", action)), lang));
    }

    /// <summary>True when the pages' request is signed in.</summary>
    /// <param name="http">The request.</param>
    /// <param name="settings">The server's settings.</param>
    /// <returns>True when writes from page forms are allowed.</returns>
    public static bool SignedIn(HttpContext http, ServeSettings settings) =>
        settings.Writable && http.Request.Cookies[SignedInCookie] is { } c && Matches(c, CookieValue(settings.Token!));

    /// <summary>The cookie's value for a token: a keyed hash, so the cookie never holds the token itself.</summary>
    /// <param name="token">The token.</param>
    /// <returns>The value.</returns>
    public static string CookieValue(string token) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(token), "nianbao-writer"u8));

    /// <summary>Compares in constant time.</summary>
    /// <param name="given">What the request gave.</param>
    /// <param name="expected">What it must be.</param>
    /// <returns>True when equal.</returns>
    public static bool Matches(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
