using System.Text.RegularExpressions;

namespace Rectify.Features.Documents.Parsing;

/// <summary>
/// Turns a problem's rectification paragraphs into measures: split on 一是/二是/…, one measure for a paragraph
/// without enumeration, and a "驻北京办党组:" prefix making that sub-unit the measures' responsible unit.
/// </summary>
internal static partial class MeasureSplitter
{
    [GeneratedRegex(@"^(?<u>[^,。;:\s“”]{2,24}?(?:党组|党委|党总支|党支部))[:]\s*")]
    private static partial Regex PartyUnitRx();

    [GeneratedRegex(@"^(?<u>[^,。;:\s“”]{2,24}?(?:办|局|分局|公司|中心|处|科|室|院|所|站))[:]\s*(?=一是)")]
    private static partial Regex OfficeUnitRx();

    [GeneratedRegex(@"^(责任领导|牵头领导|分管领导|责任单位|责任科室|责任部门|责任处室|责任人|配合单位|完成时限|整改时限|整改时间|完成时间)[:]")]
    private static partial Regex ResponsibilityRx();

    public static List<ParsedMeasure> Split(IEnumerable<(string Text, string Label)> paragraphs)
    {
        var measures = new List<ParsedMeasure>();
        foreach (var (text, fallbackLabel) in paragraphs)
        {
            // "责任领导:…  完成时限:…" belongs to the measure before it, not a measure of its own.
            if (ResponsibilityRx().IsMatch(text) && measures.Count > 0)
            {
                measures[^1] = measures[^1] with { Text = measures[^1].Text + " " + text.Trim() };
                continue;
            }
            var rest = StripLead(text);
            var unit = SubUnit(ref rest);
            if (rest.Length == 0) continue;
            var items = Enumerators.Split(rest, inlineNumbers: true);
            if (items.Count == 0)
            {
                measures.Add(new ParsedMeasure(fallbackLabel, rest, unit));
                continue;
            }
            var preamble = items[0].Label.Length == 0 ? items[0].Text : null;
            foreach (var item in items.Where(i => i.Label.Length > 0))
            {
                var body = preamble is null ? item.Text : preamble + item.Text;
                preamble = null;
                measures.Add(new ParsedMeasure(item.Label, body, unit));
            }
        }
        return measures;
    }

    private static string StripLead(string text)
    {
        var lead = Markers.FindRectificationLead(text);
        return lead is { Index: 0 } l ? text[l.Length..].Trim() : text.Trim();
    }

    private static string? SubUnit(ref string text)
    {
        var m = PartyUnitRx().Match(text);
        if (!m.Success) m = OfficeUnitRx().Match(text);
        if (!m.Success) return null;
        text = text[m.Length..].Trim();
        return m.Groups["u"].Value;
    }

    /// <summary>Whether a paragraph opens rectification text: a lead, an enumerator, or a sub-unit's name.</summary>
    public static bool OpensRectification(string text) =>
        Markers.StartsWithRectificationLead(text) || Enumerators.StartsWithEnumerator(text)
        || PartyUnitRx().IsMatch(text) || OfficeUnitRx().IsMatch(text);
}
