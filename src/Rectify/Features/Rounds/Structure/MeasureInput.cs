using System.ComponentModel.DataAnnotations;

namespace Rectify.Features.Rounds.Structure;

/// <summary>
/// A measure with its three lists' columns. The time limit is a date (TimeLimit), or N working days
/// from a start (TimeLimitWorkingDays, from StartDate or else the round's feedback date), or none for long-term.
/// </summary>
public sealed record MeasureInput(
    [property: StringLength(20, ErrorMessage = "编号不能超过20字")] string? Label,
    [property: Required(ErrorMessage = "请填写整改措施"), StringLength(20000, ErrorMessage = "整改措施不能超过20000字")] string Text,
    MeasureKind Kind,
    [property: StringLength(50, ErrorMessage = "牵头领导不能超过50字")] string? LeadLeader,
    [property: StringLength(50, ErrorMessage = "责任领导不能超过50字")] string? ResponsibleLeader,
    Guid? ResponsibleUnitId,
    IReadOnlyList<Guid>? CooperatingUnitIds,
    [property: StringLength(50, ErrorMessage = "责任人不能超过50字")] string? ResponsiblePerson,
    DateOnly? StartDate,
    DateOnly? TimeLimit,
    [property: Range(1, 1000, ErrorMessage = "工作日数应在1到1000之间")] int? TimeLimitWorkingDays,
    int? Version = null);
