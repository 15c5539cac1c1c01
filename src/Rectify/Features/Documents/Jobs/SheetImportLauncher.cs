using Microsoft.Extensions.DependencyInjection;
using Rectify.Features.Documents.Excel;
using Rectify.Features.Documents.Mappings;
using Rectify.Features.Rounds;
using Rectify.Features.Rounds.Structure;
using Rectify.Platform.Data;
using Rectify.Platform.Web;

namespace Rectify.Features.Documents.Jobs;

/// <summary>
/// Starts an import as a background job for the page's progress bar and the API's 202: who may import, where and
/// with which mapping is checked now, so a refusal comes at once; the sheet's rows are checked by the job.
/// </summary>
public sealed class SheetImportLauncher(
    RectifyDbContext db, IHttpContextAccessor http, RoundAccess access, SheetMappings mappings, SheetImportJobs jobs)
{
    public async Task<SheetImportJob> NewRoundAsync(IFormFile? file, ImportLedgerSheetInput input, Guid? mappingId, string? inline, CancellationToken ct)
    {
        var scope = await mappings.OfficeAsync(ct);
        await CreateRound.RequireUnitInScopeAsync(db, scope, input.InspectedUnitId, ct);
        var mapping = await mappings.ResolveAsync(mappingId, inline, ct);
        return await EnqueueAsync(file, async (services, xlsx, progress, token) => new NewRoundResult(
            await services.GetRequiredService<ImportLedgerSheet>().HandleAsync(xlsx, input, mapping, progress, token)), ct);
    }

    public async Task<SheetImportJob> IntoRoundAsync(Guid roundId, IFormFile? file, Guid? mappingId, string? inline, CancellationToken ct)
    {
        await access.RoundToChangeAsync(roundId, ct);
        var mapping = await mappings.ResolveAsync(mappingId, inline, ct);
        return await EnqueueAsync(file, async (services, xlsx, progress, token) =>
            await services.GetRequiredService<ImportSheetIntoRound>().HandleAsync(roundId, xlsx, mapping, progress, token), ct);
    }

    public async Task<SheetImportStatus> StatusAsync(Guid jobId, CancellationToken ct) =>
        jobs.StatusFor(jobId, (await mappings.OfficeAsync(ct)).UserId);

    private async Task<SheetImportJob> EnqueueAsync(IFormFile? file, SheetImportWork work, CancellationToken ct)
    {
        await using var upload = ExcelApi.OpenUpload(file);
        using var copy = new MemoryStream();
        await upload.CopyToAsync(copy, ct);
        var scope = await mappings.OfficeAsync(ct);
        var principal = http.HttpContext?.User ?? throw new ForbiddenException(PlatformErrors.Unauthenticated);
        return jobs.Enqueue(principal, scope.UserId, copy.ToArray(), work);
    }
}
