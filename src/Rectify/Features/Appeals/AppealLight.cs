using Rectify.Platform.Calendar;

namespace Rectify.Features.Appeals;

public enum AppealLight
{
    None,
    /// <summary>临期: with a unit, not overdue, at most DueSoonDays working days left (today counted).</summary>
    DueSoon,
    /// <summary>超期: with a unit and today is after its time limit (a reply waiting for the check stops the clock).</summary>
    Overdue,
}

/// <summary>The one rule for an appeal's light (DOMAIN.md, working days); lists, counts and messages all use it.</summary>
public static class AppealLights
{
    public static AppealLight Of(AppealState state, DateOnly? timeLimit, DateOnly today, int dueSoonDays, WorkingDayCalendar calendar)
    {
        if (!state.IsWithUnit() || timeLimit is not { } limit) return AppealLight.None;
        if (today > limit) return AppealLight.Overdue;
        return limit < DueSoonBefore(today, dueSoonDays, calendar) ? AppealLight.DueSoon : AppealLight.None;
    }

    /// <summary>
    /// The first time limit that is not yet due soon: the (N+1)th working day counting today. A limit from today up to the day
    /// before it leaves at most N working days (today counted when it is one); lists filter on it in SQL.
    /// </summary>
    public static DateOnly DueSoonBefore(DateOnly today, int dueSoonDays, WorkingDayCalendar calendar) =>
        calendar.AddWorkingDays(today.AddDays(-1), dueSoonDays + 1).Date;

    public static string Label(this AppealLight light) => light switch
    {
        AppealLight.DueSoon => "临期",
        AppealLight.Overdue => "超期",
        _ => "",
    };
}
