using Rectify.Features.Appeals;
using Rectify.Platform.Web;
using static Rectify.UnitTests.Features.Appeals.AppealBuilder;

namespace Rectify.UnitTests.Features.Appeals;

/// <summary>立项督办 on the appeal's side: who may be raised, once, and the words the problem gets when the office writes none.</summary>
public class RaiseToProblemRulesTests
{
    [Fact]
    public void A_declined_appeal_is_not_raised_and_a_raised_one_is_not_raised_twice()
    {
        var declined = new AppealBuilder().Then(a => a.Decline("属司法程序处理事项", At(Day))).Build();
        Assert.Equal(AppealErrors.RaiseNotDeclined, Assert.Throws<RuleViolation>(declined.EnsureRaisable).Message);

        var appeal = new AppealBuilder().Assigned().Build();
        appeal.MarkRaised(Guid.CreateVersion7());
        Assert.Equal(AppealErrors.AlreadyRaised, Assert.Throws<RuleViolation>(() => appeal.MarkRaised(Guid.CreateVersion7())).Message);
    }

    [Fact]
    public void The_problems_words_list_each_appeal_by_date_with_the_enterprise_and_its_words_cut_short()
    {
        var early = new AppealBuilder().Build();
        var late = Appeal.Record(new NewAppeal("武汉市汉阳区联创包装材料有限公司", null, "王敏", "13907161234", AppealChannel.MessageBoard,
            AppealCategory.FactorSupply, "园区用电增容报装两个月未接电", new string('电', 300), Office), At(Day.AddDays(1)));

        var text = RaiseToProblem.FeedbackOf([late, early]);

        Assert.StartsWith("企业诉求立项督办（2件）：\n1. 2026年9月30日，武汉市江岸区恒达机电设备有限公司反映“厂区用电增容迟迟未办”：", text);
        Assert.Contains("\n2. 2026年10月1日，武汉市汉阳区联创包装材料有限公司反映“园区用电增容报装两个月未接电”：" + new string('电', 200) + "……", text);
    }
}
