using Rectify.Platform.Jobs;
using Rectify.Features.Documents.Bulletins;
using Rectify.Features.Documents.Excel;
using Rectify.Features.Documents.Jobs;
using Rectify.Features.Documents.Mappings;

namespace Rectify.Features.Documents;

public static class DocumentsModule
{
    public static IServiceCollection AddDocuments(this IServiceCollection services)
    {
        services.AddScoped<ConfirmParsedRound>();
        services.AddScoped<LedgerExport>();
        services.AddScoped<LedgerSheetReader>().AddScoped<ImportLedgerSheet>();
        services.AddScoped<RoundSheetMerge>().AddScoped<ImportSheetIntoRound>();
        services.AddScoped<SheetMappings>().AddScoped<SaveSheetMapping>().AddScoped<DeleteSheetMapping>();
        services.AddSingleton(SheetMappingKind.Ledger).AddSingleton<SheetMappingKinds>();
        // Large imports run in the background, one at a time, and report their progress.
        services.AddSingleton<SheetImportQueue>().AddScoped<SheetImportLauncher>().AddScoped<RunSheetImport>().AddScoped<SheetImportRecovery>();
        services.AddOnDemandJob<SheetImportJob>(SheetImportLauncher.JobName, "导入台账表格");
        services.AddHostedService<SheetImportWorker>();
        services.AddScoped<BulletinQuery>().AddScoped<BulletinDocuments>().AddSingleton<PdfConverter>();
        services.AddScoped<EditBulletinParagraph>().AddScoped<IssueBulletin>().AddScoped<IssuedBulletins>().AddScoped<BulletinEditsQuery>();
        return services;
    }

    public static RouteGroupBuilder MapDocuments(this RouteGroupBuilder api)
    {
        api.MapExcelApi();
        api.MapSheetMappingsApi();
        api.MapBulletinApi();
        return api;
    }
}
