using System.Buffers;
using System.Text.Json;

namespace Nianbao.Corpus.Storage;

/// <summary>
/// The rows of one report for the per-report tables, encoded on the worker that checked it: every text as UTF-8 in
/// one pooled buffer, every value a small struct in a pooled array, the report id (column 0) left to the writer.
/// A batch waiting for its transaction is then a few arrays with no references in them — nothing for the garbage
/// collector to trace or promote, where an object per row and per value made most of an import's GC work
/// (docs/benchmarks.md "Corpus import", run 7). The writer binds the bytes as they are (SQLite) or decodes them
/// for COPY (PostgreSQL), then returns the buffers (<see cref="Dispose"/>).
/// </summary>
sealed class EncodedRows : IBufferWriter<byte>, IDisposable
{
    public enum Kind : byte { Null, Int, Text }

    /// <summary>A value: text at [Offset, Offset + Length) of the buffer; an integer as 8 bytes at Offset (Length
    /// <see cref="IntMark"/>); null (Length <see cref="NullMark"/>).</summary>
    public readonly record struct Field(int Offset, int Length)
    {
        public Kind Kind => Length switch { NullMark => Kind.Null, IntMark => Kind.Int, _ => Kind.Text };
    }

    const int NullMark = -1, IntMark = -2;

    readonly record struct Row(int Table, int First);

    byte[] bytes = new byte[32768];
    Field[] fields = new Field[4096];
    Row[] rows = new Row[512];
    int length, fieldCount, rowCount;
    /// <summary>Row numbers per table in the order they are inserted (<see cref="Seal"/>), and where each table's run starts.</summary>
    int[] order = new int[512];
    readonly int[] tableStart = new int[BulkTable.All.Length + 1];
    bool sealedOrder;

    [ThreadStatic] static Utf8JsonWriter? json;
    static readonly JsonWriterOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Buffers given back, for the next report: as many are in use at once as reports are between the
    /// workers and the end of a transaction, so the import's memory stays where that bound puts it.</summary>
    static readonly System.Collections.Concurrent.ConcurrentQueue<EncodedRows> Pool = new();
    const int PoolSize = 1024, KeepBytes = 1 << 20;

    EncodedRows() { }

    /// <summary>An empty set of rows (from the pool when one was given back).</summary>
    public static EncodedRows Rent() => Pool.TryDequeue(out var r) ? r : new EncodedRows();

    /// <summary>Starts a row of a table (its fields follow, column 1 onwards).</summary>
    public void Begin(BulkTable table)
    {
        sealedOrder = false;
        if (rowCount == rows.Length) Array.Resize(ref rows, rows.Length * 2);
        rows[rowCount++] = new Row(Array.IndexOf(BulkTable.All, table), fieldCount);
    }

    public void Null() => Add(new Field(0, NullMark));

    public void Int(long? value)
    {
        if (value is not long v) { Null(); return; }
        System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(GetSpan(8), v);
        Add(new Field(length, IntMark));
        length += 8;
    }

    public void Bool(bool value) => Int(value ? 1 : 0);

    public void Text(string? text)
    {
        if (text is null) { Null(); return; }
        var span = GetSpan(System.Text.Encoding.UTF8.GetMaxByteCount(text.Length));
        var n = System.Text.Encoding.UTF8.GetBytes(text, span);
        Add(new Field(length, n));
        length += n;
    }

    /// <summary>A text column written as JSON by <paramref name="body"/> straight into the buffer.</summary>
    public void Json(Action<Utf8JsonWriter> body)
    {
        var start = length;
        var w = json ??= new Utf8JsonWriter(this, Options);
        // One writer per thread, reset for each value (a body that throws leaves it to be reset next time).
        w.Reset(this);
        body(w);
        w.Flush();
        Add(new Field(start, length - start));
    }

    void Add(Field f)
    {
        if (fieldCount == fields.Length) Array.Resize(ref fields, fields.Length * 2);
        fields[fieldCount++] = f;
    }

