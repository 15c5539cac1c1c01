using System.ComponentModel.DataAnnotations;

namespace Rectify.Features.Appeals;

/// <summary>An appeal as a clerk, another system or the public form records it.</summary>
public sealed record AppealInput(
    [property: Required(ErrorMessage = AppealErrors.EnterpriseRequired), StringLength(200, ErrorMessage = "企业名称不能超过200字")] string EnterpriseName,
    [property: StringLength(18, ErrorMessage = AppealErrors.CreditCodeInvalid)] string? CreditCode,
    [property: Required(ErrorMessage = AppealErrors.ContactNameRequired), StringLength(50, ErrorMessage = "联系人不能超过50字")] string ContactName,
    [property: Required(ErrorMessage = AppealErrors.ContactPhoneInvalid), StringLength(20, ErrorMessage = AppealErrors.ContactPhoneInvalid)] string ContactPhone,
    AppealChannel Channel,
    AppealCategory Category,
    [property: Required(ErrorMessage = AppealErrors.TitleRequired), StringLength(100, ErrorMessage = "诉求标题不能超过100字")] string Title,
    [property: Required(ErrorMessage = AppealErrors.TextRequired), StringLength(4000, ErrorMessage = "诉求内容不能超过4000字")] string Text,
    [property: StringLength(64, ErrorMessage = AppealErrors.ExternalIdTooLong)] string? ExternalId = null);

public sealed record AcceptInput(bool Accept, [property: StringLength(1000, ErrorMessage = "理由不能超过1000字")] string? Reason);

public sealed record AssignInput(Guid UnitId, AppealTier Tier, int? WorkingDays);

public sealed record ReasonInput([property: StringLength(1000, ErrorMessage = "理由不能超过1000字")] string? Reason);

public sealed record TransferInput(Guid ToUnitId, [property: StringLength(1000, ErrorMessage = "理由不能超过1000字")] string? Reason);

public sealed record DecisionInput(bool Approve, [property: StringLength(1000, ErrorMessage = "理由不能超过1000字")] string? Reason);

public sealed record ReplyInput([property: StringLength(4000, ErrorMessage = "答复内容不能超过4000字")] string? Text);

/// <summary>回访: what the enterprise said, and its rating when it gave one on the call.</summary>
public sealed record FollowUpInput([property: StringLength(2000, ErrorMessage = "回访情况不能超过2000字")] string? Note, Rating? Rating);

public sealed record RateInput(Rating Rating, [property: StringLength(1000, ErrorMessage = "评价意见不能超过1000字")] string? Comment);

public sealed record ConsultInput(DateOnly HeldOn,
    [property: StringLength(4000, ErrorMessage = "会商纪要不能超过4000字")] string? Summary,
    IReadOnlyList<ConsultationParticipant> Participants);
