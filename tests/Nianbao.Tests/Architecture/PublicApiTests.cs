using PublicApiGenerator;

namespace Nianbao.Tests.Architecture;

/// <summary>
/// Pins the library's public surface (the facade, the batch API, the model, the template, the output shapes; all else
/// internal, docs/architecture.md). A change to it must be deliberate: rerun with NIANBAO_WRITE_API=1 and commit the
/// new PublicApi.approved.txt beside this file.
/// </summary>
public class PublicApiTests
{
    const string Approved = "tests/Nianbao.Tests/Architecture/PublicApi.approved.txt";

    [Fact]
    public void The_public_surface_is_the_approved_one()
    {
        var api = typeof(ReportParser).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"],
        }).ReplaceLineEndings("\n");
        var path = RepoFiles.Path_(Approved);
        if (Environment.GetEnvironmentVariable("NIANBAO_WRITE_API") == "1") File.WriteAllText(path, api);
        Assert.True(File.Exists(path), $"{Approved} is missing; run NIANBAO_WRITE_API=1 dotnet test --filter PublicApi");
        var approved = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(approved == api, $"the public API changed; review the difference and run NIANBAO_WRITE_API=1 dotnet test --filter PublicApi\n{FirstDifference(approved, api)}");
    }

    [Fact]
    public void Only_the_api_namespaces_are_public()
    {
        string[] allowed = ["Nianbao", "Nianbao.Batch", "Nianbao.Model", "Nianbao.Template", "Nianbao.Output", "Nianbao.Writing", "Nianbao.Analysis", "Nianbao.Synthesis", "Nianbao.Documents", "Nianbao.Reading", "Nianbao.Checking"];
        // The checking stage publishes its entry point and what its cross-year rules read of a previous year (a store loads only that).
        string[] singles = ["Nianbao.Reading.InputLimits", "Nianbao.Checking.ReportChecker", "Nianbao.Checking.PreviousYearInputs", "Nianbao.Checking.PreviousYearCells"];
        var stray = typeof(ReportParser).Assembly.GetExportedTypes()
            .Where(t => !allowed.Contains(t.Namespace) || (t.Namespace is "Nianbao.Reading" or "Nianbao.Checking" && !singles.Contains((t.DeclaringType ?? t).FullName)))
            .Select(t => t.FullName).ToList();
        Assert.True(stray.Count == 0, "public types outside the API: " + string.Join(", ", stray));
    }

    static string FirstDifference(string a, string b)
    {
        var la = a.Split('\n');
        var lb = b.Split('\n');
        for (var i = 0; i < Math.Max(la.Length, lb.Length); i++)
        {
            var x = i < la.Length ? la[i] : "<end>";
            var y = i < lb.Length ? lb[i] : "<end>";
            if (x != y) return $"line {i + 1}:\n- {x}\n+ {y}";
        }
        return "";
    }
}