    public void Advance(int count) => length += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return bytes.AsMemory(length);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return bytes.AsSpan(length);
    }

    void Ensure(int sizeHint)
    {
        if (bytes.Length - length >= Math.Max(sizeHint, 256)) return;
        Array.Resize(ref bytes, Math.Max(bytes.Length * 2, length + Math.Max(sizeHint, 256)));
    }

    /// <summary>The rows of one table, in the order they were added, or — for a table stored clustered on its key
    /// (<see cref="BulkTable.KeyColumns"/>, SQLite), where the order rows arrive in is not kept — in key order, so
    /// each insert lands beside the previous one.</summary>
    public List<int> RowsOf(BulkTable table, bool keyOrder)
    {
        var index = Array.IndexOf(BulkTable.All, table);
        if (keyOrder)
        {
            Seal();
            return [.. order.AsSpan(tableStart[index], tableStart[index + 1] - tableStart[index])];
        }
        var list = new List<int>();
        for (var r = 0; r < rowCount; r++)
            if (rows[r].Table == index) list.Add(r);
        return list;
    }

    /// <summary>The rows of one table in key order (<see cref="RowsOf"/> with keyOrder), without a copy.</summary>
    public ReadOnlySpan<int> KeyOrder(int table)
    {
        Seal();
        return order.AsSpan(tableStart[table], tableStart[table + 1] - tableStart[table]);
    }

    /// <summary>Puts the rows in the order the SQLite writer inserts them: table by table, a clustered table's rows in
    /// key order (a stable sort). Called on the worker that built the rows, so the one writer does not sort.</summary>
    public void Seal()
    {
        if (sealedOrder) return;
        if (order.Length < rowCount) order = new int[Math.Max(rowCount, order.Length * 2)];
        Array.Clear(tableStart);
        for (var r = 0; r < rowCount; r++) tableStart[rows[r].Table + 1]++;
        for (var t = 0; t < BulkTable.All.Length; t++) tableStart[t + 1] += tableStart[t];
        Span<int> next = stackalloc int[BulkTable.All.Length];
        tableStart.AsSpan(0, next.Length).CopyTo(next);
        for (var r = 0; r < rowCount; r++) order[next[rows[r].Table]++] = r;
        for (var t = 0; t < BulkTable.All.Length; t++)
        {
            var keys = BulkTable.All[t].KeyColumns;
            if (keys == 0) continue;
            // Insertion sort would be quadratic for a large table; a stable sort by key, then by row number.
            Array.Sort(order, tableStart[t], tableStart[t + 1] - tableStart[t], Comparer<int>.Create((a, b) =>
            {
                for (var k = 0; k < keys; k++)
                    if (TextOf(FieldOf(a, k)).SequenceCompareTo(TextOf(FieldOf(b, k))) is var c and not 0) return c;
                return a.CompareTo(b);
            }));
        }
        sealedOrder = true;
    }

    /// <summary>The buffer the text fields point into (the SQLite writer binds from it without a copy).</summary>
    public byte[] Bytes => bytes;

    /// <summary>Field <paramref name="column"/> (0 = the table's column 1) of row <paramref name="row"/>.</summary>
    public Field FieldOf(int row, int column) => fields[rows[row].First + column];

    public ReadOnlySpan<byte> TextOf(Field f) => bytes.AsSpan(f.Offset, f.Length);

    public long IntOf(Field f) => System.Buffers.Binary.BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(f.Offset, 8));

    public string StringOf(Field f) => System.Text.Encoding.UTF8.GetString(bytes, f.Offset, f.Length);

    /// <summary>Gives the buffers back once the rows are written (a very large report's are let go).</summary>
    public void Dispose()
    {
        if (rowCount < 0) return;
        length = fieldCount = 0;
        rowCount = -1;
        sealedOrder = false;
        if (bytes.Length > KeepBytes || Pool.Count >= PoolSize) return;
        rowCount = 0;
        Pool.Enqueue(this);
    }
}
