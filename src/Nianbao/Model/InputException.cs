namespace Nianbao.Model;

/// <summary>An input that cannot be read as a report at all (empty, binary, not a report, past a limit): a finding
/// code and its arguments, rendered by the caller in the user's language. Exit code 2 in the CLI.</summary>
public sealed class InputException : Exception
{
    /// <summary>An input error with a catalogued finding code (NB-INPUT-…) and its message arguments.</summary>
    public InputException(string code, params (string Name, object? Value)[] args) : this(null, code, args) { }

    InputException(Exception? inner, string code, (string Name, object? Value)[] args) : base(code, inner) =>
        Finding = Finding.Create(code, null, args);

    /// <summary>The finding to report, located at the whole document; its message renders in either language.</summary>
    public Finding Finding { get; }

    /// <summary>An unexpected error while reading <paramref name="file"/> (a fault of this program, not of the input):
    /// NB-INPUT-FAILED naming the file and the error; the original exception is kept as the inner exception.</summary>
    public static InputException Failed(string file, Exception error) =>
        new(error, "NB-INPUT-FAILED", [("error", $"{error.GetType().Name}: {error.Message}"), ("file", file)]);
}
