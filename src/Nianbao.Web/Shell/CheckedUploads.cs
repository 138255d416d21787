using System.Security.Cryptography;
using Microsoft.Extensions.Caching.Memory;
using Nianbao.Output;

namespace Nianbao.Web.Shell;

/// <summary>
/// Checked uploads kept for a while (30 minutes after last use, at most 64), so the Check page can offer its
/// downloads (JSON, rendered DOCX, 问题清单) without the file being sent again. Keyed by a random id; nothing is
/// written to disk.
/// </summary>
public sealed class CheckedUploads
{
    readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = 64 });

    /// <summary>Keeps a checked upload and returns its id.</summary>
    /// <param name="upload">The upload.</param>
    /// <param name="unit">What the batch API made of it.</param>
    /// <returns>A random id (URL-safe).</returns>
    public string Keep(Upload upload, ReviewUnit unit)
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        cache.Set(id, (upload, unit), new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(30) });
        return id;
    }

    /// <summary>The upload kept under an id, or null.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The upload and its unit, or null.</returns>
    public (Upload Upload, ReviewUnit Unit)? Find(string id) =>
        cache.TryGetValue(id, out (Upload, ReviewUnit) hit) ? hit : null;
}
