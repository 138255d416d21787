using System.Reflection;
using System.Text.Json;

namespace Nianbao.Output;

/// <summary>
/// The scripts that draw the charts of the HTML outputs (docs/metrics.md "Charts"): Apache ECharts (npm package
/// <c>echarts</c>, pinned in src/Nianbao/Output/Assets/package-lock.json and embedded at build time) and Nianbao's
/// drawing script, which reads each chart's ECharts option from the page's data-nb-chart attributes. A page inlines
/// them (a standalone file) or a web app serves them at its own URLs (<see cref="Read"/>) and passes that base URL.
/// </summary>
public static class ChartAssets
{
    /// <summary>File name of Apache ECharts (minified).</summary>
    public const string Echarts = "echarts.min.js";
    /// <summary>File name of the drawing script.</summary>
    public const string Charts = "nianbao-charts.js";

    static readonly Lazy<string> version = new(() =>
        JsonDocument.Parse(Read("echarts.package.json")).RootElement.GetProperty("version").GetString()!);

    /// <summary>The bundled ECharts version (6.1.0).</summary>
    public static string EchartsVersion => version.Value;

    /// <summary>The files a web app serves for the charts, in load order.</summary>
    public static IReadOnlyList<string> Files { get; } = [Echarts, Charts];

    /// <summary>An asset's bytes.</summary>
    /// <param name="file"><see cref="Echarts"/> or <see cref="Charts"/>.</param>
    /// <returns>The file's content.</returns>
    /// <exception cref="ArgumentException">Not an asset.</exception>
    public static byte[] Read(string file)
    {
        using var s = typeof(ChartAssets).Assembly.GetManifestResourceStream("Nianbao.Assets." + file)
            ?? throw new ArgumentException($"{file} is not a chart asset", nameof(file));
        using var ms = new MemoryStream();
        s.CopyTo(ms);
        return ms.ToArray();
    }
}
