using Microsoft.EntityFrameworkCore.Diagnostics;
using Rectify.Platform.Data;

namespace Rectify.Features.Similar;

public static class SimilarModule
{
    public static IServiceCollection AddSimilar(this IServiceCollection services)
    {
        services.AddScoped<ISaveChangesInterceptor, ProblemGramsInterceptor>();
        services.AddScoped<IDatabaseSeeder, BackfillProblemGrams>();
        services.AddScoped<ProblemDetailsQuery>().AddScoped<SimilarProblemsQuery>();
        services.AddScoped<LinkProblem>().AddScoped<UnlinkProblem>().AddScoped<CopyMeasures>();
        return services;
    }
}
