using System.Runtime.InteropServices;

namespace Nianbao.Batch;

/// <summary>What kind of file system entry a path leads to, after following symbolic links.</summary>
public enum EntryKind
{
    /// <summary>Nothing there (or a dangling link, or the path cannot be examined).</summary>
    Missing,
    /// <summary>An ordinary file.</summary>
    Regular,
    /// <summary>A directory.</summary>
    Directory,
    /// <summary>A named pipe; opening it would block.</summary>
    Fifo,
    /// <summary>A character device (/dev/zero, a terminal).</summary>
    CharDevice,
    /// <summary>A block device (a disk).</summary>
    BlockDevice,
    /// <summary>A Unix domain socket.</summary>
    Socket,
    /// <summary>Any other kind.</summary>
    Other,
}

/// <summary>
/// The kind and identity (device, inode) of a path after following links, through Linux's statx(2), whose
/// layout is the same on every architecture. Two links to one file have one identity, so a batch reads each file
/// once and a folder reached twice (a symbolic-link loop) is walked once. .NET reports a FIFO or a device as an
/// ordinary file, and opening a FIFO blocks until someone writes, so the kind must be known before opening.
/// Elsewhere than Linux the identity is the full path and a non-directory counts as a regular file.
/// </summary>
/// <param name="Kind">What the path leads to.</param>
/// <param name="Device">Device number (statx major/minor); 0 elsewhere than Linux.</param>
/// <param name="Inode">Inode number; 0 elsewhere than Linux.</param>
/// <param name="Path">The full path as given (links not resolved).</param>
public readonly partial record struct FileIdentity(EntryKind Kind, ulong Device, ulong Inode, string Path)
{
    /// <summary>Examines a path (made full, links followed) without opening it.</summary>
    public static FileIdentity Of(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (OperatingSystem.IsLinux())
        {
            try { return Statx(full); }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { }
        }
        var kind = Directory.Exists(full) ? EntryKind.Directory : File.Exists(full) ? EntryKind.Regular : EntryKind.Missing;
        return new FileIdentity(kind, 0, 0, full);
    }

    /// <summary>Same file: same device and inode (Linux), else same full path.</summary>
    public object Key => Device == 0 && Inode == 0 ? Path : (Device, Inode);

    const int AtFdCwd = -100;
    const uint StatxBasicStats = 0x7ff;

    static unsafe FileIdentity Statx(string full)
    {
        var buffer = stackalloc byte[256];
        if (statx(AtFdCwd, full, 0, StatxBasicStats, buffer) != 0) return new FileIdentity(EntryKind.Missing, 0, 0, full);
        var mode = *(ushort*)(buffer + 28);
        var inode = *(ulong*)(buffer + 32);
        var device = ((ulong)*(uint*)(buffer + 136) << 32) | *(uint*)(buffer + 140);
        var kind = (mode & 0xF000) switch
        {
            0x8000 => EntryKind.Regular,
            0x4000 => EntryKind.Directory,
            0x1000 => EntryKind.Fifo,
            0x2000 => EntryKind.CharDevice,
            0x6000 => EntryKind.BlockDevice,
            0xC000 => EntryKind.Socket,
            _ => EntryKind.Other,
        };
        return new FileIdentity(kind, device, inode, full);
    }

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static unsafe partial int statx(int dirfd, string path, int flags, uint mask, byte* buffer);
}
