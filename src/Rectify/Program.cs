using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Identity;
using Rectify;
using Rectify.Features.Admin;
using Rectify.Features.Appeals;
using Rectify.Features.Audit;
using Rectify.Features.Dashboard;
using Rectify.Features.Demo;
using Rectify.Features.Documents;
using Rectify.Features.Messages;
using Rectify.Features.Rounds;
using Rectify.Features.Supervision;
using Rectify.Features.Similar;
using Rectify.Features.Todo;
using Rectify.Platform;
using Rectify.Platform.Security;
using Rectify.Platform.Web;

// The same executable is the web app (no arguments, or `serve`) and the command-line tool.
return await Cli.RunAsync(args, BuildApp);

static WebApplication BuildApp(string[] args)
{
    var builder = WebApplication.CreateBuilder(args);

    // Options, database (SQLite or PostgreSQL), identity, calendar, evidence store, errors.
    builder.AddPlatform();
    // The rectification ledger: rounds, sections, problems, measures, progress and close-out.
    builder.Services.AddRounds();
    // 举一反三: a problem's like problems in other rounds, found through a gram index; links and copied measures.
    builder.Services.AddSimilar();
    // The system admin's unit tree and users.
    builder.Services.AddAdmin();
    // Documents in and out: published reports read into rounds, ledgers exported to Excel.
    builder.Services.AddDocuments();
    // Supervision: the measures' warnings kept for filters and counts.
    builder.Services.AddSupervision();
    // Every user's inbox of reminders, digests and urgings.
    builder.Services.AddMessages();
    // 我的待办: each role starts on its own work; the navbar shows how much waits.
    builder.Services.AddTodo();
    // 企业诉求: enterprises' appeals from intake to rating, on the ledger's units, working days and outbox.
    builder.Services.AddAppeals();
    // Demo accounts and the seed reports as rounds, in demo mode only.
    builder.Services.AddDemo();
    // The dashboard: the ledger's figures as charts for the office and leaders.
    builder.Services.AddDashboard();
    // The audit admin's search and export of the audit, and the check of its hash chain.
    builder.Services.AddAudit();
    // Server-rendered pages; one folder per feature is also the page root; every page needs a sign-in.
    builder.Services.AddRazorPages(o =>
    {
        o.RootDirectory = "/Features";
        o.Conventions.AuthorizeFolder("/");
        o.Conventions.AuthorizeFolder("/Rounds", Policies.LedgerReader);
        o.Conventions.AuthorizeFolder("/Dashboard", Policies.Overseer);
        o.Conventions.AllowAnonymousToPage("/Account/Login");
    }).AddMvcOptions(o =>
    {
        o.Filters.Add<RuleViolationPageFilter>();
        ChineseBindingMessages.Apply(o.ModelBindingMessageProvider);
    });
    // Other systems integrate over /api/v1, described at /openapi/v1.json.
    builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
    {
        document.Info.Title = "整改督办平台接口";
        document.Info.Description = "以 Bearer 令牌调用（POST /api/v1/auth/token 取得）；错误按 RFC 9457 以中文说明返回。";
        return Task.CompletedTask;
    }));
    builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
    builder.Services.AddValidation();

    var app = builder.Build();
    app.UsePlatform();

    // API clients use bearer tokens only, so the API needs no antiforgery token.
    var api = app.MapGroup("/api/v1").DisableAntiforgery()
        .RequireAuthorization(p => p.AddAuthenticationSchemes(IdentityConstants.BearerScheme).RequireAuthenticatedUser());
    api.MapAccountApi();
    api.MapRounds();
    api.MapSupervision();
    api.MapMessages();
    api.MapTodo();
    api.MapSimilarApi();
    api.MapAdmin();
    api.MapDocuments();
    api.MapDashboard();
    api.MapAppeals();
    api.MapAudit();

    app.MapOpenApi();
    app.MapApiReference();
    app.MapRazorPages();
    return app;
}

public partial class Program;
