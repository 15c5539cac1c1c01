using System.Text.RegularExpressions;

namespace Rectify.Features.Documents.Parsing;

/// <summary>The closing invitation to supervise, the contact details and the signature.</summary>
internal static partial class ContactBlock
{
    [GeneratedRegex(@"^(欢迎.{0,30}(监督|意见|建议)|如有意见|联系(方式|电话|地址|人)|电话[:\d]|邮政(信箱|编码)|(电子)?邮箱|通讯地址|地址[:]|邮编|传真)")]
    private static partial Regex ContactRx();

    [GeneratedRegex(@"^[^,。;:\s]{4,40}(党组|党委|党总支|党支部|委员会|政府|办公室|办公厅|局|厅|委|中心|公司|集团)$")]
    private static partial Regex SignatureRx();

    public static bool IsContactLine(string text) => ContactRx().IsMatch(text);

    public static bool IsSignatureName(string text) => SignatureRx().IsMatch(text.Replace(" ", ""));

    /// <summary>Index of the first line of the contact block at or after <paramref name="from"/>, or the end.</summary>
    public static int Start(IReadOnlyList<SourceLine> lines, int from)
    {
        for (var i = from; i < lines.Count; i++)
            if (IsContactLine(lines[i].Text)) return i;
        return lines.Count;
    }
}
