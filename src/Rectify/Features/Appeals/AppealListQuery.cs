using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rectify.Platform.Calendar;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;
using Rectify.Platform.Security;
using Rectify.Platform.Text;
using Rectify.Platform.Web;

namespace Rectify.Features.Appeals;

public sealed record AppealFilter(
    AppealState? State = null, AppealChannel? Channel = null, AppealCategory? Category = null, Guid? UnitId = null,
    AppealWarning? Warning = null, string? Search = null, int? Page = null, int? PageSize = null);

/// <summary>A row of the office's list and the unit's queue: the contact masked, the light by the one rule.</summary>
public sealed record AppealRow(
    Guid Id, string EnterpriseName, string? CreditCode, string Contact, string Phone, string Channel, string Category, string Title,
    AppealState State, string StateLabel, string? Tier, string? Unit, DateOnly SubmittedOn, DateOnly? TimeLimit, bool TimeLimitUncertain,
    AppealLight Light, string LightLabel, int HandlingRound, int ReturnCount, string? Rating, bool Raised);

/// <summary>The visible appeals, filtered and paged in SQL, newest first; a unit's staff see their own queue.</summary>
public sealed class AppealListQuery(RectifyDbContext db, AppealAccess access, UserScope user, WorkingDayCalendar calendar,
    IOptions<AppealOptions> deadlines, TimeProvider time)
{
    public async Task<Page<AppealRow>> HandleAsync(AppealFilter filter, CancellationToken ct)
    {
        var scope = await user.LoadAsync(ct);
        var today = time.Today();
        var appeals = access.Visible(scope);
        if (filter.State is { } state) appeals = appeals.Where(a => a.State == state);
        if (filter.Channel is { } channel) appeals = appeals.Where(a => a.Channel == channel);
        if (filter.Category is { } category) appeals = appeals.Where(a => a.Category == category);
        if (filter.UnitId is { } unit) appeals = appeals.Where(a => a.UnitId == unit);
        if (filter.Warning is { } warning) appeals = appeals.Where(AppealWarnings.Showing(warning, today, deadlines.Value.DueSoonDays, calendar));
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var search = filter.Search.Trim();
            var pattern = $"%{LikePattern.Escape(search)}%";
            var code = search.ToUpperInvariant();
            appeals = appeals.Where(a => EF.Functions.Like(a.EnterpriseName, pattern, LikePattern.EscapeChar)
                || EF.Functions.Like(a.Title, pattern, LikePattern.EscapeChar) || a.CreditCode == code);
        }
        var (number, size) = Paging.Normalize(filter.Page, filter.PageSize);
        var total = await appeals.CountAsync(ct);
        var found = await appeals.OrderByDescending(a => a.SubmittedAt).ThenBy(a => a.Id).Skip((number - 1) * size).Take(size)
            .Select(a => new
            {
                a.Id,
                a.EnterpriseName,
                a.CreditCode,
                a.ContactName,
                a.ContactPhone,
                a.Channel,
                a.Category,
                a.Title,
                a.State,
                a.Tier,
                a.OwnerUnitId,
                a.UnitId,
                Unit = db.Set<Unit>().Where(u => u.Id == a.UnitId).Select(u => u.ShortName).FirstOrDefault(),
                a.SubmittedOn,
                a.TimeLimit,
                a.TimeLimitUncertain,
                a.HandlingRound,
                a.ReturnCount,
                a.Rating,
                a.RaisedProblemId,
            }).ToListAsync(ct);
        var rows = found.Select(a =>
        {
            var light = AppealLights.Of(a.State, a.TimeLimit, today, deadlines.Value.DueSoonDays, calendar);
            return new AppealRow(a.Id, a.EnterpriseName, a.CreditCode, ContactMask.Name(a.ContactName), ContactMask.Phone(a.ContactPhone),
                a.Channel.Label(), a.Category.Label(), a.Title, a.State, a.State.Label(), a.Tier?.Label(), a.Unit, a.SubmittedOn, a.TimeLimit,
                a.TimeLimitUncertain, light, light.Label(), a.HandlingRound, a.ReturnCount, a.Rating?.Label(), a.RaisedProblemId is not null);
        }).ToList();
        return new Page<AppealRow>(rows, total, number, size);
    }
}
