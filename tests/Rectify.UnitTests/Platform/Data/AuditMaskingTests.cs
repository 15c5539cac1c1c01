using Rectify.Platform.Data;

namespace Rectify.UnitTests.Platform.Data;

/// <summary>What the audit keeps of secrets and of an enterprise's contact: enough to tell one from another, never the whole.</summary>
public class AuditMaskingTests
{
    [Theory]
    [InlineData("ContactPhone", "13812345678", "138****5678")]
    [InlineData("ContactPhone", "027-8765432", "027****5432")]
    [InlineData("ContactPhone", "12345", "*****")]
    [InlineData("ContactName", "刘晓明", "刘**")]
    [InlineData("ContactName", "王", "*")]
    [InlineData("Secret", "SECabc123", "******")]
    [InlineData("Url", "https://oapi.dingtalk.com/robot/send?access_token=abc", "https://oapi.dingtalk.com/robot/send?access_token=******")]
    [InlineData("Title", "企业反映审批时限过长", "企业反映审批时限过长")]
    public void A_field_is_kept_as_the_audit_may_show_it(string field, string value, string kept) =>
        Assert.Equal(kept, AuditMasking.Mask(field, value));
}
