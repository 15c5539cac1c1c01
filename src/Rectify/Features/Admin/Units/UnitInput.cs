using System.ComponentModel.DataAnnotations;

namespace Rectify.Features.Admin.Units;

/// <summary>A new unit: its names, where it sits in the tree, its supervising leader (分管领导) and its place among siblings.</summary>
public sealed record UnitInput(
    [property: Required(ErrorMessage = "请填写单位名称"), StringLength(200, ErrorMessage = "单位名称不能超过200字")] string Name,
    [property: StringLength(100, ErrorMessage = "简称不能超过100字")] string? ShortName,
    [property: StringLength(500, ErrorMessage = "别名不能超过500字")] string? Aliases,
    Guid? ParentId,
    [property: StringLength(50, ErrorMessage = "分管领导不能超过50字")] string? SupervisingLeader,
    [property: Range(0, 9999, ErrorMessage = "排序号应在0到9999之间")] int SortOrder = 0);
