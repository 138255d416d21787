using Spectre.Console;

namespace Nianbao.Cli.Rendering;

/// <summary>Spectre consoles for every command: no escape codes when the stream is redirected (a file, a pipe, a test), and
/// a wide page for the summary table there so file paths are not broken across lines.</summary>
static class Consoles
{
    public static IAnsiConsole Stdout()
    {
        if (!Console.IsOutputRedirected) return AnsiConsole.Console;
        var console = Plain(Console.Out);
        console.Profile.Width = 200;
        return console;
    }

    public static IAnsiConsole Stderr() => Console.IsErrorRedirected ? Plain(Console.Error) : AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    static IAnsiConsole Plain(TextWriter w) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.No,
        ColorSystem = ColorSystemSupport.NoColors,
        Interactive = InteractionSupport.No,
        Out = new AnsiConsoleOutput(w),
    });
}
