using Microsoft.AspNetCore.Http.Features;
using Nianbao.Batch;
using Nianbao.Model;

namespace Nianbao.Web.Shell;

/// <summary>An uploaded file or pasted text: a display name (never used as a path) and its bytes.</summary>
/// <param name="Name">The name the client gave, reduced to a file name without control characters; for display only.</param>
/// <param name="Bytes">The content.</param>
public sealed record Upload(string Name, byte[] Bytes);

/// <summary>
/// Reads the input of a request (form field <c>file</c>, or <c>text</c> for pasted text) with the limits checked
/// first: the declared length before anything is read, the file's size and type (its extension among those
/// accepted) before its bytes are read; parsing then enforces the library's remaining limits (zip entries and sizes,
/// nesting, cells…) before its own work. Nothing here becomes a file-system path.
/// </summary>
public static class Uploads
{
    /// <summary>What a report upload may be: the kinds the readers know (<see cref="ReadableKinds"/>).</summary>
    public static IReadOnlyList<string> ReportKinds => ReadableKinds.Extensions;

    /// <summary>What a fill-in upload may be: the fill-in workbook or JSON.</summary>
    public static readonly IReadOnlyList<string> FillInKinds = [".xlsx", ".json"];

    /// <summary>The upload of a request, or the problem that refuses it (400, 413, 415).</summary>
    /// <param name="request">The request.</param>
    /// <param name="settings">Limits.</param>
    /// <param name="accepted">Accepted extensions.</param>
    /// <param name="field">The form field of the file.</param>
    /// <param name="cancel">Cancellation.</param>
    /// <returns>The upload, or the problem.</returns>
    public static async Task<(Upload? Upload, IResult? Problem)> Read(HttpRequest request, ServeSettings settings, IReadOnlyList<string> accepted,
        string field = "file", CancellationToken cancel = default)
    {
        var lang = Ui.Lang(request.HttpContext);
        var max = settings.Limits.MaxFileBytes;
        if (request.ContentLength is long declared && declared > FormLimit(settings)) return (null, Problems.Result(Problems.TooLarge(declared, settings, lang)));
        if (!request.HasFormContentType) return (null, NoInput(lang));
        IFormCollection form;
        try { form = await request.ReadFormAsync(cancel); }
        catch (Exception e) when (e is BadHttpRequestException { StatusCode: 413 } or InvalidDataException)
        {
            return (null, Problems.Result(Problems.TooLarge(request.ContentLength ?? max + 1, settings, lang)));
        }
        return await FromForm(form, settings, accepted, field, lang, cancel);
    }

    /// <summary>The upload in an already read form (page handlers), or the problem.</summary>
    /// <param name="form">The form.</param>
    /// <param name="settings">Limits.</param>
    /// <param name="accepted">Accepted extensions.</param>
    /// <param name="field">The form field of the file.</param>
    /// <param name="lang">zh or en.</param>
    /// <param name="cancel">Cancellation.</param>
    /// <returns>The upload, or the problem.</returns>
    public static async Task<(Upload? Upload, IResult? Problem)> FromForm(IFormCollection form, ServeSettings settings, IReadOnlyList<string> accepted,
        string field, string lang, CancellationToken cancel)
    {
        var max = settings.Limits.MaxFileBytes;
        if (form.Files.GetFile(field) is { Length: > 0 } file)
        {
            var name = DisplayName(file.FileName);
            if (file.Length > max) return (null, Problems.Result(Problems.TooLarge(file.Length, settings, lang)));
            var ext = Path.GetExtension(name).ToLowerInvariant();
            if (!accepted.Contains(ext))
                return (null, Problems.Result(Problems.Of(StatusCodes.Status415UnsupportedMediaType,
                    Finding.Create("NB-WEB-TYPE", null, ("name", name), ("accepted", string.Join(" ", accepted))), lang)));
            var bytes = new byte[file.Length];
            await using (var s = file.OpenReadStream()) await s.ReadExactlyAsync(bytes, cancel);
            return (new Upload(name, bytes), null);
        }
        if (form["text"].ToString() is { Length: > 0 } text)
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(text);
            if (bytes.LongLength > max) return (null, Problems.Result(Problems.TooLarge(bytes.LongLength, settings, lang)));
            return (new Upload("text.txt", bytes), null);
        }
        return (null, NoInput(lang));
    }

    /// <summary>The request body limit: one file at the limit plus room for the form around it.</summary>
    /// <param name="settings">Limits.</param>
    /// <returns>Bytes.</returns>
    public static long FormLimit(ServeSettings settings) => settings.Limits.MaxFileBytes + (1L << 20);

    /// <summary>Applies the body limit to Kestrel and to form reading.</summary>
    /// <param name="services">The services.</param>
    public static void Limit(IServiceCollection services)
    {
        services.AddOptions<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>()
            .Configure<ServeSettings>((k, settings) => k.Limits.MaxRequestBodySize = FormLimit(settings));
        services.AddOptions<FormOptions>().Configure<ServeSettings>((f, settings) =>
        {
            f.MultipartBodyLengthLimit = FormLimit(settings);
            f.ValueLengthLimit = (int)Math.Min(int.MaxValue, settings.Limits.MaxFileBytes + 1);
            f.ValueCountLimit = 4096;
        });
    }

    static IResult NoInput(string lang) =>
        Problems.Result(Problems.Of(StatusCodes.Status400BadRequest, Finding.Create("NB-WEB-NO-INPUT"), lang));

    /// <summary>A client's file name as a display name: its last segment, control characters dropped, at most 120 characters.</summary>
    /// <param name="given">The name the client sent.</param>
    /// <returns>The display name.</returns>
    public static string DisplayName(string? given)
    {
        var name = (given ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        name = new string(name.Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (name.Length > 120) name = name[^120..];
        return name.Length == 0 ? "upload" : name;
    }
}
