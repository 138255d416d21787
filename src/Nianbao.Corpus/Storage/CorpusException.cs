using Nianbao.Model;

namespace Nianbao.Corpus.Storage;

/// <summary>
/// A corpus problem the user must act on (a damaged, foreign or newer database, an unknown agency…): a stable code
/// and its arguments, rendered in zh or en by the finding catalogue (codes NB-DB-*, NB-AGENCY-*, NB-REVIEW-* in
/// src/Nianbao/Template/Data/findings-corpus.json).
/// </summary>
public sealed class CorpusException(string code, params (string Name, object? Value)[] args) : Exception(code)
{
    public Finding Finding { get; } = Finding.Create(code, null, args);
    public string Code => Finding.Code;

    public string Text(string lang = "zh") => Finding.Message(lang);

    public override string Message => Text("en");

    /// <summary>The message of a corpus code with its arguments.</summary>
    public static string Format(string code, IReadOnlyDictionary<string, object?> args, string lang) =>
        Finding.Create(code, null, args.Select(a => (a.Key, a.Value)).ToArray()).Message(lang);
}
