namespace Rectify.Features.Documents.Parsing;

/// <summary>A date expression in the text. Year is null when the text omits it; Day null when only the month is given.</summary>
internal sealed record FoundDate(int Index, int End, string Written, int? Year, int Month, int? Day, bool Recovered, bool Ambiguous)
{
    public FoundDate WithYear(int year) => this with { Year = year };

    /// <summary>"YYYY-MM-DD", or "YYYY-MM" when only the month is known.</summary>
    public string? Iso => Year is null || Ambiguous ? null
        : Day is null ? $"{Year:D4}-{Month:D2}" : $"{Year:D4}-{Month:D2}-{Day:D2}";
}
