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

    byte[] bytes = [];
    Field[] fields = [];
    Row[] rows = new Row[512];
    int length, fieldCount, rowCount;
    /// <summary>Row numbers per table in the order they are inserted (<see cref="Seal"/>), and where each table's run starts.</summary>
    int[] order = new int[512];
    readonly int[] tableStart = new int[BulkTable.All.Length + 1];
    bool sealedOrder;

    [ThreadStatic] static Utf8JsonWriter? json, strictJson;
    static readonly JsonWriterOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Rows given back, for the next report (without their buffers).</summary>
    static readonly System.Collections.Concurrent.ConcurrentQueue<EncodedRows> Pool = new();
    const int PoolSize = 1024;

    /// <summary>
    /// The buffers, kept apart from the rows by size (a power of two), so a report takes one of the size it needs:
    /// as many are in use at once as reports are between the workers and the end of a transaction, and no more are
    /// kept than were ever in use at once of each size. (Kept with each rows object instead, every buffer grew over an
    /// import to the largest report it had held — the import's memory crept up with the number of reports.)
    /// </summary>
    static readonly Shelf<byte> Bytes16K = new(14, 20);
    static readonly Shelf<Field> Fields1K = new(10, 17);

    /// <summary>The sizes the last report built on this thread needed: the next one starts there (most reports of
    /// one import are alike), so a buffer is seldom grown and copied.</summary>
    [ThreadStatic] static int bytesHint, fieldsHint;

    EncodedRows() { }

    /// <summary>Arrays of one element type by size class (2^min … 2^max elements), at most <see cref="Keep"/> of a
    /// class kept; a larger array is never kept.</summary>
    sealed class Shelf<T>(int min, int max)
    {
        const int Keep = 512;
        readonly System.Collections.Concurrent.ConcurrentQueue<T[]>[] classes =
            Enumerable.Range(0, max - min + 1).Select(_ => new System.Collections.Concurrent.ConcurrentQueue<T[]>()).ToArray();

        static int ClassOf(int size, int min) => Math.Max(min, 32 - System.Numerics.BitOperations.LeadingZeroCount((uint)Math.Max(1, size - 1)));

        /// <summary>An array of at least <paramref name="minimum"/> elements (its contents are stale).</summary>
        public T[] Rent(int minimum)
        {
            var c = ClassOf(minimum, min);
            if (c <= max && classes[c - min].TryDequeue(out var a)) return a;
            return new T[c <= max ? 1 << c : minimum];
        }

        public void Return(T[] a)
        {
            if (a.Length == 0 || !System.Numerics.BitOperations.IsPow2(a.Length)) return;
            var c = System.Numerics.BitOperations.Log2((uint)a.Length);
            if (c < min || c > max || classes[c - min].Count >= Keep) return;
            classes[c - min].Enqueue(a);
        }

        public (long Count, long Elements) Held()
        {
            long count = 0, elements = 0;
            foreach (var q in classes)
                foreach (var a in q) { count++; elements += a.Length; }
            return (count, elements);
        }
    }

    /// <summary>How many buffers the pool holds and their size (for the bench's memory probe).</summary>
    internal static string PoolReport()
    {
        var (nb, b) = Bytes16K.Held();
        var (nf, f) = Fields1K.Held();
        return $"rows pool {Pool.Count} rows, {nb} byte buffers ({b >> 20} MB), {nf} field arrays ({f * 8 >> 20} MB)";
    }

    /// <summary>An empty set of rows (from the pool when one was given back).</summary>
    public static EncodedRows Rent()
    {
        var r = Pool.TryDequeue(out var pooled) ? pooled : new EncodedRows();
        r.rowCount = r.length = r.fieldCount = 0;
        r.sealedOrder = false;
        r.bytes = Bytes16K.Rent(bytesHint);
        r.fields = Fields1K.Rent(fieldsHint);
        return r;
    }

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

    /// <summary>A text column (null: NULL); returns the field, which later rows may repeat (<see cref="Same"/>).</summary>
    public Field Text(string? text)
    {
        if (text is null) { Null(); return new Field(0, NullMark); }
        var span = GetSpan(System.Text.Encoding.UTF8.GetMaxByteCount(text.Length));
        var f = new Field(length, System.Text.Encoding.UTF8.GetBytes(text, span));
        Add(f);
        length += f.Length;
        return f;
    }

    /// <summary>A text column given as UTF-8 bytes.</summary>
    public void Utf8(ReadOnlySpan<byte> text)
    {
        text.CopyTo(GetSpan(text.Length));
        Add(new Field(length, text.Length));
        length += text.Length;
    }

    /// <summary>A column holding the same value as a field written before (its bytes are not written again: a table
    /// key, layout or row key shared by many rows is stored in the buffer once).</summary>
    public void Same(Field f) => Add(f);

    /// <summary>A text column of a value formatted as UTF-8 (invariant culture, default format).</summary>
    public void Formatted<T>(T value) where T : IUtf8SpanFormattable
    {
        int n, hint = 64;
        while (!value.TryFormat(GetSpan(hint), out n, default, System.Globalization.CultureInfo.InvariantCulture)) hint *= 2;
        Add(new Field(length, n));
        length += n;
    }

    /// <summary>"a.b.c" as one text column (a null part is empty, as string interpolation makes it).</summary>
    public void Joined(string? a, string? b, string? c)
    {
        var start = length;
        Append(a); Append("."u8); Append(b); Append("."u8); Append(c);
        Add(new Field(start, length - start));
    }

    void Append(string? text)
    {
        if (string.IsNullOrEmpty(text)) return;
        length += System.Text.Encoding.UTF8.GetBytes(text, GetSpan(System.Text.Encoding.UTF8.GetMaxByteCount(text.Length)));
    }

    void Append(ReadOnlySpan<byte> text)
    {
        text.CopyTo(GetSpan(text.Length));
        length += text.Length;
    }

    void Append(int value)
    {
        if (!value.TryFormat(GetSpan(11), out var n, default, System.Globalization.CultureInfo.InvariantCulture)) throw new InvalidOperationException();
        length += n;
    }

    /// <summary>
    /// Provenance as the compact JSON of `nianbao parse --provenance` (<see cref="Nianbao.Output.JsonReportWriter.WriteSource"/>
    /// with no raw text or state), or NULL: written byte by byte — the text kinds and integer positions need no
    /// escaping or number formatting of the JSON writer, which costs more than the rest of a value's row. A source
    /// with a page position (PDF: fractional coordinates) or an unusual kind goes through the JSON writer.
    /// </summary>
    public void Provenance(Nianbao.Model.Provenance? p)
    {
        if (p is null) { Null(); return; }
        if (p.X is not null || p.Y is not null || !PlainKind(p.Kind))
        {
            // (A static body with the source as its state: a lambda capturing it made a closure on every call.)
            Json(static (w, source) => Nianbao.Output.JsonReportWriter.WriteSource(w, source, null), p);
            return;
        }
        var start = length;
        Append("{\"kind\":\""u8);
        Append(p.Kind);
        Append("\""u8);
        if (p.Line is int line) { Append(",\"line\":"u8); Append(line); }
        if (p.Column is int column) { Append(",\"column\":"u8); Append(column); }
        if (p.Length is int len) { Append(",\"length\":"u8); Append(len); }
        if (p.Table is int table) { Append(",\"table\":"u8); Append(table); }
        if (p.Row is int row) { Append(",\"row\":"u8); Append(row); }
        if (p.Cell is int cell) { Append(",\"cell\":"u8); Append(cell); }
        if (p.Paragraph is int paragraph) { Append(",\"paragraph\":"u8); Append(paragraph); }
        if (p.Page is int page) { Append(",\"page\":"u8); Append(page); }
        Append("}"u8);
        Add(new Field(start, length - start));
    }

    /// <summary>A kind the JSON writer would write as it is: lower-case ASCII letters, digits and '-'.</summary>
    static bool PlainKind(string kind)
    {
        foreach (var c in kind)
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')) return false;
        return true;
    }

    /// <summary>A text column written as JSON by <paramref name="body"/> straight into the buffer, strings escaped as
    /// JsonSerializer escapes them by default (<paramref name="strict"/>) or only where JSON requires it.</summary>
    public void Json(Action<Utf8JsonWriter> body, bool strict = false) => Json(static (w, body) => body(w), body, strict);

    /// <summary><see cref="Json(Action{Utf8JsonWriter}, bool)"/> with the body's state passed in (no closure per value).</summary>
    public void Json<TState>(Action<Utf8JsonWriter, TState> body, TState state, bool strict = false)
    {
        var start = length;
        var w = strict ? strictJson ??= new Utf8JsonWriter(this) : json ??= new Utf8JsonWriter(this, Options);
        // One writer per thread, reset for each value (a body that throws leaves it to be reset next time).
        w.Reset(this);
        body(w, state);
        w.Flush();
        Add(new Field(start, length - start));
    }

    void Add(Field f)
    {
        if (fieldCount == fields.Length)
        {
            var more = Fields1K.Rent(fieldCount + 1);
            fields.AsSpan(0, fieldCount).CopyTo(more);
            Fields1K.Return(fields);
            fields = more;
        }
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
        var more = Bytes16K.Rent(length + Math.Max(sizeHint, 256));
        bytes.AsSpan(0, length).CopyTo(more);
        Bytes16K.Return(bytes);
        bytes = more;
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
        (bytesHint, fieldsHint) = (length, fieldCount);
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
            // By key, then by row number (a total order: the same result as a stable sort).
            var run = order.AsSpan(tableStart[t], tableStart[t + 1] - tableStart[t]);
            if (!SortByRanks(run, keys)) run.Sort(new KeyComparer(this, keys));
        }
        sealedOrder = true;
    }

    [ThreadStatic] static Dictionary<int, int>? rankOf;
    [ThreadStatic] static List<Field>? distinct;
    [ThreadStatic] static long[]? packed;
    [ThreadStatic] static int[]? rankBuffer;

    /// <summary>
    /// The key-order sort of <see cref="KeyComparer"/> done on integers: a key column of a table's rows holds few
    /// distinct fields (<see cref="ReportRows.Build"/> writes a table key once, a row key once for its row's cells, a
    /// column key once: <see cref="Same"/>), so each distinct field is ranked once by its bytes (equal bytes, equal
    /// rank), and the rows are sorted by their ranks and row number packed into one integer — the order the comparer
    /// gives, without comparing the same key bytes again for every pair of rows. False (nothing done) when the packed
    /// key would not fit in 63 bits.
    /// </summary>
    bool SortByRanks(Span<int> run, int keys)
    {
        if (run.Length < 2) return true;
        var map = rankOf ??= [];
        var list = distinct ??= [];
        var all = rankBuffer is { } rb && rb.Length >= keys * run.Length ? rb : rankBuffer = new int[Math.Max(keys * run.Length, 1024)];
        Span<int> widths = stackalloc int[keys];
        var rowBits = BitsFor(rowCount);
        var total = rowBits;
        for (var k = 0; k < keys; k++)
        {
            map.Clear();
            list.Clear();
            var of = all.AsSpan(k * run.Length, run.Length);
            for (var i = 0; i < run.Length; i++)
            {
                var f = FieldOf(run[i], k);
                // A null or integer field has no bytes to rank: leave it to the comparer.
                if (f.Length < 0) return false;
                if (!map.TryGetValue(f.Offset, out var slot))
                {
                    map[f.Offset] = slot = list.Count;
                    list.Add(f);
                }
                else if (list[slot].Length != f.Length) return false;   // two fields at one offset: never written so, but not assumed
                of[i] = slot;
            }
            total += widths[k] = BitsFor(list.Count);
            if (total > 63) return false;
            // Rank the distinct fields by their bytes; fields with the same bytes share a rank.
            var byBytes = new int[list.Count];
            for (var j = 0; j < byBytes.Length; j++) byBytes[j] = j;
            byBytes.AsSpan().Sort((a, b) => TextOf(list[a]).SequenceCompareTo(TextOf(list[b])));
            var rank = new int[list.Count];
            for (var j = 0; j < byBytes.Length; j++)
                rank[byBytes[j]] = j > 0 && TextOf(list[byBytes[j]]).SequenceEqual(TextOf(list[byBytes[j - 1]])) ? rank[byBytes[j - 1]] : j;
            for (var i = 0; i < run.Length; i++) of[i] = rank[of[i]];
        }
        var key = packed is { } p && p.Length >= run.Length ? p : packed = new long[Math.Max(run.Length, 512)];
        for (var i = 0; i < run.Length; i++)
        {
            long v = 0;
            for (var k = 0; k < keys; k++) v = (v << widths[k]) | (uint)all[k * run.Length + i];
            // The row number last: rows with equal keys keep their order (the comparer's last step).
            key[i] = (v << rowBits) | (uint)run[i];
        }
        key.AsSpan(0, run.Length).Sort();
        var mask = (1L << rowBits) - 1;
        for (var i = 0; i < run.Length; i++) run[i] = (int)(key[i] & mask);
        return true;
    }

    /// <summary>Bits that hold the numbers 0 … <paramref name="count"/> − 1.</summary>
    static int BitsFor(int count) => count <= 1 ? 0 : 32 - System.Numerics.BitOperations.LeadingZeroCount((uint)(count - 1));

    readonly struct KeyComparer(EncodedRows rows, int keys) : IComparer<int>
    {
        public int Compare(int a, int b)
        {
            for (var k = 0; k < keys; k++)
            {
                Field x = rows.FieldOf(a, k), y = rows.FieldOf(b, k);
                // A shared field (Same) is equal without looking at its bytes.
                if (x == y) continue;
                if (rows.TextOf(x).SequenceCompareTo(rows.TextOf(y)) is var c and not 0) return c;
            }
            return a.CompareTo(b);
        }
    }

    /// <summary>The buffer the text fields point into (the SQLite writer binds from it without a copy).</summary>
    public byte[] Bytes => bytes;

    /// <summary>Field <paramref name="column"/> (0 = the table's column 1) of row <paramref name="row"/>.</summary>
    public Field FieldOf(int row, int column) => fields[rows[row].First + column];

    public ReadOnlySpan<byte> TextOf(Field f) => bytes.AsSpan(f.Offset, f.Length);

    public long IntOf(Field f) => System.Buffers.Binary.BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(f.Offset, 8));

    public string StringOf(Field f) => System.Text.Encoding.UTF8.GetString(bytes, f.Offset, f.Length);

    /// <summary>Gives the buffers back once the rows are written.</summary>
    public void Dispose()
    {
        if (rowCount < 0) return;
        Bytes16K.Return(bytes);
        Fields1K.Return(fields);
        bytes = [];
        fields = [];
        length = fieldCount = 0;
        rowCount = -1;
        sealedOrder = false;
        if (Pool.Count < PoolSize) Pool.Enqueue(this);
    }
}
