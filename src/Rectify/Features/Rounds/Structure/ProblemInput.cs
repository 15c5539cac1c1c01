using System.ComponentModel.DataAnnotations;

namespace Rectify.Features.Rounds.Structure;

/// <summary>A specific problem: its section, the report's label, its title and the feedback's own words.</summary>
public sealed record ProblemInput(
    Guid? SectionId,
    [property: StringLength(20, ErrorMessage = "编号不能超过20字")] string? Label,
    [property: Required(ErrorMessage = "请填写问题"), StringLength(1000, ErrorMessage = "问题不能超过1000字")] string Title,
    [property: StringLength(20000, ErrorMessage = "反馈原文不能超过20000字")] string? Feedback);
