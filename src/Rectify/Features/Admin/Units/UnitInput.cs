using System.ComponentModel.DataAnnotations;

namespace Rectify.Features.Admin.Units;

/// <summary>A new unit: its names, where it sits in the tree, its supervising leader (分管领导) and its place among siblings.</summary>
/// <remarks>Attributes sit on the parameters, not the properties: the pages bind the same record and MVC validates records that way.</remarks>
public sealed record UnitInput(
    [Required(ErrorMessage = "请填写单位名称"), StringLength(200, ErrorMessage = "单位名称不能超过200字")] string Name,
    [StringLength(100, ErrorMessage = "简称不能超过100字")] string? ShortName,
    [StringLength(500, ErrorMessage = "别名不能超过500字")] string? Aliases,
    Guid? ParentId,
    [StringLength(50, ErrorMessage = "分管领导不能超过50字")] string? SupervisingLeader,
    [Range(0, 9999, ErrorMessage = "排序号应在0到9999之间")] int SortOrder = 0);
