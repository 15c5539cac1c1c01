using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rectify.Features.Dashboard;

/// <summary>The figures embedded in the page for the charts: the API's shape, with '&lt;' escaped so a name cannot close the script.</summary>
public static class DashboardJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Default,
        Converters = { new JsonStringEnumConverter() },
    };
}
