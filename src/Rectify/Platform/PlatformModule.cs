using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.AspNetCore.Http.Features;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;
using Rectify.Platform.Files;
using Rectify.Platform.Jobs;
using Rectify.Platform.Security;
using Rectify.Platform.Web;
using Rectify.Platform.Web.Idempotency;

namespace Rectify.Platform;

public static class PlatformModule
{
    /// <summary>Options, database, identity, calendar, files and errors: what every feature stands on.</summary>
    public static WebApplicationBuilder AddPlatform(this WebApplicationBuilder builder)
    {
        // Options are read when first needed, so tests and hosts can override them late.
        var services = builder.Services;
        services.AddOptions<RectifyOptions>().BindConfiguration(RectifyOptions.Section).ValidateDataAnnotations()
            // DataAnnotations do not look into nested sections: the audit's retention floor is checked here (等保: ≥ 180 days).
            .Validate(o => o.Audit.RetentionDays >= AuditOptions.MinimumRetentionDays, AuditOptions.TooShort)
            .ValidateOnStart();

        services.AddSingleton(TimeProvider.System);
        services.AddData();
        services.AddSecurity();
        services.AddJobs();
        services.AddSingleton(sp => CalendarSource.Load(Path.Combine(sp.DataDir(), "holidays")));
        services.AddSingleton<IEvidenceStore, LocalEvidenceStore>();
        services.AddSingleton<ClamAvScanner>().AddScoped<EvidenceInspection>().AddScoped<VerifiedEvidence>();
        // Keys in {DataDir}/keys, 0700/0600; encrypted at rest with a certificate when Rectify:Keys:CertificatePath gives one.
        var dataProtection = services.AddDataProtection();
        if (builder.Configuration["Rectify:Keys:CertificatePath"] is { Length: > 0 } certificate)
            dataProtection.ProtectKeysWithCertificate(System.Security.Cryptography.X509Certificates.X509CertificateLoader
                .LoadPkcs12FromFile(certificate, builder.Configuration["Rectify:Keys:CertificatePassword"]));
        services.AddOptions<KeyManagementOptions>().Configure<IServiceProvider>((o, sp) =>
            o.XmlRepository = new PrivateKeyFiles(Path.Combine(sp.DataDir(), "keys")));

        // Pages carry Chinese as characters, not as &#x…; entities: a third of the size, and searchable.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        SecurityHeaders.Configure(services);
        services.AddExceptionHandler<ErrorHandler>();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx => ProblemTitles.Apply(ctx.ProblemDetails));
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddRecurringJob<ForgetIdempotentRequestsJob>(ForgetIdempotentRequestsJob.Name, "清理一天前的重复提交标识", "每天 03:40", ForgetIdempotentRequestsJob.Cron);

        // Uploads are checked against Rectify:Uploads:MaxBytes; Kestrel and the form reader must let them through first.
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<RectifyOptions>>((k, o) =>
            k.Limits.MaxRequestBodySize = o.Value.Uploads.MaxBytes + 1024 * 1024);
        services.AddOptions<FormOptions>().Configure<IOptions<RectifyOptions>>((f, o) =>
            f.MultipartBodyLengthLimit = o.Value.Uploads.MaxBytes + 1024 * 1024);
        return builder;
    }

    public static WebApplication UsePlatform(this WebApplication app)
    {
        // The API answers with problem details; pages show a Chinese error page.
        static bool IsApi(HttpContext c) => c.Request.Path.StartsWithSegments("/api") || c.Request.Path.StartsWithSegments("/healthz");
        app.UseSecurityHeaders();
        app.UseMiddleware<ServerTimingMiddleware>();
        app.UseWhen(IsApi, api => api.UseExceptionHandler().UseStatusCodePages());
        app.UseWhen(c => !IsApi(c), pages => pages.UseExceptionHandler("/Error/500").UseStatusCodePagesWithReExecute("/Error/{0}"));
        app.UseStaticFiles();
        app.UseRouting();
        // Before anything reads a body: each endpoint's own limit, refused with 413 unread.
        app.UseMiddleware<RequestBodyLimits>();
        app.UseAuthentication();
        // An initial or expired password, or an admin's authenticator still to enrol, comes before anything else.
        app.UseMiddleware<Security.AccountGate>();
        app.UseAuthorization();
        app.UseAntiforgery();
        // Every export and download is recorded in the audit with who, where from and which file.
        app.UseMiddleware<FileDeliveryAudit>();
        // A double submit or a retried API call is answered with the first answer, not done twice.
        app.UseMiddleware<IdempotencyMiddleware>();
        app.MapHealthChecks("/healthz");
        return app;
    }

    public static RectifyOptions Options(this IServiceProvider services) => services.GetRequiredService<IOptions<RectifyOptions>>().Value;

    public static string DataDir(this IServiceProvider services) =>
        services.Options().ResolveDataDir(services.GetRequiredService<IHostEnvironment>().ContentRootPath);
}
