using Microsoft.EntityFrameworkCore.Diagnostics;
using Rectify.Features.Rounds.Ledger;
using Rectify.Features.Rounds.Progress;
using Rectify.Features.Rounds.Review;
using Rectify.Features.Rounds.Structure;
using Rectify.Features.Rounds.Warnings;

namespace Rectify.Features.Rounds;

public static class RoundsModule
{
    public static IServiceCollection AddRounds(this IServiceCollection services)
    {
        services.AddScoped<RoundAccess>().AddScoped<ScopeUnits>().AddScoped<ScopeRounds>();
        // 最近更新: the measure's last change, stamped in the save that makes it.
        services.AddScoped<ISaveChangesInterceptor, MeasureChangeStamp>();
        services.AddScoped<RoundOutline>();
        services.AddScoped<MeasureEditor>();
        services.AddScoped<CreateRound>().AddScoped<DuplicateRounds>().AddScoped<UpdateRound>().AddScoped<UpdateRoundTexts>().AddScoped<ImportRound>();
        services.AddScoped<AddSection>().AddScoped<EditSection>().AddScoped<DeleteSection>();
        services.AddScoped<AddProblem>().AddScoped<EditProblem>().AddScoped<DeleteProblem>();
        services.AddScoped<AddMeasure>().AddScoped<EditMeasure>().AddScoped<DeleteMeasure>().AddScoped<MoveItem>();
        services.AddScoped<EvidenceIntake>().AddScoped<ReportProgress>().AddScoped<AddEvidence>().AddScoped<OpenEvidence>();
        services.AddScoped<RequestCloseOut>().AddScoped<ReviewCloseOut>().AddScoped<ApproveCloseOuts>().AddScoped<ReopenMeasure>();
        // The measures' stored warnings follow every save and, refreshed by Supervision's jobs, the days.
        services.AddScoped<ISaveChangesInterceptor, MeasureWarningsInterceptor>();
        services.AddScoped<MeasureWarnings>().AddScoped<SetWarningSettings>();
        services.AddScoped<RoundListQuery>().AddScoped<RoundDetailsQuery>().AddScoped<RoundTreeQuery>().AddScoped<RoundHistoryQuery>();
        services.AddOptions<LedgerOptions>().BindConfiguration(LedgerOptions.Section);
        services.AddScoped<LedgerPages>().AddScoped<LedgerTotals>();
        services.AddScoped<LedgerQuery>().AddScoped<LedgerSummaryQuery>().AddScoped<MeasureDetailsQuery>().AddScoped<ReviewQueue>();
        return services;
    }

    public static RouteGroupBuilder MapRounds(this RouteGroupBuilder api)
    {
        api.MapRoundsApi();
        api.MapMeasuresApi();
        return api;
    }
}
