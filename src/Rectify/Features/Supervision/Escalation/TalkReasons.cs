namespace Rectify.Features.Supervision.Escalation;

/// <summary>Why a unit is proposed for a talk (建议约谈), as the page and the API show it.</summary>
public static class TalkReasons
{
    public const string LastInTwoDispatches = "连续两期调度排名末位";

    public static string Overdue(int threshold) => $"超期措施达到{threshold}项";
}
