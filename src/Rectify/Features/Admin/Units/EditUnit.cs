using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;
using Rectify.Platform.Web;

namespace Rectify.Features.Admin.Units;

/// <summary>A unit's names, supervising leader and sort order; the version is the one the admin saw.</summary>
public sealed record EditUnitInput(
    [Required(ErrorMessage = "请填写单位名称"), StringLength(200, ErrorMessage = "单位名称不能超过200字")] string Name,
    [StringLength(100, ErrorMessage = "简称不能超过100字")] string? ShortName,
    [StringLength(500, ErrorMessage = "别名不能超过500字")] string? Aliases,
    [StringLength(50, ErrorMessage = "分管领导不能超过50字")] string? SupervisingLeader,
    [Range(0, 9999, ErrorMessage = "排序号应在0到9999之间")] int SortOrder,
    int? Version);

public sealed class EditUnit(RectifyDbContext db)
{
    public async Task HandleAsync(Guid id, EditUnitInput input, CancellationToken ct)
    {
        if (input.Version is not { } version) throw RuleViolation.Invalid(AdminErrors.VersionRequired);
        var unit = await db.Set<Unit>().SingleOrDefaultAsync(u => u.Id == id, ct) ?? throw new NotFoundException(AdminErrors.UnitNotFound);
        db.ExpectVersion(unit, version);
        await SiblingNames.RequireUniqueAsync(db, unit.ParentId, input.Name, unit.Id, ct);
        unit.Rename(input.Name, input.ShortName, input.Aliases);
        unit.SupervisingLeader = CreateUnit.Blank(input.SupervisingLeader);
        unit.SortOrder = input.SortOrder;
        await db.SaveChangesAsync(ct);
    }
}
