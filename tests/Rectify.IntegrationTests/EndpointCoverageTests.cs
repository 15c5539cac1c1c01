using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.DependencyInjection;

namespace Rectify.IntegrationTests;

/// <summary>
/// Reads the endpoints the app really maps and fails when one is walked by no authorization matrix, so a new endpoint
/// cannot ship without its row for every role.
/// </summary>
public class EndpointCoverageTests(World world) : IClassFixture<World>
{
    /// <summary>Open to everyone by design, each for its reason; everything else must be in a matrix.</summary>
    private static readonly string[] Public =
    [
        "/healthz",                 // the load balancer's probe
        "/openapi/{documentName}.json", "/api/{**rest}", "/api",  // the API's description and its reference page
        "/api/v1/auth/token", "/api/v1/auth/refresh",            // signing in
        "/Account/Login", "/Account/LoginCode", "/Account/Denied", "/Error/{code:int}",
        "/api/scalar.js", "/api/scalar.aspnetcore.js", "/api/favicon.svg", "/api/{documentName?}",
        "/appeal", "/appeal/track",  // enterprises submit and follow their appeals without an account
    ];

    /// <summary>
    /// Each account acts only on itself here (sign-out everywhere, its own password): walking them with every role would
    /// end the matrix's own sessions. SessionTests and PlatformTests prove them.
    /// </summary>
    private static readonly string[] SelfService = ["/api/v1/auth/logout", "/api/v1/account/password"];

    [Fact]
    public void Every_mapped_endpoint_is_walked_by_an_authorization_matrix()
    {
        var walked = AuthorizationMatrixTests.Walked().Concat(Admin.AdminAuthorizationTests.Walked()).Concat(PageAuthorizationTests.Walked())
            .Concat(Appeals.AppealsAuthorizationTests.Walked()).Concat(Appeals.AppealPagesTests.Walked()).ToList();
        var endpoints = world.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var missing = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var pattern = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            // A Razor page's Index is mapped twice ("/Dashboard" and "/Dashboard/Index"); the matrix walks the first.
            if (Public.Concat(SelfService).Contains(pattern, StringComparer.OrdinalIgnoreCase)
                || pattern.EndsWith("/Index", StringComparison.Ordinal)) continue;
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods)
            {
                if (!walked.Any(w => w.Method == method && Matches(endpoint.RoutePattern, w.Path))) missing.Add($"{method} {pattern}");
            }
        }
        Assert.True(missing.Count == 0, "walked by no matrix:\n" + string.Join("\n", missing.Distinct()));
    }

    private static bool Matches(RoutePattern pattern, string url)
    {
        var path = url.Split('?')[0];
        var matcher = new TemplateMatcher(TemplateParser.Parse(pattern.RawText!.TrimStart('/')), new RouteValueDictionary(pattern.Defaults));
        var values = new RouteValueDictionary();
        if (!matcher.TryMatch(path, values)) return false;
        return pattern.Parameters.All(p => p.ParameterPolicies.All(policy => policy.Content switch
        {
            "guid" => Guid.TryParse(values[p.Name]?.ToString(), out _),
            "int" => int.TryParse(values[p.Name]?.ToString(), out _),
            _ => true,
        }));
    }
}
