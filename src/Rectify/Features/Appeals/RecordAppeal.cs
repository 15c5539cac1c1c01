using Microsoft.EntityFrameworkCore;
using Rectify.Features.Rounds;
using Rectify.Features.Rounds.Progress;
using Rectify.Platform.Data;
using Rectify.Platform.Security;

namespace Rectify.Features.Appeals;

/// <summary>
/// 登记: a clerk records a call or a visit, or another system posts one with its own id. The office's unit runs it. A retry
/// of the same caller's id returns the appeal it created instead of a second one. The enterprise's material comes with it,
/// checked before anything is saved.
/// </summary>
public sealed class RecordAppeal(RectifyDbContext db, UserScope user, AppealAccess access, AppealFiles files)
{
    public async Task<RecordedAppeal> HandleAsync(AppealInput input, CancellationToken ct) => await HandleAsync(input, [], ct);

    public async Task<RecordedAppeal> HandleAsync(AppealInput input, IReadOnlyList<UploadedFile> uploads, CancellationToken ct)
    {
        Inputs.Checked(input);
        var scope = await user.LoadAsync(ct);
        var caller = scope.UserId.ToString();
        var externalId = string.IsNullOrWhiteSpace(input.ExternalId) ? null : input.ExternalId.Trim();
        if (externalId is not null && await FindAsync(caller, externalId, ct) is { } existing) return new RecordedAppeal(existing, false);

        var appeal = Appeal.Record(ToNew(input, scope.UnitId), await access.MomentAsync(ct));
        if (externalId is not null) appeal.IdentifyExternally(caller, externalId);
        db.Add(appeal);
        db.AddRange(await files.StoreAsync(appeal.Id, AttachmentPurpose.Submission, uploads, scope.FullName, fromPublic: false, ct));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (externalId is not null)
        {
            // Two retries raced: the unique index let one in; the other returns it.
            db.ChangeTracker.Clear();
            if (await FindAsync(caller, externalId, ct) is { } winner) return new RecordedAppeal(winner, false);
            throw;
        }
        return new RecordedAppeal(appeal.Id, true);
    }

    public static NewAppeal ToNew(AppealInput input, Guid ownerUnitId) => new(input.EnterpriseName, input.CreditCode, input.ContactName,
        input.ContactPhone, input.Channel, input.Category, input.Title, input.Text, ownerUnitId);

    private Task<Guid?> FindAsync(string caller, string externalId, CancellationToken ct) =>
        db.Set<Appeal>().Where(a => a.ExternalCaller == caller && a.ExternalId == externalId).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct);
}

public sealed record RecordedAppeal(Guid Id, bool Created);
