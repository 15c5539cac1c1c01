using Rectify.Features.Appeals;
using Rectify.Platform.Web;
using static Rectify.UnitTests.Features.Appeals.AppealBuilder;

namespace Rectify.UnitTests.Features.Appeals;

public class AppealTransitionTests
{
    private static readonly DateOnly Oct9 = new(2026, 10, 9);
    private static readonly DateOnly Oct12 = new(2026, 10, 12);

    [Fact]
    public void A_new_appeal_waits_for_acceptance()
    {
        Assert.Equal(AppealState.Submitted, new AppealBuilder().Build().State);
    }

    [Fact]
    public void A_mistyped_credit_code_is_refused_at_intake_in_chinese()
    {
        var refused = Assert.Throws<RuleViolation>(() => Appeal.Record(new NewAppeal("恒达机电", "91420100MA4KXY3L7E", "张伟", "13812345678",
            AppealChannel.Call, AppealCategory.Financing, "贷款贴息未兑现", "贴息资金未到位。", Office), At(Day)));
        Assert.Equal(AppealErrors.CreditCodeInvalid, refused.Message);
    }

    [Fact]
    public void Declining_needs_a_reason_and_ends_the_appeal()
    {
        var appeal = new AppealBuilder().Build();
        Assert.Throws<RuleViolation>(() => appeal.Decline(" ", At(Day)));
        appeal.Decline("属于民事纠纷，已告知企业通过诉讼途径解决", At(Day));
        Assert.Equal(AppealState.Declined, appeal.State);
        Assert.False(appeal.State.IsOpen());
        Assert.Throws<RuleViolation>(() => appeal.Assign(UnitA, AppealTier.General, null, Deadlines, Calendar, At(Day)));
    }

    [Fact]
    public void An_ordinary_appeal_assigned_before_national_day_is_due_on_the_working_saturday_after_it()
    {
        // 9月30日 not counted; 10月1日–7日 off; 8日 day 1, 9日 day 2, 10日 (Saturday, 补班) day 3.
        var appeal = new AppealBuilder().Assigned().Build();
        Assert.Equal(AppealState.Assigned, appeal.State);
        Assert.Equal(new DateOnly(2026, 10, 10), appeal.TimeLimit);
        Assert.Equal(3, appeal.TimeLimitWorkingDays);
        Assert.False(appeal.TimeLimitUncertain);
    }

    [Fact]
    public void A_difficult_appeal_reaching_into_an_unpublished_year_is_flagged_uncertain()
    {
        var appeal = new AppealBuilder().Accepted().Build();
        appeal.Assign(UnitA, AppealTier.Difficult, null, Deadlines, Calendar, At(new DateOnly(2026, 12, 28)));
        Assert.Equal(new DateOnly(2027, 1, 11), appeal.TimeLimit);
        Assert.True(appeal.TimeLimitUncertain);
    }

    [Fact]
    public void A_major_appeal_needs_the_leading_groups_time_limit()
    {
        var appeal = new AppealBuilder().Accepted().Build();
        var refused = Assert.Throws<RuleViolation>(() => appeal.Assign(UnitA, AppealTier.Major, null, Deadlines, Calendar, At(Day)));
        Assert.Equal(AppealErrors.MajorNeedsDays, refused.Message);
        appeal.Assign(UnitA, AppealTier.Major, 30, Deadlines, Calendar, At(Day));
        Assert.Equal(30, appeal.TimeLimitWorkingDays);
    }

    [Fact]
    public void A_returned_appeal_goes_back_to_the_office_and_can_be_assigned_elsewhere()
    {
        var appeal = new AppealBuilder().Assigned().Build();
        Assert.Throws<RuleViolation>(() => appeal.Return("", At(Day)));
        appeal.Return("用电增容属供电公司和市发展改革委职责，不属本单位", At(Day));
        Assert.Equal(AppealState.Returned, appeal.State);
        Assert.Null(appeal.UnitId);
        appeal.Assign(UnitB, AppealTier.General, null, Deadlines, Calendar, At(Oct9));
        Assert.Equal(UnitB, appeal.UnitId);
        Assert.Equal(1, appeal.ReturnCount);
        Assert.Equal([HandlingOutcome.Returned, HandlingOutcome.Open], appeal.Handlings.Select(h => h.Outcome));
        Assert.All(appeal.Handlings, h => Assert.Equal(1, h.Round));
    }

    [Fact]
    public void A_transfer_waits_for_the_office_and_gives_the_new_unit_its_own_time_limit()
    {
        var appeal = new AppealBuilder().Assigned().Build();
        appeal.RequestTransfer(UnitB, "涉及土地手续，应由自然资源部门办理");
        Assert.Equal(AppealState.TransferRequested, appeal.State);
        Assert.Equal(UnitA, appeal.UnitId);
        appeal.ConsentTransfer(Deadlines, Calendar, At(Oct9));
        Assert.Equal(AppealState.Assigned, appeal.State);
        Assert.Equal(UnitB, appeal.UnitId);
        // From Friday 9日: 10日 (Saturday, 补班) day 1, 12日 day 2, 13日 day 3.
        Assert.Equal(new DateOnly(2026, 10, 13), appeal.TimeLimit);
        Assert.Equal([HandlingOutcome.Transferred, HandlingOutcome.Open], appeal.Handlings.Select(h => h.Outcome));
    }

