using Nianbao.Reading;

namespace Nianbao.Web.Shell;

/// <summary>
/// What `nianbao serve` is started with (configuration section "Nianbao"): the corpus (a SQLite file or postgres://…,
/// default ./nianbao.db), the token that write endpoints need (none: read-only), and the input limits uploads are
/// held to (the library's <see cref="InputLimits"/>, with a smaller file size by default: 16 MB).
/// </summary>
public sealed record ServeSettings
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Nianbao";

    /// <summary>The corpus: a SQLite file or postgres://user@host/db.</summary>
    public string Db { get; init; } = "nianbao.db";

    /// <summary>The write token; null or empty: read-only.</summary>
    public string? Token { get; init; }

    /// <summary>The input limits of uploads.</summary>
    public InputLimits Limits { get; init; } = InputLimits.Default.With("file-mb", "16")!;

    /// <summary>Seconds a request may run before it is cancelled.</summary>
    public int TimeoutSeconds { get; init; } = 60;

    /// <summary>True when writes are possible at all.</summary>
    public bool Writable => !string.IsNullOrEmpty(Token);

    /// <summary>Reads the section; <c>Limits:NAME=VALUE</c> entries set library limits by their option names.</summary>
    public static ServeSettings From(IConfiguration config)
    {
        var s = config.GetSection(Section);
        var settings = new ServeSettings
        {
            Db = s["Db"] is { Length: > 0 } db ? db : Environment.GetEnvironmentVariable("NIANBAO_DB") is { Length: > 0 } env ? env : "nianbao.db",
            Token = s["Token"],
            TimeoutSeconds = int.TryParse(s["TimeoutSeconds"], out var t) && t > 0 ? t : 60,
        };
        var limits = settings.Limits;
        foreach (var limit in s.GetSection("Limits").GetChildren())
            limits = limits.With(limit.Key, limit.Value ?? "") ?? throw new InvalidOperationException($"unknown or invalid limit {limit.Key}={limit.Value}");
        return settings with { Limits = limits };
    }
}
