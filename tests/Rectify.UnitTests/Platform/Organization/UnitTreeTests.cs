using Rectify.Platform.Organization;
using Rectify.Platform.Web;

namespace Rectify.UnitTests.Platform.Organization;

public class UnitTreeTests
{
    private readonly Unit root = new("中共示范市委员会", "市委", null);
    private readonly Unit commission;
    private readonly Unit planning;
    private readonly Unit team;
    private readonly Unit bureau;

    public UnitTreeTests()
    {
        commission = new Unit("示范市发展和改革委员会", "市发展改革委", root);
        planning = new Unit("规划科", null, commission);
        team = new Unit("规划一组", null, planning);
        bureau = new Unit("示范市政务服务和大数据管理局", "市政务服务局", root);
    }

    [Fact]
    public void Moved_unit_and_its_descendants_get_paths_under_the_new_parent()
    {
        planning.MoveUnder(bureau, [team]);
        Assert.Equal(bureau.Id, planning.ParentId);
        Assert.Equal($"{bureau.Path}{planning.Id:N}/", planning.Path);
        Assert.Equal($"{bureau.Path}{planning.Id:N}/{team.Id:N}/", team.Path);
        Assert.Equal(planning.Id, team.ParentId);
    }

    [Fact]
    public void Moving_to_the_top_level_leaves_only_the_units_own_id_in_its_path()
    {
        planning.MoveUnder(null, [team]);
        Assert.Null(planning.ParentId);
        Assert.Equal($"/{planning.Id:N}/", planning.Path);
        Assert.Equal($"/{planning.Id:N}/{team.Id:N}/", team.Path);
    }

    [Fact]
    public void A_unit_cannot_move_under_itself_or_a_descendant()
    {
        var before = team.Path;
        Assert.Equal(OrganizationErrors.MoveIntoItself, Assert.Throws<RuleViolation>(() => commission.MoveUnder(commission, [planning, team])).Message);
        Assert.Equal(OrganizationErrors.MoveIntoItself, Assert.Throws<RuleViolation>(() => commission.MoveUnder(team, [planning, team])).Message);
        Assert.Equal(before, team.Path);
    }

    [Fact]
    public void Nothing_can_go_under_an_inactive_unit()
    {
        bureau.Deactivate(activeUsers: 0, activeChildren: 0);
        Assert.Equal(OrganizationErrors.ParentInactive, Assert.Throws<RuleViolation>(() => planning.MoveUnder(bureau, [team])).Message);
        Assert.Equal(OrganizationErrors.ParentInactive, Assert.Throws<RuleViolation>(() => new Unit("新科室", null, bureau)).Message);
    }

    [Fact]
    public void A_unit_with_active_users_or_children_stays_active()
    {
        Assert.Contains("2个启用的用户", Assert.Throws<RuleViolation>(() => planning.Deactivate(activeUsers: 2, activeChildren: 0)).Message);
        Assert.Contains("1个启用的下级单位", Assert.Throws<RuleViolation>(() => planning.Deactivate(activeUsers: 0, activeChildren: 1)).Message);
        Assert.True(planning.IsActive);
        team.Deactivate(0, 0);
        Assert.False(team.IsActive);
    }
}
