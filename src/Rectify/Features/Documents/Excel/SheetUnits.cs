namespace Rectify.Features.Documents.Excel;

/// <summary>The units one cell names: the one responsible and those cooperating, in the cell's order.</summary>
public sealed record UnitNames(string? Responsible, IReadOnlyList<string> Cooperating);

/// <summary>
/// Several units in one 责任单位 cell, as offices write them: "投资科、能源科" (also ，, ；, / or a line break between
/// them) — the first is responsible, the rest cooperate; "投资科牵头，能源科配合" or "牵头单位：投资科；配合单位：能源科" —
/// the 牵头 unit is responsible (a second 牵头 unit cooperates), the 配合/协助 ones cooperate.
/// </summary>
public static class SheetUnits
{
    private static readonly char[] Separators = ['、', ',', '，', ';', '；', '/', '／', '\n', ' ', '\u3000'];
    private static readonly string[] LeadWords = ["牵头单位", "牵头部门", "牵头"];
    private static readonly string[] CooperateWords = ["配合单位", "配合部门", "协助单位", "配合", "协助", "参与"];

    public static UnitNames Read(string cell)
    {
        var (leads, cooperating, unmarked) = (new List<string>(), new List<string>(), new List<string>());
        List<string>? marked = null;
        foreach (var raw in cell.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var token = raw.Trim(':', '：');
            if (Strip(ref token, LeadWords, prefix: true)) marked = leads;
            else if (Strip(ref token, CooperateWords, prefix: true)) marked = cooperating;
            var pending = marked ?? unmarked;
            if (Strip(ref token, LeadWords, prefix: false))
            {
                // "投资科、能源科牵头": the names since the last marker lead with this one.
                Add(leads, unmarked, token);
                continue;
            }
            if (Strip(ref token, CooperateWords, prefix: false))
            {
                Add(cooperating, unmarked, token);
                continue;
            }
            if (token.Length > 0) pending.Add(token);
        }
        if (leads.Count == 0 && cooperating.Count == 0)
            return new UnitNames(unmarked.FirstOrDefault(), unmarked.Skip(1).ToList());
        // Names before any marker, in a cell that has markers, lead when no unit is said to.
        if (leads.Count == 0) leads.AddRange(unmarked);
        else cooperating.InsertRange(0, unmarked);
        return new UnitNames(leads.FirstOrDefault(), leads.Skip(1).Concat(cooperating).Distinct().ToList());
    }

    private static void Add(List<string> to, List<string> unmarked, string token)
    {
        to.AddRange(unmarked);
        unmarked.Clear();
        if (token.Length > 0) to.Add(token);
    }

    private static bool Strip(ref string token, string[] words, bool prefix)
    {
        foreach (var word in words)
        {
            if (prefix ? !token.StartsWith(word, StringComparison.Ordinal) : !token.EndsWith(word, StringComparison.Ordinal)) continue;
            token = (prefix ? token[word.Length..] : token[..^word.Length]).Trim(':', '：');
            return true;
        }
        return false;
    }
}
