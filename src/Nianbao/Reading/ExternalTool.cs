using System.Diagnostics;
using System.Text;

namespace Nianbao.Reading;

/// <summary>Finds a Debian helper program (pdftotext, soffice, catdoc…) on PATH and runs it with a time limit,
/// capturing UTF-8 output. Every reader that shells out uses this one.</summary>
static class ExternalTool
{
    public sealed record Result(int ExitCode, string Output, string Error, bool TimedOut);

    /// <param name="name">The program's file name.</param>
    /// <param name="searchPath">Folders to look in (default: PATH).</param>
    public static string? Find(string name, string? searchPath = null)
    {
        foreach (var dir in (searchPath ?? Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    public static Result Run(string program, IReadOnlyList<string> args, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8, StandardErrorEncoding = Encoding.UTF8, UseShellExecute = false,
        };
        foreach (var a in args) info.ArgumentList.Add(a);
        foreach (var (k, v) in environment ?? new Dictionary<string, string>()) info.Environment[k] = v;
        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            process.WaitForExit();
            return new Result(-1, "", "", TimedOut: true);
        }
        process.WaitForExit();
        return new Result(process.ExitCode, output.Result, error.Result, TimedOut: false);
    }
}
