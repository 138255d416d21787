using Microsoft.AspNetCore.Mvc.RazorPages;
using Nianbao.Web.Shell;

namespace Nianbao.Web.Pages;

/// <summary>What every page knows: the language, its texts, whether the visitor may write.</summary>
public abstract class PageBase : PageModel
{
    /// <summary>zh or en.</summary>
    public string Lang => Ui.Lang(HttpContext);

    /// <summary>The text in the page's language.</summary>
    /// <param name="zh">Chinese.</param>
    /// <param name="en">English.</param>
    /// <returns>One of them.</returns>
    public string T(string zh, string en) => Ui.T(HttpContext, zh, en);

    /// <summary>True when the visitor signed in with the token (page forms may write).</summary>
    public bool CanWrite => Security.SignedIn(HttpContext, HttpContext.RequestServices.GetRequiredService<ServeSettings>());

    /// <summary>A problem to show on the page (title and detail), or null.</summary>
    public Microsoft.AspNetCore.Mvc.ProblemDetails? Problem { get; set; }

    /// <summary>Shows a problem result's details on the page with its status.</summary>
    /// <param name="result">A problem result from the shell.</param>
    /// <returns>The page.</returns>
    protected PageResult ShowProblem(IResult result)
    {
        if (result is Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult p)
        {
            Problem = p.ProblemDetails;
            Response.StatusCode = p.StatusCode;
        }
        return Page();
    }
}
