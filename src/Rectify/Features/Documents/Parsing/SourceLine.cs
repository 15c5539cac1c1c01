namespace Rectify.Features.Documents.Parsing;

/// <summary>A paragraph of the report; Number is the line it starts on in the original text.</summary>
internal sealed record SourceLine(int Number, string Text)
{
    public string Where => ParsingMessages.Line(Number);
}
