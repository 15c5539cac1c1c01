using System.ComponentModel.DataAnnotations;

namespace Rectify.Features.Rounds;

/// <summary>What a report states about a round: who inspected whom, when, and the feedback.</summary>
public sealed record RoundDetailsInput(
    RoundKind Kind,
    [property: Required(ErrorMessage = "请填写标题"), StringLength(300, ErrorMessage = "标题不能超过300字")] string Title,
    [property: StringLength(200, ErrorMessage = "轮次名称不能超过200字")] string? CampaignName,
    [property: StringLength(200, ErrorMessage = "专项主题不能超过200字")] string? Topic,
    [property: Required(ErrorMessage = "请填写巡视巡察组"), StringLength(200, ErrorMessage = "巡视巡察组名称不能超过200字")] string InspectingBody,
    Guid InspectedUnitId,
    DateOnly? StayStart,
    DateOnly? StayEnd,
    DateOnly? FeedbackDate,
    DateOnly? PublishedDate = null,
    [property: StringLength(200, ErrorMessage = "发文单位不能超过200字")] string? Issuer = null,
    [property: StringLength(50, ErrorMessage = "第一责任人不能超过50字")] string? FirstResponsible = null);
