using Rectify.Platform.Calendar;
using Rectify.Platform.Web;

namespace Rectify.Features.Rounds;

public sealed partial class Measure
{
    /// <summary>A time limit as a date.</summary>
    public void SetTimeLimit(DateOnly? startDate, DateOnly timeLimit, WorkingDayCalendar calendar)
    {
        if (Kind == MeasureKind.LongTerm) throw RuleViolation.Invalid(RoundsErrors.LongTermHasNoTimeLimit);
        if (startDate is { } s && timeLimit < s) throw RuleViolation.Invalid(RoundsErrors.TimeLimitBeforeStart);
        StartDate = startDate;
        TimeLimitWorkingDays = null;
        TimeLimit = timeLimit;
        TimeLimitUncertain = !calendar.IsKnownYear(timeLimit.Year);
    }

    /// <summary>A time limit as "N working days from S": S is not counted, day 1 is the first working day after it.</summary>
    public void SetTimeLimitInWorkingDays(DateOnly? startDate, DateOnly? roundFeedbackDate, int workingDays, WorkingDayCalendar calendar)
    {
        if (Kind == MeasureKind.LongTerm) throw RuleViolation.Invalid(RoundsErrors.LongTermHasNoTimeLimit);
        if (workingDays is < 1 or > 1000) throw RuleViolation.Invalid(RoundsErrors.WorkingDaysOutOfRange);
        var from = startDate ?? roundFeedbackDate ?? throw RuleViolation.Invalid(RoundsErrors.WorkingDaysNeedStart);
        var limit = calendar.AddWorkingDays(from, workingDays);
        StartDate = startDate;
        TimeLimitWorkingDays = workingDays;
        TimeLimit = limit.Date;
        TimeLimitUncertain = limit.Uncertain;
    }

    public void ClearTimeLimit()
    {
        if (Kind == MeasureKind.Dated) throw RuleViolation.Invalid(RoundsErrors.DatedNeedsTimeLimit);
        TimeLimitWorkingDays = null;
        TimeLimit = null;
        TimeLimitUncertain = false;
    }
}
