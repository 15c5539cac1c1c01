using Rectify.Features.Rounds;
using Rectify.Features.Rounds.Ledger;

namespace Rectify.UnitTests.Features.Rounds;

public class HistoryNamesTests
{
    [Theory]
    [InlineData("Kind", "Patrol", "巡察")]
    [InlineData("Kind", "SelfExamination", "自查")]
    [InlineData("Kind", "LongTerm", "长期坚持")]
    [InlineData("Status", "CloseOutRequested", "待审核")]
    [InlineData("TimeLimit", "2024-04-18", "2024年4月18日")]
    [InlineData("FeedbackDate", "2026-12-02", "2026年12月2日")]
    [InlineData("StayEnd", "2023-09-08T16:00:00.0000000+00:00", "2023年9月9日 00:00")]
    [InlineData("IsActive", "True", "是")]
    public void History_shows_values_in_the_words_and_dates_users_read(string field, string stored, string shown) =>
        Assert.Equal(shown, HistoryNames.Value(field, stored));

    [Fact]
    public void Free_text_and_numbers_are_shown_as_written() =>
        Assert.Equal("2024年底前完成", HistoryNames.Value("Text", "2024年底前完成"));

    [Fact]
    public void A_round_kind_reads_as_its_label_in_every_kind() =>
        Assert.All(Enum.GetValues<RoundKind>(), k => Assert.Equal(k.Label(), HistoryNames.Value("Kind", k.ToString())));
}