    [Fact]
    public void A_refused_transfer_leaves_the_appeal_with_its_unit()
    {
        var appeal = new AppealBuilder().Assigned().Build();
        appeal.RequestTransfer(UnitB, "涉及土地手续");
        appeal.RefuseTransfer("用电问题仍由贵单位牵头协调");
        Assert.Equal(AppealState.Assigned, appeal.State);
        Assert.Equal(UnitA, appeal.UnitId);
        Assert.Null(appeal.TransferToUnitId);
    }

    [Fact]
    public void A_reply_that_only_cites_a_rule_is_sent_back_and_the_unit_answers_again()
    {
        var appeal = new AppealBuilder().Assigned().Build();
        appeal.Reply("根据有关规定，该事项不在支持范围内。", At(Oct9));
        Assert.Throws<RuleViolation>(() => appeal.SendBackReply(""));
        appeal.SendBackReply("仅引用政策条文，未说明企业的用电问题如何解决");
        Assert.Equal(AppealState.Assigned, appeal.State);
        Assert.Equal(1, appeal.CurrentHandling!.SentBackCount);
        appeal.Reply("已协调供电公司完成增容。", At(Oct9));
        appeal.ApproveReply(At(Oct9));
        Assert.Equal(AppealState.ReplyApproved, appeal.State);
    }

    [Fact]
    public void Only_a_checked_reply_can_be_rated()
    {
        var appeal = new AppealBuilder().Replied().Build();
        var refused = Assert.Throws<RuleViolation>(() => appeal.Rate(Rating.Satisfied, null, At(Oct9)));
        Assert.Equal(AppealErrors.RateOnlyAfterReply, refused.Message);
    }

    [Fact]
    public void An_unsatisfied_rating_reopens_the_appeal_and_both_rounds_stay_in_its_history()
    {
        var appeal = new AppealBuilder().ReplyApproved().Build();
        appeal.Rate(Rating.Dissatisfied, "电是接了，但电费按临时用电收取", At(Oct9));
        Assert.Equal(AppealState.Reopened, appeal.State);
        appeal.Assign(UnitB, AppealTier.General, null, Deadlines, Calendar, At(Oct12));
        Assert.Equal(2, appeal.HandlingRound);
        appeal.Reply("已按一般工商业电价重新核算并退还多收电费。", At(Oct12));
        appeal.ApproveReply(At(Oct12));
        appeal.Rate(Rating.Satisfied, null, At(Oct12));
        Assert.Equal(AppealState.Closed, appeal.State);
        Assert.Equal(new DateOnly(2026, 10, 12), appeal.ClosedOn);
        Assert.Equal([(1, Rating.Dissatisfied), (2, Rating.Satisfied)], appeal.Handlings.Select(h => (h.Round, h.Rating!.Value)));
    }

    [Fact]
    public void Not_rated_cannot_be_chosen_by_hand()
    {
        var appeal = new AppealBuilder().ReplyApproved().Build();
        Assert.Throws<RuleViolation>(() => appeal.Rate(Rating.NotRated, null, At(Oct9)));
    }

    [Fact]
    public void No_rating_within_the_window_closes_as_not_rated_never_as_satisfied()
    {
        // Reply out on Friday 10月9日; five working days: 10日 (补班), 12, 13, 14, 15日. Due after 15日.
        var appeal = new AppealBuilder().ReplyApproved().Build();
        Assert.False(appeal.ExpireRating(Deadlines, Calendar, new DateOnly(2026, 10, 15)));
        Assert.Equal(AppealState.ReplyApproved, appeal.State);
        Assert.True(appeal.ExpireRating(Deadlines, Calendar, new DateOnly(2026, 10, 16)));
        Assert.Equal(AppealState.Closed, appeal.State);
        Assert.Equal(Rating.NotRated, appeal.Rating);
        Assert.False(appeal.Rating!.Value.IsSatisfied());
    }

    [Fact]
    public void Only_a_difficult_appeal_takes_a_consultation_record_naming_each_units_duty()
    {
        var ordinary = new AppealBuilder().Assigned().Build();
        Assert.Throws<RuleViolation>(() => ordinary.RecordConsultation(Oct9, "会商", [new(UnitB, "出具意见")]));
        var difficult = new AppealBuilder().Assigned(AppealTier.Difficult).Build();
        Assert.Throws<RuleViolation>(() => difficult.RecordConsultation(Oct9, "会商", [new(UnitB, " ")]));
        var record = difficult.RecordConsultation(Oct9, "市发展改革委牵头会商，明确增容方案",
            [new(UnitA, "协调供电公司10月20日前完成接电"), new(UnitB, "10月15日前办结规划许可")]);
        Assert.Equal(2, record.Participants.Count);
        Assert.Single(difficult.Consultations);
    }

    [Fact]
    public void An_appeal_past_its_limit_with_its_unit_is_overdue_and_a_waiting_reply_stops_the_clock()
    {
        var appeal = new AppealBuilder().Assigned().Build();
        Assert.Equal(AppealLight.DueSoon, AppealLights.Of(appeal.State, appeal.TimeLimit, new DateOnly(2026, 10, 10), 1, Calendar));
        Assert.Equal(AppealLight.None, AppealLights.Of(appeal.State, appeal.TimeLimit, new DateOnly(2026, 10, 8), 1, Calendar));
        Assert.Equal(AppealLight.Overdue, AppealLights.Of(appeal.State, appeal.TimeLimit, Oct12, 1, Calendar));
        appeal.Reply("已完成增容。", At(new DateOnly(2026, 10, 10)));
        Assert.Equal(AppealLight.None, AppealLights.Of(appeal.State, appeal.TimeLimit, Oct12, 1, Calendar));
    }
}
