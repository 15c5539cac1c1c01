using System.ComponentModel.DataAnnotations;

namespace Rectify.Features.Rounds;

/// <summary>The round form's fields, bound from the page and turned into the action's input.</summary>
public sealed class RoundForm
{
    public RoundKind Kind { get; set; } = RoundKind.Patrol;
    [Required(ErrorMessage = "请填写标题"), StringLength(300, ErrorMessage = "标题不能超过300字")] public string Title { get; set; } = "";
    [StringLength(200, ErrorMessage = "轮次名称不能超过200字")] public string? CampaignName { get; set; }
    [StringLength(200, ErrorMessage = "专项主题不能超过200字")] public string? Topic { get; set; }
    [Required(ErrorMessage = "请填写巡视巡察组"), StringLength(200, ErrorMessage = "巡视巡察组名称不能超过200字")] public string InspectingBody { get; set; } = "";
    [Required(ErrorMessage = "请选择被巡察单位")] public Guid? InspectedUnitId { get; set; }
    public DateOnly? StayStart { get; set; }
    public DateOnly? StayEnd { get; set; }
    public DateOnly? FeedbackDate { get; set; }
    public DateOnly? PublishedDate { get; set; }
    [StringLength(200, ErrorMessage = "发文单位不能超过200字")] public string? Issuer { get; set; }
    [StringLength(50, ErrorMessage = "第一责任人不能超过50字")] public string? FirstResponsible { get; set; }
    public string? OrganisationText { get; set; }
    public string? NextStepsText { get; set; }
    public string? ContactText { get; set; }
    public int Version { get; set; }

    public RoundDetailsInput ToInput() => new(Kind, Title, CampaignName, Topic, InspectingBody, InspectedUnitId ?? Guid.Empty,
        StayStart, StayEnd, FeedbackDate, PublishedDate, Issuer, FirstResponsible);
}
