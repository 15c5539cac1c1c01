using System.Buffers.Binary;
using System.IO.Compression;
using Rectify.Platform.Web;

namespace Rectify.Platform.Files;

/// <summary>
/// Checks a zip package (.xlsx, .docx, .ofd) before anything opens it: the entry count from the end record, each
/// name, the sizes the central directory declares, then every part inflated once into nothing, counting what really
/// comes out, so a header that lies about a size is caught while streaming and no more than the limit is ever inflated.
/// </summary>
public static class ArchiveGuard
{
    // A part's ratio is judged only past its first 100 KB: small, repetitive XML parts may compress a few hundred times.
    private const int RatioGrace = 100 * 1024;

    private static readonly byte[][] ArchiveMagics =
    [
        "PK\u0003\u0004"u8.ToArray(), "PK\u0005\u0006"u8.ToArray(), [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "Rar!"u8.ToArray(),
        [0x1F, 0x8B], "BZh"u8.ToArray(), [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00],
    ];

    /// <summary>Refuses (a <see cref="RuleViolation"/> with a Chinese message) or returns with the stream at its start.</summary>
    public static void Check(Stream zip, FilesOptions limits)
    {
        if (!zip.CanSeek) throw new ArgumentException("a seekable stream is needed", nameof(zip));
        try
        {
            var declared = DeclaredEntries(zip);
            if (declared > limits.MaxEntries) throw Refused(FileErrors.TooManyEntries, declared, limits.MaxEntries);
            zip.Position = 0;
            using var archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
            var entries = archive.Entries;
            if (entries.Count > limits.MaxEntries) throw Refused(FileErrors.TooManyEntries, entries.Count, limits.MaxEntries);
            CheckDirectory(entries, limits);
            var buffer = new byte[81920];
            long total = 0;
            foreach (var entry in entries) total = Inflate(entry, total, limits, buffer);
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or EndOfStreamException or IOException)
        {
            throw RuleViolation.Invalid(FileErrors.NotAnArchive);
        }
        finally
        {
            zip.Position = 0;
        }
    }

    private static void CheckDirectory(IReadOnlyCollection<ZipArchiveEntry> entries, FilesOptions limits)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        long declaredTotal = 0;
        foreach (var entry in entries)
        {
            var name = entry.FullName;
            if (!IsSafeName(name)) throw Refused(FileErrors.BadEntryName, Shown(name));
            if (!names.Add(name)) throw Refused(FileErrors.DuplicateEntry, Shown(name));
            declaredTotal += entry.Length;
            if (entry.Length < 0 || declaredTotal > limits.MaxInflatedBytes) throw Refused(FileErrors.TooLargeInflated, FileErrors.Size(limits.MaxInflatedBytes));
            if (entry.Length > RatioGrace && entry.Length > (long)limits.MaxRatio * Math.Max(1, entry.CompressedLength))
                throw Refused(FileErrors.RatioTooHigh, Shown(name), limits.MaxRatio);
        }
    }

    private static long Inflate(ZipArchiveEntry entry, long total, FilesOptions limits, byte[] buffer)
    {
        using var content = entry.Open();
        long inflated = 0;
        var crc = Crc32.Start;
        int read;
        while ((read = content.Read(buffer, 0, buffer.Length)) > 0)
        {
            crc = Crc32.Append(crc, buffer.AsSpan(0, read));
            if (inflated == 0 && IsArchive(buffer.AsSpan(0, read))) throw Refused(FileErrors.NestedArchive, Shown(entry.FullName));
            inflated += read;
            total += read;
            if (inflated > entry.Length) throw Refused(FileErrors.SizeMismatch, Shown(entry.FullName));
            if (total > limits.MaxInflatedBytes) throw Refused(FileErrors.TooLargeInflated, FileErrors.Size(limits.MaxInflatedBytes));
            if (inflated > RatioGrace && inflated > (long)limits.MaxRatio * Math.Max(1, entry.CompressedLength))
                throw Refused(FileErrors.RatioTooHigh, Shown(entry.FullName), limits.MaxRatio);
        }
        // The reader stops at the declared size: a header understating it leaves a checksum that does not match.
        if (inflated != entry.Length || Crc32.End(crc) != entry.Crc32) throw Refused(FileErrors.SizeMismatch, Shown(entry.FullName));
        return total;
    }

    /// <summary>The entry count the end of central directory record states (Zip64 included), read before the directory is.</summary>
    private static long DeclaredEntries(Stream zip)
    {
        if (zip.Length < 22) throw new InvalidDataException();
        var tail = (int)Math.Min(zip.Length, 22 + 65535);
        var bytes = new byte[tail];
        zip.Position = zip.Length - tail;
        zip.ReadExactly(bytes);
        for (var i = tail - 22; i >= 0; i--)
        {
            if (!bytes.AsSpan(i).StartsWith("PK\u0005\u0006"u8)) continue;
            long count = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(i + 10));
            if (count != 0xFFFF || i < 20 || !bytes.AsSpan(i - 20).StartsWith("PK\u0006\u0007"u8)) return count;
            var record = new byte[56];
            zip.Position = (long)BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(i - 20 + 8));
            zip.ReadExactly(record);
            if (!record.AsSpan().StartsWith("PK\u0006\u0006"u8)) throw new InvalidDataException();
            var count64 = BinaryPrimitives.ReadUInt64LittleEndian(record.AsSpan(32));
            return count64 > long.MaxValue ? long.MaxValue : (long)count64;
        }
        throw new InvalidDataException();
    }

    private static bool IsSafeName(string name) =>
        name.Length is > 0 and <= 260 && name[0] != '/' && !name.Contains('\\') && !name.Contains(':')
        && !name.Any(char.IsControl) && !name.Split('/').Any(part => part is ".." or ".");

    private static bool IsArchive(ReadOnlySpan<byte> head)
    {
        foreach (var magic in ArchiveMagics)
            if (head.StartsWith(magic)) return true;
        return false;
    }

    private static string Shown(string name)
    {
        var clean = new string(name.Where(c => !char.IsControl(c)).ToArray());
        return clean.Length <= 60 ? clean : clean[..60] + "…";
    }

    private static RuleViolation Refused(string format, params object[] values) => RuleViolation.Invalid(string.Format(format, values));
}
