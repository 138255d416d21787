namespace Nianbao.Cli.Commands;

/// <summary>The exit codes of every command (README, 用法 / Usage).</summary>
static class ExitCodes
{
    /// <summary>Done; no finding at the --fail-on level.</summary>
    public const int Ok = 0;
    /// <summary>check: findings at the --fail-on level (errors by default).</summary>
    public const int Findings = 1;
    /// <summary>An input could not be read (missing, empty, binary, not a report, not a regular file), no report was
    /// found at all, or the command line is wrong (unknown option, missing argument, a refused --report path).</summary>
    public const int Input = 2;
    /// <summary>An output could not be written (the --report findings list).</summary>
    public const int Output = 3;
}
