namespace Rectify.Features.Appeals;

/// <summary>/api/v1/appeals/rates: the monthly rates of the units in the caller's scope, as JSON and as .xlsx (office and leaders).</summary>
public static class AppealRatesApi
{
    public const string ReaderPolicy = "AppealRatesReader";

    public static void MapAppealRatesApi(this RouteGroupBuilder api)
    {
        var rates = api.MapGroup("/appeals").RequireAuthorization(ReaderPolicy).WithTags("企业诉求");
        rates.MapGet("/rates", async (string? month, AppealRatesQuery query, CancellationToken ct) => TypedResults.Ok(await query.ForMonthAsync(month, ct)))
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        rates.MapGet("/rates.xlsx", async (string? month, AppealRatesQuery query, CancellationToken ct) =>
            {
                var (content, name) = await AppealRatesDownload.RenderAsync(query, month, ct);
                return TypedResults.File(content, Documents.Excel.XlsxPackage.ContentType, name);
            })
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}
