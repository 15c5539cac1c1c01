using Scalar.AspNetCore;

namespace Rectify.Platform.Web;

/// <summary>
/// The browsable API reference at /api, made for intranets: the script is served from the app itself (the package
/// embeds it), no web fonts, telemetry, AI agent or MCP link reach outside, and the interface speaks Chinese.
/// </summary>
public static class ApiReference
{
    public const string Path = "/api";

    public static WebApplication MapApiReference(this WebApplication app)
    {
        app.MapScalarApiReference(Path, o => o
            .WithTitle("整改督办平台接口说明")
            .WithLocalization(new ScalarLocalizationOptions { Locale = "zh-CN" })
            .DisableDefaultFonts()
            .DisableTelemetry()
            .DisableAgent()
            .DisableMcp()
            .HideClientButton()
            .HideDeveloperTools());
        return app;
    }
}
