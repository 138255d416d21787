namespace Nianbao.Web.Pages;

/// <summary>The API docs page: links to the interactive reference and the OpenAPI document.</summary>
public sealed class ApiDocsModel : PageBase
{
}
