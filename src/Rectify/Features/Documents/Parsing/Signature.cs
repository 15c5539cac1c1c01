namespace Rectify.Features.Documents.Parsing;

/// <summary>The issuer's name and date at the foot of the report; Start is the first of its lines.</summary>
internal sealed record Signature(int Start, string? Name, FoundDate? Date, SourceLine? DateLine)
{
    public static Signature Find(IReadOnlyList<SourceLine> lines)
    {
        for (var i = lines.Count - 1; i >= Math.Max(0, lines.Count - 4); i--)
        {
            var date = DateFinder.ReadDateLine(lines[i].Text);
            if (date is null) continue;
            var hasName = i > 0 && ContactBlock.IsSignatureName(lines[i - 1].Text);
            return hasName
                ? new Signature(i - 1, lines[i - 1].Text.Replace(" ", ""), date, lines[i])
                : new Signature(i, null, date, lines[i]);
        }
        var last = lines.Count - 1;
        return last >= 0 && ContactBlock.IsSignatureName(lines[last].Text)
            ? new Signature(last, lines[last].Text, null, null)
            : new Signature(lines.Count, null, null, null);
    }
}
