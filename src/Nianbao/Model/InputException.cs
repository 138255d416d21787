namespace Nianbao.Model;

/// <summary>An input that cannot be read as a report at all (empty, binary, not a report): a finding code and its
/// arguments, rendered by the caller in the user's language. Exit code 2 in the CLI.</summary>
public sealed class InputException(string code, params (string Name, object? Value)[] args)
    : Exception(code)
{
    public Finding Finding { get; } = Finding.Create(code, null, args);
}
