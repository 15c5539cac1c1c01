using Rectify.Features.Rounds;
using Rectify.Platform.Web;

namespace Rectify.UnitTests.Features.Rounds;

/// <summary>The close-out request lives with the measure: the entity keeps the request record in step with its status.</summary>
public class CloseOutTests
{
    [Fact]
    public void A_request_without_a_completion_note_is_refused()
    {
        var measure = new MeasureBuilder().InProgress(100).Build();
        var refused = Assert.Throws<RuleViolation>(() => measure.RequestCloseOut(MeasureBuilder.Request(note: "  ")));
        Assert.Equal(RoundsErrors.CloseOutNeedsNote, refused.Message);
        Assert.Empty(measure.CloseOuts);
        Assert.Equal(MeasureStatus.InProgress, measure.Status);
    }

    [Fact]
    public void A_round_that_waives_evidence_takes_a_request_with_none()
    {
        var measure = new MeasureBuilder().InProgress(100).Build();
        measure.RequestCloseOut(MeasureBuilder.Request(evidence: 0, evidenceRequired: false));
        Assert.Equal(MeasureStatus.CloseOutRequested, measure.Status);
    }

    [Fact]
    public void The_request_record_is_kept_with_the_measure_and_decided_with_it()
    {
        var measure = new MeasureBuilder().InProgress(100).Build();
        var request = measure.RequestCloseOut(MeasureBuilder.Request());
        Assert.Equal([request], measure.CloseOuts);
        Assert.Equal("制度已印发，佐证材料已上传", request.Note);
        Assert.Equal(CloseOutDecision.Pending, request.Decision);

        measure.ReturnCloseOut("缺少正式印发稿", MeasureBuilder.Office);
        Assert.Equal((CloseOutDecision.Returned, "缺少正式印发稿", "张整改"), (request.Decision, request.Reason, request.DecidedBy));
        Assert.Equal("已退回", MeasureStatusNames.Label(measure.Status, measure.ReturnReason, measure.ReopenReason));

        var again = measure.RequestCloseOut(MeasureBuilder.Request());
        measure.ApproveCloseOut(MeasureBuilder.Office);
        Assert.Equal(CloseOutDecision.Approved, again.Decision);
        Assert.Equal(CloseOutDecision.Returned, request.Decision);
        Assert.Null(measure.ReturnReason);
        Assert.Null(measure.CloseOutRequestedOn);
    }

    [Fact]
    public void A_decision_without_a_pending_request_is_refused()
    {
        var measure = new MeasureBuilder().InProgress().Build();
        Assert.Equal(RoundsErrors.NoPendingCloseOut, Assert.Throws<RuleViolation>(() => measure.ApproveCloseOut(MeasureBuilder.Office)).Message);
    }

    [Fact]
    public void A_dated_measure_can_become_long_term_with_no_time_limit_in_one_edit()
    {
        var measure = new MeasureBuilder().Dated(2024, 6, 30).Build();
        measure.Edit("一是", "建立健全长效机制", MeasureKind.LongTerm);
        measure.ClearTimeLimit();
        Assert.Equal(MeasureKind.LongTerm, measure.Kind);
        Assert.Null(measure.TimeLimit);
    }
}
