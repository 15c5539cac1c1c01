using Rectify.Features.Appeals;
using Rectify.Platform.Calendar;

namespace Rectify.UnitTests.Features.Appeals;

/// <summary>Valid appeals in a chosen state: new AppealBuilder().Assigned().Build().</summary>
public sealed class AppealBuilder
{
    public static readonly WorkingDayCalendar Calendar = CalendarSource.Shipped();
    public static readonly AppealOptions Deadlines = new();
    public static readonly Guid Office = Guid.CreateVersion7();
    public static readonly Guid UnitA = Guid.CreateVersion7();
    public static readonly Guid UnitB = Guid.CreateVersion7();
    /// <summary>Wednesday 2026年9月30日, the eve of the National Day holiday.</summary>
    public static readonly DateOnly Day = new(2026, 9, 30);

    private readonly List<Action<Appeal>> steps = [];

    public static AppealMoment At(DateOnly on) => new(new DateTimeOffset(on.ToDateTime(new TimeOnly(9, 30)), TimeSpan.FromHours(8)), on, "李红");

    public AppealBuilder Accepted() => Then(a => a.Accept(At(Day)));

    public AppealBuilder Assigned(AppealTier tier = AppealTier.General, int? days = null) =>
        Accepted().Then(a => a.Assign(UnitA, tier, days, Deadlines, Calendar, At(Day)));

    public AppealBuilder Replied() => Assigned().Then(a => a.Reply("已协调供电公司于10月9日完成厂区增容，企业已恢复生产。", At(new DateOnly(2026, 10, 9))));

    public AppealBuilder ReplyApproved() => Replied().Then(a => a.ApproveReply(At(new DateOnly(2026, 10, 9))));

    public AppealBuilder Then(Action<Appeal> step)
    {
        steps.Add(step);
        return this;
    }

    public Appeal Build()
    {
        var appeal = Appeal.Record(new NewAppeal("武汉市江岸区恒达机电设备有限公司", "91420100MA4KXY3L7D", "张伟", "13812345678",
            AppealChannel.Hotline12345, AppealCategory.FactorSupply, "厂区用电增容迟迟未办",
            "我公司今年3月申请厂区用电增容，至今未接电，影响新生产线投产。", Office), At(Day));
        foreach (var step in steps) step(appeal);
        return appeal;
    }
}
