namespace Rectify.Features.Documents;

public static class DocumentsModule
{
    public static IServiceCollection AddDocuments(this IServiceCollection services)
    {
        services.AddScoped<ConfirmParsedRound>();
        return services;
    }
}
