using System.CommandLine;

namespace Nianbao.Cli.Commands;

/// <summary>Commands beyond parse (check, …) add themselves here.</summary>
static partial class CommandRegistry
{
    public static readonly List<Func<string, Command>> Extra = [];
}
