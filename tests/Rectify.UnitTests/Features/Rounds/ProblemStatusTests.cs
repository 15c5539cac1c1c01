using Rectify.Features.Rounds;
using static Rectify.Features.Rounds.MeasureStatus;

namespace Rectify.UnitTests.Features.Rounds;

public class ProblemStatusTests
{
    [Theory]
    [InlineData(ProblemStatus.NoMeasures)]
    [InlineData(ProblemStatus.Completed, Closed, Closed)]
    [InlineData(ProblemStatus.StageResult, Closed, StageResult)]
    [InlineData(ProblemStatus.InProgress, Closed, InProgress)]
    [InlineData(ProblemStatus.InProgress, NotStarted, CloseOutRequested)]
    [InlineData(ProblemStatus.NotStarted, NotStarted, NotStarted)]
    public void Problem_status_follows_from_its_measures(ProblemStatus expected, params MeasureStatus[] measures) =>
        Assert.Equal(expected, ProblemStatusRule.From(measures));

    [Fact]
    public void Problem_statuses_read_as_the_reports_say() =>
        Assert.Equal("已完成整改", ProblemStatus.Completed.Label());
}
