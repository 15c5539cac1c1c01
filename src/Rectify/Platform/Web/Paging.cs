using Microsoft.EntityFrameworkCore;

namespace Rectify.Platform.Web;

public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int PageNumber, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

public static class Paging
{
    public const int DefaultSize = 50;
    public const int MaxSize = 200;

    public static (int Number, int Size) Normalize(int? number, int? size) =>
        (Math.Max(1, number ?? 1), Math.Clamp(size ?? DefaultSize, 1, MaxSize));

    public static async Task<Page<T>> ToPageAsync<T>(this IQueryable<T> query, int? number, int? size, CancellationToken ct)
    {
        var (n, s) = Normalize(number, size);
        var total = await query.CountAsync(ct);
        var items = await query.Skip((n - 1) * s).Take(s).ToListAsync(ct);
        return new Page<T>(items, total, n, s);
    }
}
