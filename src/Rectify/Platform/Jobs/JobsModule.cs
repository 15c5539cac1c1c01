using Microsoft.Extensions.Http.Resilience;
using Rectify.Platform.Jobs.Outbox;

namespace Rectify.Platform.Jobs;

public static class JobsModule
{
    /// <summary>The scheduler, the outbox and its channels; features add their jobs with <see cref="RecurringJobs.AddRecurringJob{TJob}"/>.</summary>
    public static IServiceCollection AddJobs(this IServiceCollection services)
    {
        services.AddSingleton<JobHost>();
        services.AddHostedService(sp => sp.GetRequiredService<JobHost>());
        services.AddScoped<OutboxWriter>().AddScoped<OutboxSender>();
        services.AddScoped<IMessageChannel, EmailChannel>().AddScoped<IMessageChannel, WebhookChannel>();
        services.AddSingleton<WebhookAddresses>().AddSingleton<WebhookSecrets>();
        services.AddHttpClient(WebhookChannel.ClientName, c => c.Timeout = TimeSpan.FromSeconds(60))
            // Connects only to an address checked after DNS (WebhookAddresses): no private targets, no rebinding.
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                ConnectCallback = sp.GetRequiredService<WebhookAddresses>().ConnectAsync,
                AllowAutoRedirect = false,
            })
            .AddStandardResilienceHandler(o =>
            {
                o.Retry.MaxRetryAttempts = 2;
                o.Retry.Delay = TimeSpan.FromSeconds(1);
                o.AttemptTimeout.Timeout = TimeSpan.FromSeconds(10);
                o.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(45);
                o.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(30);
            });
        return services;
    }
}
