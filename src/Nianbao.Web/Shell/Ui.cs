namespace Nianbao.Web.Shell;

/// <summary>The language of a request: <c>?lang=en</c> or <c>?lang=zh</c> (remembered in a cookie), else the cookie,
/// else Chinese.</summary>
public static class Ui
{
    const string Cookie = "nb_lang";

    /// <summary>"zh" or "en".</summary>
    /// <param name="http">The request.</param>
    /// <returns>The language.</returns>
    public static string Lang(HttpContext http)
    {
        if (http.Items.TryGetValue(Cookie, out var known) && known is string k) return k;
        var asked = http.Request.Query["lang"].ToString();
        string lang;
        if (asked is "en" or "zh")
        {
            lang = asked;
            if (!http.Response.HasStarted)
                http.Response.Cookies.Append(Cookie, lang, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
        }
        else lang = http.Request.Cookies[Cookie] == "en" ? "en" : "zh";
        http.Items[Cookie] = lang;
        return lang;
    }

    /// <summary>The text in the request's language.</summary>
    /// <param name="http">The request.</param>
    /// <param name="zh">Chinese.</param>
    /// <param name="en">English.</param>
    /// <returns>One of them.</returns>
    public static string T(HttpContext http, string zh, string en) => Lang(http) == "en" ? en : zh;
}
