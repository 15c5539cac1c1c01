using System.ComponentModel.DataAnnotations;

namespace Rectify.Features.Rounds.Structure;

/// <summary>A section: its level's name (方面, 类), the report's label ((一), 1.) and its title.</summary>
public sealed record SectionInput(
    Guid? ParentId,
    [property: Required(ErrorMessage = "请填写层级名称（如 方面、类）"), StringLength(20, ErrorMessage = "层级名称不能超过20字")] string LevelName,
    [property: StringLength(20, ErrorMessage = "编号不能超过20字")] string? Label,
    [property: Required(ErrorMessage = "请填写标题"), StringLength(1000, ErrorMessage = "标题不能超过1000字")] string Title);
