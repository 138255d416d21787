using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Nianbao.Output;

/// <summary>Charts in the HTML outputs: a placeholder element holding its ECharts option, and the scripts that draw them.</summary>
public static class HtmlCharts
{
    static readonly Lazy<string> inline = new(() =>
    {
        var h = new StringBuilder();
        foreach (var f in ChartAssets.Files)
            h.Append("<script>\n").Append(Encoding.UTF8.GetString(ChartAssets.Read(f)).Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase)).Append("\n</script>\n");
        return h.ToString();
    });

    /// <summary>The script elements: inline (a standalone page that needs no network) when <paramref name="assetBaseUrl"/>
    /// is null, else references to <c>{assetBaseUrl}/echarts.min.js</c> and <c>{assetBaseUrl}/nianbao-charts.js</c>.</summary>
    /// <param name="assetBaseUrl">Where a web app serves <see cref="ChartAssets.Files"/>, or null to inline them.</param>
    /// <returns>HTML to put at the end of the body.</returns>
    public static string Scripts(string? assetBaseUrl) => assetBaseUrl is null ? inline.Value
        : string.Concat(ChartAssets.Files.Select(f => $"<script src=\"{WebUtility.HtmlEncode(assetBaseUrl.TrimEnd('/') + "/" + f)}\"></script>\n"));

    /// <summary>A chart's element: a block of the given height whose data-nb-chart attribute holds the ECharts option
    /// (animation off, so a printed or captured page shows the finished chart).</summary>
    /// <param name="option">The ECharts option.</param>
    /// <param name="height">Height in pixels.</param>
    /// <returns>HTML.</returns>
    public static string Chart(JsonObject option, int height = 360) =>
        Element(option, $"class=\"nb-chart\" style=\"width:100%;height:{height}px\"");

    /// <summary>A chart's element for a page that sizes it from its own stylesheet (a web app whose Content Security
    /// Policy keeps styles out of the markup): an id, a class and an accessible label instead of an inline size.</summary>
    /// <param name="option">The ECharts option.</param>
    /// <param name="id">The element's id.</param>
    /// <param name="cssClass">The class that gives it its size.</param>
    /// <param name="label">What the chart shows, for assistive technology (role img).</param>
    /// <returns>HTML.</returns>
    public static string Chart(JsonObject option, string id, string cssClass, string label) =>
        Element(option, $"id=\"{WebUtility.HtmlEncode(id)}\" class=\"{WebUtility.HtmlEncode(cssClass)}\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(label)}\"");

    static string Element(JsonObject option, string attributes)
    {
        option["animation"] = false;
        return $"<div {attributes} data-nb-chart=\"{WebUtility.HtmlEncode(option.ToJsonString())}\"></div>\n";
    }
}
