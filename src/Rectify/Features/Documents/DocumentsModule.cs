using Rectify.Features.Documents.Bulletins;
using Rectify.Features.Documents.Excel;

namespace Rectify.Features.Documents;

public static class DocumentsModule
{
    public static IServiceCollection AddDocuments(this IServiceCollection services)
    {
        services.AddScoped<ConfirmParsedRound>();
        services.AddScoped<LedgerExport>();
        services.AddScoped<ImportLedgerSheet>();
        services.AddScoped<BulletinQuery>().AddScoped<BulletinDocuments>().AddSingleton<PdfConverter>();
        return services;
    }

    public static RouteGroupBuilder MapDocuments(this RouteGroupBuilder api)
    {
        api.MapExcelApi();
        api.MapBulletinApi();
        return api;
    }
}
