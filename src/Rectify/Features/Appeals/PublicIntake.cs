using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rectify.Features.Rounds;
using Rectify.Features.Rounds.Progress;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;

namespace Rectify.Features.Appeals;

/// <summary>
/// An enterprise submits without an account (/appeal). The appeal goes to the office of the configured unit (else the top unit), and the enterprise gets
/// a tracking code (查询码) shown once: 20 characters from an alphabet without look-alikes (about 99 bits), stored only as
/// its SHA-256, so neither a guess nor a copy of the database finds an appeal.
/// </summary>
public sealed class PublicIntake(RectifyDbContext db, IOptions<AppealOptions> options, AppealFiles files, TimeProvider time)
{
    /// <summary>No 0/O, 1/I/L: a code read over the phone is typed right.</summary>
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public const int CodeLength = 20;

    public async Task<string> HandleAsync(AppealInput input, CancellationToken ct) => await HandleAsync(input, [], ct);

    /// <summary>The enterprise's files pass the same checks as the ledger's evidence, within the public form's small caps.</summary>
    public async Task<string> HandleAsync(AppealInput input, IReadOnlyList<UploadedFile> uploads, CancellationToken ct)
    {
        Inputs.Checked(input);
        var named = string.IsNullOrWhiteSpace(options.Value.PublicUnit) ? null : options.Value.PublicUnit.Trim();
        // The named unit, else (no setting, or a name no unit has) the top of the tree: an appeal is never lost for a setting.
        var owner = await db.Set<Unit>().Where(u => u.IsActive && ((named != null && u.ShortName == named) || u.ParentId == null))
            .OrderBy(u => named != null && u.ShortName == named ? 0 : 1).ThenBy(u => u.SortOrder).ThenBy(u => u.Path)
            .Select(u => u.Id).FirstAsync(ct);
        var appeal = Appeal.Record(RecordAppeal.ToNew(input with { Channel = AppealChannel.PublicForm }, owner),
            new AppealMoment(time.GetUtcNow(), time.Today(), "企业网上提交"));
        var code = NewCode();
        appeal.SetTrackingCodeHash(Hash(code));
        db.Add(appeal);
        db.AddRange(await files.StoreAsync(appeal.Id, AttachmentPurpose.Submission, uploads, appeal.SubmittedBy, fromPublic: true, ct));
        await db.SaveChangesAsync(ct);
        return Format(code);
    }

    public static string NewCode() => RandomNumberGenerator.GetString(Alphabet, CodeLength);

    /// <summary>The code as shown: five groups of four, 7KQ4-…; dashes, spaces and case are ignored when typed back.</summary>
    public static string Format(string code) => string.Join("-", code.Chunk(4).Select(c => new string(c)));

    /// <summary>The stored form of a typed code, or null when it cannot be a code at all.</summary>
    public static string? HashOfTyped(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed)) return null;
        var code = new string(typed.ToUpperInvariant().Where(c => c is not ('-' or ' ')).ToArray());
        return code.Length == CodeLength && code.All(Alphabet.Contains) ? Hash(code) : null;
    }

    private static string Hash(string code) => Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(code)));
}
