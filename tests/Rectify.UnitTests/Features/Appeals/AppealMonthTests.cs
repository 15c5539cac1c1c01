using Rectify.Features.Appeals;
using Rectify.Platform.Web;

namespace Rectify.UnitTests.Features.Appeals;

public class AppealMonthTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    [Fact]
    public void No_month_means_this_month_from_its_first_to_its_last_day()
    {
        var month = AppealMonth.Parse(null, Today);
        Assert.Equal((new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31)), (month.First, month.Last));
        Assert.Equal(("2026-12", "2026年12月"), (month.Key, month.Label));
    }

    [Fact]
    public void February_of_a_leap_year_ends_on_the_29th()
    {
        Assert.Equal(new DateOnly(2024, 2, 29), AppealMonth.Parse("2024-02", Today).Last);
    }

    [Theory]
    [InlineData("2026-13", AppealErrors.MonthInvalid)]
    [InlineData("2026/11", AppealErrors.MonthInvalid)]
    [InlineData("十一月", AppealErrors.MonthInvalid)]
    [InlineData("1999-12", AppealErrors.MonthInvalid)]
    [InlineData("2027-01", AppealErrors.MonthInFuture)]
    public void A_mistyped_or_future_month_is_refused_in_chinese(string text, string message)
    {
        var refused = Assert.Throws<RuleViolation>(() => AppealMonth.Parse(text, Today));
        Assert.Equal(message, refused.Message);
    }
}
