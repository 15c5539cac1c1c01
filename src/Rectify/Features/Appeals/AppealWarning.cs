using System.Linq.Expressions;
using Rectify.Platform.Calendar;

namespace Rectify.Features.Appeals;

/// <summary>What the appeal list filters on (预警): the two lights, and the flags of an appeal that went wrong before.</summary>
public enum AppealWarning
{
    /// <summary>临期 (<see cref="AppealLights"/>).</summary>
    DueSoon,
    /// <summary>超期 (<see cref="AppealLights"/>).</summary>
    Overdue,
    /// <summary>退回两次及以上: units keep sending it back as misrouted; the office should settle who handles it.</summary>
    ReturnedTwice,
    /// <summary>重办: the enterprise was not satisfied at least once (waiting to be assigned again, or in a later round).</summary>
    Reopened,
}

/// <summary>The flags' rules, in one place: the page's badges and the list's SQL filter read them from here.</summary>
public static class AppealWarnings
{
    public const int ReturnedTwiceFrom = 2;

    public static bool IsReturnedTwice(int returnCount) => returnCount >= ReturnedTwiceFrom;

    public static bool IsReopened(AppealState state, int handlingRound) => state == AppealState.Reopened || handlingRound > 1;

    public static string Label(this AppealWarning warning) => warning switch
    {
        AppealWarning.DueSoon => "临期",
        AppealWarning.Overdue => "超期",
        AppealWarning.ReturnedTwice => "两次退回",
        AppealWarning.Reopened => "重办",
        _ => warning.ToString(),
    };

    /// <summary>The appeals showing the warning today, as a SQL condition (the lights by <see cref="AppealLights.DueSoonBefore"/>).</summary>
    public static Expression<Func<Appeal, bool>> Showing(AppealWarning warning, DateOnly today, int dueSoonDays, WorkingDayCalendar calendar)
    {
        var before = AppealLights.DueSoonBefore(today, dueSoonDays, calendar);
        return warning switch
        {
            AppealWarning.Overdue => a => (a.State == AppealState.Assigned || a.State == AppealState.TransferRequested) && a.TimeLimit < today,
            AppealWarning.DueSoon => a => (a.State == AppealState.Assigned || a.State == AppealState.TransferRequested)
                && a.TimeLimit >= today && a.TimeLimit < before,
            AppealWarning.ReturnedTwice => a => a.ReturnCount >= ReturnedTwiceFrom,
            _ => a => a.State == AppealState.Reopened || a.HandlingRound > 1,
        };
    }
}
