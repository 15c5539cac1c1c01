using Rectify.Platform.Data;

namespace Rectify.UnitTests.Platform.Data;

public class AuditChainTests
{
    private static AuditEntry Entry(string changes) => new()
    {
        At = new DateTimeOffset(2024, 4, 18, 10, 0, 5, TimeSpan.FromHours(8)).AddTicks(1234567),
        UserName = "张整改",
        EntityType = "Measure",
        EntityId = "0193a1b2-0000-7000-8000-000000000001",
        Action = "修改",
        Changes = changes,
        Address = "10.1.2.3",
    };

    [Fact]
    public void Sealed_entries_follow_the_last_one_and_each_names_its_predecessor()
    {
        var first = Entry("[]");
        var second = Entry("""[{"field":"Status","before":"InProgress","after":"Done"}]""");
        AuditChain.Seal([first, second], (41, "ab12"));

        Assert.Equal((42L, 43L), (first.Sequence, second.Sequence));
        Assert.Equal("ab12", first.PreviousHash);
        Assert.Equal(first.Hash, second.PreviousHash);
        Assert.Equal(64, second.Hash.Length);
        Assert.Equal(TimeSpan.Zero, first.At.Offset);
        Assert.Equal(0, first.At.Ticks % TimeSpan.TicksPerMillisecond);
    }

    [Fact]
    public void Changing_any_field_changes_the_hash()
    {
        var entry = Entry("[]");
        AuditChain.Seal([entry], (0, ""));
        var sealedHash = entry.Hash;

        entry.UserName = "冒名";
        Assert.NotEqual(sealedHash, AuditChain.HashOf(entry));
        entry.UserName = "张整改";
        Assert.Equal(sealedHash, AuditChain.HashOf(entry));
        entry.Outcome = AuditOutcome.Failed;
        Assert.NotEqual(sealedHash, AuditChain.HashOf(entry));
    }

    [Theory]
    [InlineData("Secret", "SECabc", "******")]
    [InlineData("PasswordHash", "AQAAAAIAAYagAAAAE", "******")]
    [InlineData("RefreshToken", "8f0c1d", "******")]
    [InlineData("Url", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=******")]
    [InlineData("Url", "https://oapi.dingtalk.com/robot/send?access_token=t1&timestamp=1", "https://oapi.dingtalk.com/robot/send?access_token=******&timestamp=******")]
    [InlineData("Text", "已整改完毕，详见 https://oa.example.gov.cn/doc/12", "已整改完毕，详见 https://oa.example.gov.cn/doc/12")]
    [InlineData("UnitId", "0193a1b2-0000-7000-8000-000000000001", "0193a1b2-0000-7000-8000-000000000001")]
    public void Secrets_are_masked_and_plain_text_is_kept(string field, string value, string stored) =>
        Assert.Equal(stored, AuditMasking.Mask(field, value));
}
