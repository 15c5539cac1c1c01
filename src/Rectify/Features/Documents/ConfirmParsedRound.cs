using Microsoft.EntityFrameworkCore;
using Rectify.Features.Documents.Parsing;
using Rectify.Features.Rounds.Structure;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Documents;

public sealed record ConfirmParsedRoundInput(string Text, Guid InspectedUnitId, string? Title, string? InspectingBody, bool AllowDuplicate = false);

/// <summary>
/// The office confirms a parsed report: the round and its whole tree are created in one transaction,
/// measures by a sub-unit (驻北京办党组:一是…) go to that unit when it is under the inspected unit. A report already
/// imported (the same text), or a title the inspected unit's rounds already carry, is refused with that round unless the
/// office chose to go on.
/// </summary>
public sealed class ConfirmParsedRound(RectifyDbContext db, UserScope user, ImportRound import, DuplicateRounds duplicates)
{
    public async Task<Guid> HandleAsync(ConfirmParsedRoundInput input, CancellationToken ct)
    {
        var scope = await user.LoadAsync(ct);
        if (scope.Role != Role.Office) throw new ForbiddenException(PlatformErrors.Forbidden);
        await CreateRound.RequireUnitInScopeAsync(db, scope, input.InspectedUnitId, ct);
        if (string.IsNullOrWhiteSpace(input.Text)) throw RuleViolation.Invalid(DocumentsErrors.EmptyReport);
        var report = ReportParser.Parse(input.Text);
        var unitPath = await db.Set<Unit>().Where(u => u.Id == input.InspectedUnitId).Select(u => u.Path).SingleAsync(ct);
        var subUnits = await db.Set<Unit>().AsNoTracking().Where(u => u.Path.StartsWith(unitPath) && u.IsActive).ToListAsync(ct);
        var roundImport = ParsedRoundMapper.ToImport(report, input.InspectedUnitId,
            name => name is null ? null : subUnits.FirstOrDefault(u => u.Matches(name) || u.Matches(name.Replace("党组", "")))?.Id);
        var details = roundImport.Details with
        {
            Title = string.IsNullOrWhiteSpace(input.Title) ? roundImport.Details.Title : input.Title.Trim(),
            InspectingBody = string.IsNullOrWhiteSpace(input.InspectingBody) ? roundImport.Details.InspectingBody : input.InspectingBody.Trim(),
        };
        Rounds.Inputs.Checked(details);
        var sourceHash = DuplicateRounds.HashOf(input.Text);
        await duplicates.RefuseAsync(scope, RoundSource.Report, sourceHash, details.Title, details.InspectedUnitId, input.AllowDuplicate, ct);
        return await import.HandleAsync(roundImport with { Details = details, SourceHash = sourceHash }, ct);
    }
}
