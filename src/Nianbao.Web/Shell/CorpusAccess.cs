using Nianbao.Corpus.Storage;

namespace Nianbao.Web.Shell;

/// <summary>
/// The corpus the server was started with, opened on first use: read-only use never creates it (a missing corpus is
/// NB-DB-MISSING, shown as such), a write may (<c>create</c>).
/// </summary>
public sealed class CorpusAccess(ServeSettings settings)
{
    readonly Lock gate = new();
    CorpusDb? db;

    /// <summary>The corpus.</summary>
    /// <param name="create">Create it when missing (writes only).</param>
    /// <returns>The open corpus.</returns>
    /// <exception cref="CorpusException">Missing (when not creating), damaged, foreign, newer or unreachable.</exception>
    public CorpusDb Open(bool create = false)
    {
        lock (gate)
        {
            if (db is not null) return db;
            return db = CorpusDb.Open(settings.Db, create);
        }
    }

    /// <summary>The corpus, or null with the problem (a finding) when it cannot be opened.</summary>
    /// <returns>The corpus or the exception.</returns>
    public (CorpusDb? Db, CorpusException? Error) TryOpen()
    {
        try { return (Open(), null); }
        catch (CorpusException e) { return (null, e); }
    }
}
