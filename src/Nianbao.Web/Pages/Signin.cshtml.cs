using Microsoft.AspNetCore.Mvc;
using Nianbao.Web.Shell;

namespace Nianbao.Web.Pages;

/// <summary>Sign in with the server's token: page forms may then write (import, review). The cookie holds a keyed
/// hash of the token, HttpOnly and SameSite=Strict; every form also carries an antiforgery token.</summary>
public sealed class SigninModel(ServeSettings settings) : PageBase
{
    /// <summary>True when the server is read-only.</summary>
    public bool ReadOnly => !settings.Writable;

    /// <summary>Signs in, or says why not.</summary>
    /// <param name="token">The token typed.</param>
    /// <returns>The page or a redirect.</returns>
    public IActionResult OnPost(string? token)
    {
        if (settings.Writable && token is { Length: > 0 } && Security.Matches(token, settings.Token!))
        {
            Response.Cookies.Append(Security.SignedInCookie, Security.CookieValue(settings.Token!),
                new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, IsEssential = true, Secure = Request.IsHttps });
            return Redirect("/corpus");
        }
        if (Security.Refusal(HttpContext, settings, T("写入", "write")) is { } refused) return ShowProblem(refused);
        return Page();
    }

    /// <summary>Signs out.</summary>
    /// <returns>A redirect.</returns>
    public IActionResult OnPostOut()
    {
        Response.Cookies.Delete(Security.SignedInCookie);
        return Redirect("/");
    }
}
