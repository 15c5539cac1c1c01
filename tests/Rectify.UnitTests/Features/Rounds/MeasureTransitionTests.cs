using Rectify.Features.Rounds;
using Rectify.Platform.Web;

namespace Rectify.UnitTests.Features.Rounds;

public class MeasureTransitionTests
{
    private static readonly DateOnly Today = MeasureBuilder.Today;

    [Fact]
    public void New_measure_is_not_started()
    {
        Assert.Equal(MeasureStatus.NotStarted, new MeasureBuilder().Build().Status);
    }

    [Fact]
    public void First_progress_starts_the_measure_and_keeps_the_latest_percent()
    {
        var measure = new MeasureBuilder().Build();
        measure.RecordProgress("制定方案", 30, Today.AddDays(-2), Today);
        measure.RecordProgress("补记早先进展", 10, Today.AddDays(-5), Today);
        Assert.Equal(MeasureStatus.InProgress, measure.Status);
        Assert.Equal(30, measure.LatestPercent);
    }

    [Fact]
    public void Close_out_needs_evidence()
    {
        var measure = new MeasureBuilder().InProgress().Build();
        var refused = Assert.Throws<RuleViolation>(() => measure.RequestCloseOut(MeasureBuilder.Request(evidence: 0)));
        Assert.Equal(RoundsErrors.CloseOutNeedsEvidence, refused.Message);
    }

    [Fact]
    public void Not_started_measure_cannot_request_close_out()
    {
        var refused = Assert.Throws<RuleViolation>(() => new MeasureBuilder().Build().RequestCloseOut(MeasureBuilder.Request()));
        Assert.Equal(RoundsErrors.CloseOutNeedsProgress, refused.Message);
    }

    [Fact]
    public void Approved_measure_is_closed_and_refuses_more_progress()
    {
        var measure = new MeasureBuilder().Closed().Build();
        Assert.Equal(MeasureStatus.Closed, measure.Status);
        Assert.Equal(Today, measure.ClosedOn);
        var refused = Assert.Throws<RuleViolation>(() => measure.RecordProgress("再报", 100, Today, Today));
        Assert.Equal(RoundsErrors.ProgressOnClosed, refused.Message);
    }

    [Fact]
    public void Returned_measure_goes_back_to_in_progress_with_its_reason()
    {
        var measure = new MeasureBuilder().Requested().Build();
        measure.ReturnCloseOut("佐证材料不全", MeasureBuilder.Office);
        Assert.Equal(MeasureStatus.InProgress, measure.Status);
        Assert.Equal("佐证材料不全", measure.ReturnReason);
    }

    [Fact]
    public void Return_without_a_reason_is_refused()
    {
        var measure = new MeasureBuilder().Requested().Build();
        Assert.Throws<RuleViolation>(() => measure.ReturnCloseOut("  ", MeasureBuilder.Office));
        Assert.Equal(MeasureStatus.CloseOutRequested, measure.Status);
    }

    [Fact]
    public void Pending_request_cannot_be_requested_again_nor_take_progress()
    {
        var measure = new MeasureBuilder().Requested().Build();
        Assert.Equal(RoundsErrors.CloseOutAlreadyRequested, Assert.Throws<RuleViolation>(() => measure.RequestCloseOut(MeasureBuilder.Request())).Message);
        Assert.Equal(RoundsErrors.ProgressWhileRequested, Assert.Throws<RuleViolation>(() => measure.RecordProgress("x", 1, Today, Today)).Message);
    }

    [Fact]
    public void Only_long_term_measures_can_be_accepted_as_stage_results()
    {
        var dated = new MeasureBuilder().Requested().Build();
        Assert.Equal(RoundsErrors.StageResultOnlyLongTerm, Assert.Throws<RuleViolation>(() => dated.ApproveAsStageResult(MeasureBuilder.Office)).Message);
        var longTerm = new MeasureBuilder().LongTerm().Requested().Build();
        longTerm.ApproveAsStageResult(MeasureBuilder.Office);
        Assert.Equal(MeasureStatus.StageResult, longTerm.Status);
    }

    [Fact]
    public void Stage_result_measure_stays_under_follow_up_and_keeps_its_status_on_progress()
    {
        var measure = new MeasureBuilder().LongTerm().Requested().Build();
        measure.ApproveAsStageResult(MeasureBuilder.Office);
        measure.RecordProgress("季度跟进", 100, Today, Today);
        Assert.Equal(MeasureStatus.StageResult, measure.Status);
    }

    [Fact]
    public void Closed_measure_reopens_on_rebound_labelled_as_reopened_and_back_at_zero_percent()
    {
        var measure = new MeasureBuilder().Closed().Build();
        measure.Reopen("回头看发现问题反弹");
        Assert.Equal(MeasureStatus.InProgress, measure.Status);
        Assert.Null(measure.ClosedOn);
        Assert.Equal("回头看发现问题反弹", measure.ReopenReason);
        Assert.Null(measure.ReturnReason);
        Assert.Equal(0, measure.LatestPercent);
        Assert.Equal("已重新打开（反弹）", MeasureStatusNames.Label(measure.Status, measure.ReturnReason, measure.ReopenReason));
    }

    [Fact]
    public void Open_measure_cannot_be_reopened()
    {
        Assert.Equal(RoundsErrors.ReopenOnlySettled,
            Assert.Throws<RuleViolation>(() => new MeasureBuilder().InProgress().Build().Reopen("x")).Message);
    }

    [Fact]
    public void Progress_dated_in_the_future_is_refused()
    {
        var measure = new MeasureBuilder().Build();
        Assert.Equal(RoundsErrors.ProgressInFuture, Assert.Throws<RuleViolation>(() => measure.RecordProgress("x", 10, Today.AddDays(1), Today)).Message);
        Assert.Equal(MeasureStatus.NotStarted, measure.Status);
    }

    [Fact]
    public void Long_term_measure_has_no_time_limit()
    {
        var measure = new MeasureBuilder().LongTerm().Build();
        Assert.Throws<RuleViolation>(() => measure.SetTimeLimit(null, Today, Rectify.Platform.Calendar.CalendarSource.Shipped()));
        Assert.Null(measure.TimeLimit);
    }
}
