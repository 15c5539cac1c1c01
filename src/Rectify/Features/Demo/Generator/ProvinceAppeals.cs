using Rectify.Features.Appeals;
using Rectify.Platform.Calendar;
using Rectify.Platform.Organization;

namespace Rectify.Features.Demo.Generator;

/// <summary>
/// Enterprises' appeals over the two years before today, streamed, each brought to its state through the entity's own
/// transitions: run by the province's or a city's office, assigned to a unit below it, mostly replied in time and rated,
/// some late, returned, transferred, reopened, declined; the recent ones still on their way. The handlings are collected
/// on the way and written after the appeals they belong to.
/// </summary>
internal sealed class ProvinceAppeals(ProvinceTree tree, DateOnly today, WorkingDayCalendar calendar, Random random)
{
    private const int Days = 730;
    private static readonly DateTimeOffset Noon = new(2000, 1, 1, 4, 0, 0, TimeSpan.Zero);
    private static readonly AppealOptions Deadlines = new();
    private static readonly AppealChannel[] Channels = Enum.GetValues<AppealChannel>();
    private static readonly AppealCategory[] Categories = Enum.GetValues<AppealCategory>();
    private static readonly string[] Places = ["江州", "云川", "临江", "青石", "白河", "东陵", "南屏", "安平"];
    private static readonly string[] Enterprises = ["恒通包装材料", "华腾精密机械", "北辰物流", "瑞丰食品", "鼎盛建设工程", "蓝海新能源", "金石矿业", "众信科技", "宏图印务", "安和医药"];
    private static readonly string[] Titles =
    [
        "工程款逾期未支付", "技改补助资金未拨付", "用地指标迟迟不落实", "审批材料反复要求补正", "涉企检查过于频繁", "水电气报装周期长",
        "政策兑现流程不清楚", "融资担保门槛过高", "园区道路长期未修", "招聘用工补贴未到账",
    ];

    public List<AppealHandling> Handlings { get; } = [];

    public IEnumerable<Appeal> Generate(int total, Action<int> onProgress)
    {
        for (var n = 1; n <= total; n++)
        {
            yield return Create(n);
            if (n % 100_000 == 0) onProgress(n);
        }
    }

    private Appeal Create(int n)
    {
        // Later months carry a little more than earlier ones (intake grows); today itself is possible.
        var age = (int)(Days * Math.Pow(random.NextDouble(), 1.2));
        var on = today.AddDays(-age);
        var owner = random.Next(100) < 25 || tree.Cities.Count == 0 ? tree.Root : random.Pick(tree.Cities);
        var enterprise = $"{random.Pick(Places)}{random.Pick(Enterprises)}有限公司";
        var appeal = Appeal.Record(new NewAppeal(enterprise, null, random.Pick(ProvinceTexts.Persons), $"139{n % 100_000_000:D8}",
            random.Pick(Channels), random.Pick(Categories), random.Pick(Titles), $"企业反映：{random.Pick(Titles)}，影响正常生产经营，请求协调解决。", owner.Id),
            At(on, "省整改办"));
        Advance(appeal, owner, on, age);
        Handlings.AddRange(appeal.Handlings);
        return appeal;
    }

    /// <summary>Each step a few days after the one before, never past today: older appeals have run their course.</summary>
    private void Advance(Appeal appeal, Unit owner, DateOnly on, int age)
    {
        var day = on;
        bool Step(int most)
        {
            day = day.AddDays(random.Next(most + 1));
            return day <= today;
        }
        if (!Step(2)) return;
        if (random.Next(100) < 3)
        {
            appeal.Decline("不属于企业诉求受理范围，已告知企业通过司法途径解决。", At(day));
            return;
        }
        appeal.Accept(At(day));
        var units = tree.Below.TryGetValue(owner.Id, out var below) && below.Count > 0 ? below : [tree.Root];
        for (var round = 1; round <= 2; round++)
        {
            if (!Step(1)) return;
            var tier = random.Next(100) switch { < 80 => AppealTier.General, < 97 => AppealTier.Difficult, _ => AppealTier.Major };
            appeal.Assign(random.Pick(units).Id, tier, tier == AppealTier.Major ? 20 : null, Deadlines, calendar, At(day));
            if (random.Next(100) < 4 && Step(2))
            {
                appeal.Return("不属于本单位职责，请重新交办。", At(day));
                if (!Step(1)) return;
                appeal.Assign(random.Pick(units).Id, tier, tier == AppealTier.Major ? 20 : null, Deadlines, calendar, At(day));
            }
            if (random.Next(100) < 3 && units.Count > 1 && Step(2))
            {
                Unit other;
                do other = random.Pick(units); while (other.Id == appeal.UnitId);
                appeal.RequestTransfer(other.Id, "涉及其他单位职责，申请转办。");
                if (!Step(1)) return;
                appeal.ConsentTransfer(Deadlines, calendar, At(day));
            }
            // Most reply within the limit; one in eight takes longer; a few are still open long after.
            var late = random.Next(100) < 12;
            if (age > 30 && random.Next(100) < 2) return;
            if (!Step(late ? 25 : (appeal.TimeLimitWorkingDays ?? 3) + 1)) return;
            appeal.Reply("已与企业沟通并协调相关部门办理，问题已解决。", At(day));
            if (!Step(1)) return;
            appeal.ApproveReply(At(day));
            if (!Step(4)) return;
            if (random.Next(100) < 15)
            {
                appeal.ExpireRating(Deadlines, calendar, day.AddDays(10) > today ? day : day.AddDays(10));
                return;
            }
            var rating = random.Next(100) switch
            {
                < 45 => Rating.VerySatisfied, < 80 => Rating.Satisfied, < 92 => Rating.Basic, < 97 => Rating.Dissatisfied, _ => Rating.VeryDissatisfied,
            };
            appeal.Rate(rating, null, At(day));
            if (!rating.Reopens()) return;
        }
    }

    private static AppealMoment At(DateOnly on, string by = "省整改办") =>
        new(Noon.AddDays(on.DayNumber - DateOnly.FromDateTime(Noon.UtcDateTime).DayNumber), on, by);
}
