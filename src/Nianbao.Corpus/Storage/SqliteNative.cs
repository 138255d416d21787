using System.Runtime.InteropServices;

namespace Nianbao.Corpus.Storage;

/// <summary>
/// The few SQLite C functions the import's writer calls once per value, called directly on the library that
/// SQLitePCLRaw loaded (e_sqlite3) instead of through its provider: a text is bound where it lies (SQLITE_STATIC,
/// the caller keeps the bytes pinned until the statement is reset and its bindings cleared) rather than copied,
/// and a call costs no wrapper. Used only with a statement and connection that SQLitePCLRaw opened.
/// </summary>
static unsafe partial class SqliteNative
{
    const string Library = "e_sqlite3";

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_text"), SuppressGCTransition]
    public static partial int BindText(nint stmt, int index, byte* text, int length, nint destructor);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_blob"), SuppressGCTransition]
    public static partial int BindBlob(nint stmt, int index, byte* blob, int length, nint destructor);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_int64"), SuppressGCTransition]
    public static partial int BindInt64(nint stmt, int index, long value);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_null"), SuppressGCTransition]
    public static partial int BindNull(nint stmt, int index);

    [LibraryImport(Library, EntryPoint = "sqlite3_step")]
    public static partial int Step(nint stmt);

    [LibraryImport(Library, EntryPoint = "sqlite3_reset")]
    public static partial int Reset(nint stmt);

    [LibraryImport(Library, EntryPoint = "sqlite3_clear_bindings"), SuppressGCTransition]
    public static partial int ClearBindings(nint stmt);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_int64"), SuppressGCTransition]
    public static partial long ColumnInt64(nint stmt, int column);

    /// <summary>SQLITE_STATIC: SQLite uses the caller's bytes as they are, without a copy.</summary>
    public const nint Static = 0;
}
