namespace Rectify.Features.Documents.Parsing;

internal static class Sentences
{
    /// <summary>The first sentence (without its 。) and the rest, or null when nothing follows; 。 inside quotes does not count.</summary>
    public static (string First, string? Remainder) SplitFirst(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '“' or '《' or '(') depth++;
            else if (c is '”' or '》' or ')') depth = Math.Max(0, depth - 1);
            else if (c is '。' or ';' && depth == 0)
            {
                var rest = text[(i + 1)..].Trim();
                return (text[..i].Trim(), rest.Length > 0 ? rest : null);
            }
        }
        return (text.Trim().TrimEnd(','), null);
    }
}
