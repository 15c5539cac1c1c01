using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Rectify.UnitTests.Features.Documents.Parsing;

/// <summary>Builds a .docx in memory from paragraphs and tables, as an office's report would be written in Word.</summary>
internal sealed class ReportDocx
{
    private readonly List<OpenXmlElement> _body = [];

    public ReportDocx Paragraphs(string text)
    {
        foreach (var line in text.Split('\n')) _body.Add(new Paragraph(new Run(new Text(line.Trim()))));
        return this;
    }

    /// <summary>Rows of cells; a cell "a|b" holds two paragraphs; a row of one cell spans <paramref name="columns"/>;
    /// a cell "^" continues the merged cell above.</summary>
    public ReportDocx Table(int columns, params string[][] rows)
    {
        var table = new Table(new TableProperties(new TableBorders(new TopBorder { Val = BorderValues.Single })));
        foreach (var row in rows)
        {
            var tr = new TableRow();
            foreach (var cell in row)
            {
                var properties = new TableCellProperties();
                if (row.Length == 1) properties.Append(new GridSpan { Val = columns });
                if (cell == "^") properties.Append(new VerticalMerge());
                var paragraphs = cell == "^" ? [new Paragraph()] : cell.Split('|').Select(p => new Paragraph(new Run(new Text(p)))).ToArray();
                tr.Append(new TableCell([properties, .. paragraphs]));
            }
            table.Append(tr);
        }
        _body.Add(table);
        return this;
    }

    public MemoryStream Build()
    {
        var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
            doc.AddMainDocumentPart().Document = new Document(new Body(_body));
        stream.Position = 0;
        return stream;
    }
}
