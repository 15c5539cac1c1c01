using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Rectify.Features.Documents.Parsing;

/// <summary>
/// The text of a .docx body, streamed from the package part (never loaded whole as a tree): one line per paragraph;
/// a table row is one line of cells separated by tabs (as Word copies a table), the paragraphs of a cell separated by
/// <see cref="ReportTables.CellBreak"/>, a cell spanning columns followed by empty cells, a blank line around each table.
/// </summary>
internal static class DocxText
{
    // About 3,000 pages: far beyond a report, and a bound on what a hostile file can make us hold.
    public const int MaxCharacters = 2_000_000;

    public static string Read(WordprocessingDocument document, int maxCharacters = MaxCharacters)
    {
        var part = document.MainDocumentPart ?? throw new InvalidDataException(ParsingMessages.UnreadableDocx);
        using var reader = OpenXmlReader.Create(part);
        var state = new State { MaxCharacters = maxCharacters };
        while (reader.Read())
        {
            if (reader.IsStartElement) Start(reader, state);
            else if (reader.IsEndElement) End(reader.ElementType, state);
        }
        return state.Output.ToString();
    }

    private static void Start(OpenXmlReader reader, State s)
    {
        var type = reader.ElementType;
        if (type == typeof(AlternateContentFallback)) reader.Skip();
        else if (type == typeof(Table)) { if (s.TableDepth++ == 0) s.NewLine(); }
        else if (type == typeof(TableRow) && s.TableDepth == 1) s.Row.Clear();
        else if (type == typeof(TableCell) && s.TableDepth == 1) { s.Cell.Clear(); s.Span = 1; }
        else if (type == typeof(GridSpan) && s.TableDepth == 1) s.Span = SpanOf(reader);
        else if (type == typeof(Paragraph)) s.Paragraph.Clear();
        else if (type == typeof(Text))
        {
            s.Paragraph.Append(reader.GetText().Replace('\t', ' '));
            if (s.Output.Length + s.Paragraph.Length > s.MaxCharacters) throw new InvalidDataException(ParsingMessages.TooLong(s.MaxCharacters));
        }
        else if (type == typeof(TabChar)) s.Paragraph.Append(' ');
        else if (type == typeof(Break)) s.Paragraph.Append(s.TableDepth > 0 ? ReportTables.CellBreak : '\n');
    }

    private static void End(Type type, State s)
    {
        if (type == typeof(Paragraph))
        {
            if (s.TableDepth == 0) s.Output.Append(s.Paragraph).Append('\n');
            else if (s.Paragraph.Length > 0) s.Cell.Add(s.Paragraph.ToString());
            s.Paragraph.Clear();
        }
        else if (type == typeof(TableCell) && s.TableDepth == 1)
        {
            s.Row.Add(string.Join(ReportTables.CellBreak, s.Cell).Trim());
            for (var i = 1; i < s.Span; i++) s.Row.Add("");
        }
        else if (type == typeof(TableRow) && s.TableDepth == 1) s.Output.Append(string.Join('\t', s.Row)).Append('\n');
        else if (type == typeof(Table) && --s.TableDepth == 0) s.NewLine();
    }

    private static int SpanOf(OpenXmlReader reader)
    {
        var value = reader.Attributes.FirstOrDefault(a => a.LocalName == "val").Value;
        return int.TryParse(value, out var span) ? Math.Clamp(span, 1, ReportTables.MaxColumns) : 1;
    }

    private sealed class State
    {
        public StringBuilder Output { get; } = new();
        public StringBuilder Paragraph { get; } = new();
        public List<string> Cell { get; } = [];
        public List<string> Row { get; } = [];
        public int TableDepth { get; set; }
        public int Span { get; set; } = 1;
        public int MaxCharacters { get; init; }

        public void NewLine() => Output.Append('\n');
    }
}
