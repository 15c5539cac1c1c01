using Microsoft.AspNetCore.Authorization;
using Rectify.Features.Appeals.Hotline;
using Rectify.Platform.Jobs;
using Rectify.Platform.Security;

namespace Rectify.Features.Appeals;

public static class AppealsModule
{
    public static IServiceCollection AddAppeals(this IServiceCollection services)
    {
        services.AddOptions<AppealOptions>().BindConfiguration(AppealOptions.Section);
        services.AddAuthorizationBuilder().AddPolicy(AppealsApi.ReaderPolicy,
            p => p.RequireRole(nameof(Role.Office), nameof(Role.UnitStaff), nameof(Role.Leader)))
            .AddPolicy(AppealRatesApi.ReaderPolicy, p => p.RequireRole(nameof(Role.Office), nameof(Role.Leader)));
        services.AddScoped<AppealAccess>().AddScoped<AppealNotices>().AddScoped<AppealFiles>().AddScoped<OpenAppealAttachment>();
        services.AddScoped<RecordAppeal>().AddScoped<AcceptAppeal>().AddScoped<AssignAppeal>().AddScoped<DecideTransfer>()
            .AddScoped<CheckReply>().AddScoped<RecordFollowUp>().AddScoped<ConsultAppeal>()
            .AddScoped<ReturnAppeal>().AddScoped<TransferAppeal>().AddScoped<ReplyAppeal>()
            .AddScoped<ExpireRatings>().AddScoped<AppealReminders>().AddScoped<RaiseToProblem>()
            .AddScoped<AddAppealMaterial>();
        services.AddScoped<AppealListQuery>().AddScoped<AppealDetailsQuery>().AddScoped<AppealHistoryQuery>().AddScoped<RaisedProblemQuery>()
            .AddScoped<AppealRatesQuery>();
        services.AddScoped<HotlineSheetReader>().AddScoped<ImportHotlineSheet>().AddSingleton(HotlineColumns.MappingKind);
        services.AddScoped<PublicIntake>().AddScoped<PublicAppealQuery>().AddScoped<RateByCode>().AddSingleton<PublicAppealGuard>();
        services.AddRecurringJob<ExpireRatingsJob>(ExpireRatingsJob.Name, "企业诉求：评价期满未评价的记为“未评价”并办结", "每天 00:30", ExpireRatingsJob.Cron);
        services.AddRecurringJob<AppealRemindersJob>(AppealRemindersJob.Name, "企业诉求：临期、超期提醒承办单位，新增超期告知整改办", "每天 00:10", AppealRemindersJob.Cron);
        return services;
    }

    public static RouteGroupBuilder MapAppeals(this RouteGroupBuilder api)
    {
        api.MapAppealsApi();
        api.MapAppealRatesApi();
        return api;
    }
}
