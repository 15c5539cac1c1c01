namespace Rectify.Features.Documents.Parsing;

/// <summary>Collects the warnings of one parse.</summary>
internal sealed class ParseContext
{
    private readonly List<ParseWarning> _warnings = [];

    public IReadOnlyList<ParseWarning> Warnings => _warnings;

    public void AddRange(IEnumerable<ParseWarning> warnings) => _warnings.AddRange(warnings);

    public void Warn(string code, string message, string? where) => _warnings.Add(new ParseWarning(code, message, where));
}
