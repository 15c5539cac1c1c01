using System.Text.Encodings.Web;
using System.Text.Json;

namespace Rectify.Features.Documents.Parsing;

public static class ParsedReportJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public static string Serialize(ParsedReport r) => JsonSerializer.Serialize(r, Options);
}
