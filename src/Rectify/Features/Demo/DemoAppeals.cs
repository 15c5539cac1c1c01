using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rectify.Features.Appeals;
using Rectify.Features.Rounds;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;

namespace Rectify.Features.Demo;

/// <summary>
/// The demo's enterprise appeals, drawn from what the seed reports tell (<c>001</c>: 武汉经开区's 企呼我应, the arrears raised
/// into 立项督办, the 不满意 answer about 纾困资金; <c>004</c>: 滨州's 监测点 enterprises and its hotline). Every state shows,
/// dated relative to today, in units the demo accounts work in; the office of 市整改办 runs them all.
/// </summary>
public sealed class DemoAppeals(RectifyDbContext db, WorkingDayCalendar calendar, IOptions<AppealOptions> options, TimeProvider time)
{
    private DateOnly today;
    private Dictionary<string, Unit> units = [];

    public async Task ApplyAsync(Dictionary<string, Unit> byKey, CancellationToken ct)
    {
        today = time.Today();
        units = byKey;
        var office = units["root"].Id;
        var wuhan = await db.Set<Round>().Where(r => r.InspectedUnitId == units["whfg"].Id).Select(r => r.Id).FirstOrDefaultAsync(ct);
        var problems = await db.Set<Problem>().Where(p => p.RoundId == wuhan).Select(p => new { p.Id, p.Title }).ToListAsync(ct);
        Guid? ProblemAbout(string words) => problems.FirstOrDefault(p => p.Title.Contains(words))?.Id;

        foreach (var (appeal, steps) in DemoAppealCases.All(office))
        {
            var a = Appeal.Record(appeal, At(steps.SubmittedAgo, "张整改"));
            steps.Run(a, this);
            if (steps.RaisedAbout is { } words && ProblemAbout(words) is { } problem) a.MarkRaised(problem);
            db.Add(a);
        }
        await db.SaveChangesAsync(ct);
    }

    public AppealMoment At(int workingDaysAgo, string by)
    {
        var day = Ago(workingDaysAgo);
        // Stored as UTC: PostgreSQL keeps no offset.
        return new AppealMoment(new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 30)), TimeSpan.FromHours(8)).ToUniversalTime(), day, by);
    }

    public void Assign(Appeal a, string unitKey, AppealTier tier, int ago, int? days = null) =>
        a.Assign(units[unitKey].Id, tier, days, options.Value, calendar, At(ago, "张整改"));

    public void Consent(Appeal a, int ago) => a.ConsentTransfer(options.Value, calendar, At(ago, "张整改"));

    public Guid UnitId(string key) => units[key].Id;

    public void ExpireRating(Appeal a) => a.ExpireRating(options.Value, calendar, today);

    /// <summary>The working day that many working days before today (today itself for 0).</summary>
    private DateOnly Ago(int workingDays)
    {
        var day = today;
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(-1);
            if (calendar.IsWorkingDay(day)) counted++;
        }
        return day;
    }
}

/// <summary>How one demo appeal went: when it came in, each step after, and the problem it was raised into, if any.</summary>
public sealed record DemoAppealSteps(int SubmittedAgo, Action<Appeal, DemoAppeals> Run, string? RaisedAbout = null);
