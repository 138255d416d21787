using System.Diagnostics;

namespace Nianbao.Tests.CheckCli;

/// <summary>Runs the built CLI (nianbao.dll beside the tests) as a process, as a user would.</summary>
static class CliProcess
{
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "nianbao.dll");
        Assert.True(File.Exists(dll), $"the CLI is not built beside the tests: {dll}");
        var psi = new ProcessStartInfo("dotnet", ["exec", dll, .. args])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8, StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        psi.Environment.Remove("NIANBAO_LANG");
        psi.Environment["NO_COLOR"] = "1";
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(300_000))
        {
            p.Kill(true);
            Assert.Fail($"nianbao {string.Join(' ', args)} did not finish within 300 s");
        }
        return (p.ExitCode, stdout.Result, stderr.Result);
    }
}
