using System.Buffers.Binary;
using Rectify.Platform.Web;

namespace Rectify.Platform.Files;

/// <summary>
/// A PNG or JPEG read through its structure to the end: PNG chunk by chunk with each CRC to IEND, JPEG marker by marker
/// and through the compressed scan to EOI, with sane dimensions and nothing after the end (another JPEG excepted, as
/// phones write for multi-picture photos). An image that is really HTML, or carries it after its end, is refused.
/// </summary>
public static class ImageCheck
{
    public const long MaxPixels = 100_000_000;

    public static void Check(Stream image, FileSignature.Kind kind)
    {
        image.Position = 0;
        using var copy = new MemoryStream();
        image.CopyTo(copy);
        image.Position = 0;
        var bytes = copy.GetBuffer().AsSpan(0, (int)copy.Length);
        var name = kind == FileSignature.Png ? "PNG" : "JPEG";
        var (width, height, end) = kind == FileSignature.Png ? Png(bytes) : Jpeg(bytes);
        if (width <= 0 || height <= 0 || end < 0) throw RuleViolation.Invalid(string.Format(FileErrors.ImageUnreadable, name));
        if ((long)width * height > MaxPixels)
            throw RuleViolation.Invalid(string.Format(FileErrors.ImageTooLarge, width, height, MaxPixels / 10_000));
        var rest = bytes[end..];
        while (kind == FileSignature.Jpeg && rest.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }))
        {
            var (w, h, next) = Jpeg(rest);
            if (w <= 0 || h <= 0 || next < 0) throw RuleViolation.Invalid(FileErrors.ImageTrailing);
            rest = rest[next..];
        }
        if (rest.IndexOfAnyExcept((byte)0) >= 0) throw RuleViolation.Invalid(FileErrors.ImageTrailing);
    }

    /// <summary>Width, height and the offset just past IEND; -1 where the structure breaks.</summary>
    private static (int Width, int Height, int End) Png(ReadOnlySpan<byte> b)
    {
        var (width, height, position, sawData) = (0, 0, 8, false);
        while (position + 12 <= b.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(b[position..]);
            if (length > int.MaxValue || position + 12 + (long)length > b.Length) return (0, 0, -1);
            var type = b.Slice(position + 4, 4);
            var data = b.Slice(position + 8, (int)length);
            if (Crc32.Of(b.Slice(position + 4, 4 + (int)length)) != BinaryPrimitives.ReadUInt32BigEndian(b[(position + 8 + (int)length)..])) return (0, 0, -1);
            if (position == 8)
            {
                if (!type.SequenceEqual("IHDR"u8) || length != 13) return (0, 0, -1);
                (width, height) = ((int)Math.Min(int.MaxValue, BinaryPrimitives.ReadUInt32BigEndian(data)), (int)Math.Min(int.MaxValue, BinaryPrimitives.ReadUInt32BigEndian(data[4..])));
            }
            sawData |= type.SequenceEqual("IDAT"u8);
            position += 12 + (int)length;
            if (type.SequenceEqual("IEND"u8)) return sawData ? (width, height, position) : (0, 0, -1);
        }
        return (0, 0, -1);
    }

    /// <summary>Width, height and the offset just past EOI; -1 where the structure breaks.</summary>
    private static (int Width, int Height, int End) Jpeg(ReadOnlySpan<byte> b)
    {
        if (!b.StartsWith(new byte[] { 0xFF, 0xD8 })) return (0, 0, -1);
        var (width, height, p) = (0, 0, 2);
        while (p + 1 < b.Length)
        {
            if (b[p] != 0xFF) return (0, 0, -1);
            while (p + 1 < b.Length && b[p + 1] == 0xFF) p++;
            if (p + 1 >= b.Length) break;
            var marker = b[p + 1];
            p += 2;
            if (marker == 0xD9) return (width, height, p);
            if (marker is >= 0xD0 and <= 0xD7 or 0x01) continue;
            if (p + 2 > b.Length) break;
            var length = BinaryPrimitives.ReadUInt16BigEndian(b[p..]);
            if (length < 2 || p + length > b.Length) return (0, 0, -1);
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC && length >= 7)
                (height, width) = (BinaryPrimitives.ReadUInt16BigEndian(b[(p + 3)..]), BinaryPrimitives.ReadUInt16BigEndian(b[(p + 5)..]));
            p += length;
            if (marker == 0xDA)
            {
                if (width == 0) return (0, 0, -1);
                p = ScanEnd(b, p);
            }
        }
        return (0, 0, -1);
    }

    // Entropy-coded data runs until a marker that is neither a stuffed zero nor a restart marker.
    private static int ScanEnd(ReadOnlySpan<byte> b, int p)
    {
        while (p + 1 < b.Length)
        {
            if (b[p] == 0xFF && b[p + 1] != 0x00 && b[p + 1] is not (>= 0xD0 and <= 0xD7) && b[p + 1] != 0xFF) return p;
            p++;
        }
        return b.Length;
    }
}
