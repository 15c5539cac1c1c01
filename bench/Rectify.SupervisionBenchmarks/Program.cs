using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using netDumbster.smtp;
using Rectify.Features.Rounds;
using Rectify.Features.Supervision;
using Rectify.Features.Supervision.Reminders;
using Rectify.Features.Supervision.Warnings;
using Rectify.Platform;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;
using Rectify.Platform.Jobs.Outbox;

// The supervision jobs on a generated province (docs/benchmarks.md, "Reminders and messages"): the day's warnings
// refresh and reminders, the leaders' digest, and the outbox sending e-mail to an SMTP server on loopback.
// Usage: dotnet run -c Release --project bench/Rectify.SupervisionBenchmarks -- "Host=...;Database=<a copy of the bench DB>" [mails]
if (args.Length < 1) { Console.Error.WriteLine("usage: <PostgreSQL connection string of a copy of the bench database> [mails to send]"); return 2; }
var connection = args[0];
var mails = args.Length > 1 ? int.Parse(args[1]) : 10_000;
using var smtp = SimpleSmtpServer.Start();

var builder = WebApplication.CreateBuilder();
builder.Configuration["Rectify:Database:Provider"] = "Postgres";
builder.Configuration["Rectify:Database:ConnectionString"] = connection;
builder.Configuration["Rectify:DataDir"] = Path.Combine(Path.GetTempPath(), "rectify-bench");
builder.Configuration["Rectify:Messaging:Smtp:Host"] = "127.0.0.1";
builder.Configuration["Rectify:Messaging:Smtp:Port"] = smtp.Configuration.Port.ToString();
builder.Configuration["Rectify:Messaging:Smtp:Security"] = "None";
builder.Logging.ClearProviders();
builder.AddPlatform();
builder.Services.AddRounds();
builder.Services.AddSupervision();
await using var app = builder.Build();
var today = TimeProvider.System.Today();

await Step("migrate", async sp => { await sp.GetRequiredService<RectifyDbContext>().Database.MigrateAsync(); return ""; });
await Step("staff with e-mail in every responsible unit", async sp =>
{
    var db = sp.GetRequiredService<RectifyDbContext>();
    // One liaison per unit that is responsible for measures, as a province would have; made once per database.
    var added = await db.Database.ExecuteSqlRawAsync("""
        INSERT INTO "AspNetUsers" ("Id", "FullName", "UnitId", "Role", "IsActive", "Version", "UserName", "NormalizedUserName", "Email",
            "NormalizedEmail", "EmailConfirmed", "SecurityStamp", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount")
        SELECT gen_random_uuid(), '联络员', u."Id", 'UnitStaff', true, 0, 'bench-' || u."Id", upper('bench-' || u."Id"),
            'bench-' || u."Id" || '@example.gov.cn', upper('bench-' || u."Id" || '@example.gov.cn'), true, gen_random_uuid()::text, false, false, false, 0
        FROM "Units" u
        WHERE EXISTS (SELECT 1 FROM "Measure" m WHERE m."ResponsibleUnitId" = u."Id")
          AND NOT EXISTS (SELECT 1 FROM "AspNetUsers" a WHERE a."UserName" = 'bench-' || u."Id")
        """);
    var staff = await db.Users.CountAsync(u => u.Role == Rectify.Platform.Security.Role.UnitStaff);
    return $"{added} added, {staff} unit staff in all";
});
await Step("warnings refresh (the day's first part)", async sp =>
{
    var r = await sp.GetRequiredService<WarningRefresh>().RunAsync(today, CancellationToken.None);
    return $"{r.Checked:N0} checked, {r.Changed:N0} changed";
});
await Step("reminders, first run of the day", async sp =>
{
    var r = await sp.GetRequiredService<DailyReminders>().RunAsync(today, CancellationToken.None);
    return $"{r.DueSoon:N0} due soon, {r.Overdue:N0} newly overdue, {r.Messages:N0} messages written";
});
await Step("reminders, same day again (nothing new)", async sp =>
{
    var r = await sp.GetRequiredService<DailyReminders>().RunAsync(today, CancellationToken.None);
    return $"{r.Messages:N0} messages written";
});
await Step("weekly digest", async sp => $"{await sp.GetRequiredService<WeeklyDigest>().RunAsync(today, CancellationToken.None):N0} messages written");
await Step($"outbox: send up to {mails:N0} e-mails over SMTP", async sp =>
{
    var sender = sp.GetRequiredService<OutboxSender>();
    var sent = 0;
    while (sent < mails)
    {
        await using var scope = sp.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<OutboxSender>().RunAsync(CancellationToken.None, maxBatches: 50);
        if (result.Sent + result.Retrying + result.Failed == 0) break;
        sent += result.Sent;
    }
    return $"{sent:N0} sent, {smtp.ReceivedEmailCount:N0} received";
});
return 0;

async Task Step(string name, Func<IServiceProvider, Task<string>> work)
{
    await using var scope = app.Services.CreateAsyncScope();
    var clock = Stopwatch.StartNew();
    var outcome = await work(scope.ServiceProvider);
    Console.WriteLine($"| {name} | {clock.Elapsed.TotalSeconds:F2} s | {outcome} | {PeakMb()} MB |");
}

static long PeakMb() =>
    File.ReadLines("/proc/self/status").Where(l => l.StartsWith("VmHWM:")).Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024).FirstOrDefault();
