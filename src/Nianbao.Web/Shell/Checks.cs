using Nianbao.Batch;
using Nianbao.Corpus.Import;
using Nianbao.Output;

namespace Nianbao.Web.Shell;

/// <summary>One upload through the library's batch API, exactly as `nianbao check` runs a file: parse within the
/// server's input limits, check, with the corpus (when there is one) as the previous-year lookup for the cross-year
/// rules. An unreadable upload is a unit with its finding, never an exception.</summary>
public static class Checks
{
    /// <summary>The unit for an upload.</summary>
    /// <param name="upload">The upload.</param>
    /// <param name="settings">Limits.</param>
    /// <param name="corpus">The corpus, for previous years (optional).</param>
    /// <param name="check">False: parse only.</param>
    /// <param name="cancel">The request's cancellation (timeout, client gone).</param>
    /// <returns>The unit.</returns>
    public static ReviewUnit Run(Upload upload, ServeSettings settings, CorpusAccess? corpus, bool check, CancellationToken cancel)
    {
        var options = new BatchOptions { Check = check, MaxParallelism = 1, Parse = _ => ReportParser.Parse(upload.Bytes, upload.Name, settings.Limits) };
        var db = check && corpus is not null ? corpus.TryOpen().Db : null;
        using var previous = db is null ? null : new CorpusPreviousYears(db);
        return ReportBatch.Process(upload.Name, options, previous, cancel);
    }
}
