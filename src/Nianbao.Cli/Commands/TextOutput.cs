using Nianbao.Cli.Rendering;

namespace Nianbao.Cli.Commands;

/// <summary>A command's text result to standard output (control characters escaped) or to --out FILE.</summary>
static class TextOutput
{
    /// <summary>Writes the text; exit code 0, or 3 (said on stderr) when the file cannot be written.</summary>
    public static int Write(string text, string? output, string lang)
    {
        if (output is null) { Console.Out.Write(SafeText.Clean(text)); return ExitCodes.Ok; }
        try { File.WriteAllText(output, text); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine(SafeText.Clean(Lang.T(lang, $"无法写入 {output}：{e.Message}", $"cannot write {output}: {e.Message}")));
            return ExitCodes.Output;
        }
        Console.WriteLine(SafeText.Clean(Lang.T(lang, $"已写入 {output}", $"written: {output}")));
        return ExitCodes.Ok;
    }

    /// <summary>--out FILE.</summary>
    public static System.CommandLine.Option<string?> Option(string lang) =>
        new("--out", "-o") { Description = Lang.T(lang, "输出文件（默认输出到屏幕）", "output file (default: standard output)") };
}
