namespace Rectify.Platform.Files;

/// <summary>The CRC-32 of zip and PNG (IEEE 802.3), to check what an archive or image claims about its own content.</summary>
public static class Crc32
{
    public const uint Start = 0xFFFFFFFF;

    private static readonly uint[] Table = Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
        return c;
    }).ToArray();

    public static uint Append(uint crc, ReadOnlySpan<byte> data)
    {
        foreach (var x in data) crc = Table[(crc ^ x) & 0xFF] ^ (crc >> 8);
        return crc;
    }

    public static uint End(uint crc) => crc ^ 0xFFFFFFFF;

    public static uint Of(ReadOnlySpan<byte> data) => End(Append(Start, data));
}
