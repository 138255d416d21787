using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Html;
using Nianbao.Output;

namespace Nianbao.Web.Shell;

/// <summary>The web pages' charts: an ECharts option over one category axis, put in the page through the library's
/// <see cref="HtmlCharts"/> (data in a data-nb-chart attribute, drawn by the library's nianbao-charts.js; no inline
/// script, so the Content Security Policy holds).</summary>
public static class PageCharts
{
    /// <summary>One series: its name, ECharts type (line, bar), values (null is a gap, never 0) and an optional colour.</summary>
    /// <param name="Name">Legend name.</param>
    /// <param name="Type">line or bar.</param>
    /// <param name="Data">One value per category.</param>
    /// <param name="Color">CSS colour, or null for the theme's.</param>
    public sealed record Series(string Name, string Type, IEnumerable<decimal?> Data, string? Color = null);

    /// <summary>The chart element.</summary>
    /// <param name="id">Element id.</param>
    /// <param name="label">What it shows (aria-label).</param>
    /// <param name="categories">The category axis.</param>
    /// <param name="series">The series.</param>
    /// <returns>HTML.</returns>
    public static IHtmlContent Chart(string id, string label, IEnumerable<string> categories, params Series[] series)
    {
        var option = new JsonObject
        {
            ["tooltip"] = new JsonObject { ["trigger"] = "axis" },
            ["legend"] = new JsonObject { ["data"] = new JsonArray([.. series.Select(s => (JsonNode)s.Name)]) },
            ["xAxis"] = new JsonObject { ["type"] = "category", ["data"] = new JsonArray([.. categories.Select(c => (JsonNode)c)]) },
            ["yAxis"] = new JsonObject { ["type"] = "value", ["minInterval"] = 1 },
            ["series"] = new JsonArray([.. series.Select(s =>
            {
                var o = new JsonObject { ["name"] = s.Name, ["type"] = s.Type, ["data"] = new JsonArray([.. s.Data.Select(v => v is decimal d ? JsonValue.Create(d) : null)]) };
                if (s.Type == "line") o["connectNulls"] = false;
                if (s.Color is not null) o["itemStyle"] = new JsonObject { ["color"] = s.Color };
                return (JsonNode)o;
            })]),
        };
        return new HtmlString(HtmlCharts.Chart(option, id, "chart", label));
    }

    /// <summary>The script elements that draw the charts (the library's assets as served by the app).</summary>
    public static IHtmlContent Scripts { get; } = new HtmlString(HtmlCharts.Scripts(WebApp.ChartBase));
}
