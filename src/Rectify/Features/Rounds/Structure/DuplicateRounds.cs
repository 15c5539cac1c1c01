using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;
using Rectify.Platform.Security;

namespace Rectify.Features.Rounds.Structure;

/// <summary>What a new round comes from: a report's text or a sheet's file, each fingerprinted by its SHA-256.</summary>
public enum RoundSource { Report, Sheet }

/// <summary>
/// Finds the round a creation would repeat, among the rounds of the office's scope: the same source (report text or
/// sheet file, by SHA-256), else the same title for the same inspected unit. Refuses with <see cref="DuplicateRound"/>
/// unless the office chose to go on.
/// </summary>
public sealed class DuplicateRounds(RectifyDbContext db)
{
    /// <summary>Lower-case hex SHA-256 of a report's text, line endings and outer blanks aside (a .txt and its .docx agree).</summary>
    public static string HashOf(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n").Trim())));

    /// <summary>Lower-case hex SHA-256 of a file's bytes; a seekable stream is left at its start.</summary>
    public static string HashOf(Stream file)
    {
        var start = file.CanSeek ? file.Position : 0;
        var hash = Convert.ToHexStringLower(SHA256.HashData(file));
        if (file.CanSeek) file.Position = start;
        return hash;
    }

    /// <summary>Refuses with the round this creation would repeat, unless the office chose to go on.</summary>
    public async Task RefuseAsync(ScopeData scope, RoundSource? source, string? sourceHash, string title, Guid inspectedUnitId, bool allowDuplicate,
        CancellationToken ct)
    {
        if (allowDuplicate) return;
        if (await FindAsync(scope, source, sourceHash, title, inspectedUnitId, ct) is { } duplicate) throw duplicate;
    }

    public async Task<DuplicateRound?> FindAsync(ScopeData scope, RoundSource? source, string? sourceHash, string? title, Guid? inspectedUnitId,
        CancellationToken ct)
    {
        var inScope = db.Set<Round>().AsNoTracking().Where(r => scope.UnitIds.Contains(r.InspectedUnitId));
        if (sourceHash is not null)
        {
            var same = await inScope.Where(r => r.SourceHash == sourceHash).OrderBy(r => r.CreatedAt)
                .Select(r => new { r.Id, r.Title, r.CreatedAt }).FirstOrDefaultAsync(ct);
            if (same is not null)
                return new DuplicateRound(RoundsErrors.SourceImported(source ?? RoundSource.Report, DayOf(same.CreatedAt), same.Title), same.Id, same.Title);
        }
        if (string.IsNullOrWhiteSpace(title) || inspectedUnitId is not { } unitId) return null;
        var trimmed = title.Trim();
        var named = await inScope.Where(r => r.Title == trimmed && r.InspectedUnitId == unitId).OrderBy(r => r.CreatedAt)
            .Select(r => new { r.Id, r.Title, r.CreatedAt }).FirstOrDefaultAsync(ct);
        return named is null ? null : new DuplicateRound(RoundsErrors.SameTitle(DayOf(named.CreatedAt), named.Title), named.Id, named.Title);
    }

    private static string DayOf(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, ChinaClock.Zone).DateTime).ToChinese();
}
