using System.Text;
using Rectify.Features.Rounds.Structure;

namespace Rectify.UnitTests.Features.Rounds;

public class SourceHashTests
{
    private const string Report = "中共示范市发展和改革委员会党组关于巡察整改进展情况的通报\n一、关于审批流程偏长问题\n整改措施：压减审批环节。";

    [Fact]
    public void The_same_report_read_from_windows_and_unix_files_has_one_fingerprint()
    {
        Assert.Equal(DuplicateRounds.HashOf(Report), DuplicateRounds.HashOf(Report.Replace("\n", "\r\n") + "\r\n\r\n"));
    }

    [Fact]
    public void A_report_changed_by_one_character_is_another_source()
    {
        Assert.NotEqual(DuplicateRounds.HashOf(Report), DuplicateRounds.HashOf(Report.Replace("压减", "精简")));
    }

    [Fact]
    public void A_sheet_is_fingerprinted_by_its_bytes_and_left_ready_to_read()
    {
        using var sheet = new MemoryStream(Encoding.UTF8.GetBytes("PK…台账"));
        var hash = DuplicateRounds.HashOf(sheet);

        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.Equal(0, sheet.Position);
    }
}
