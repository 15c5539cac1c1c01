using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Rectify.IntegrationTests.Platform;

/// <summary>The headers an assessor checks, on a trial install over plain HTTP.</summary>
public class SecurityHeadersTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task Every_answer_forbids_sniffing_framing_and_referrers_and_a_signed_in_page_is_never_cached()
    {
        var office = await PageSession.SignInAsync(world, "office");
        var page = await office.GetRawAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("same-origin", page.Headers.GetValues("Referrer-Policy").Single());
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", policy);
        // The pages' own files only: no inline script or style anywhere but the vendored API reference.
        Assert.Contains("script-src 'self';", policy);
        Assert.Contains("style-src 'self';", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.True(page.Headers.CacheControl?.NoStore);
        var reference = await world.Factory.CreateClient().GetAsync("/api");
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
        Assert.Contains("connect-src 'self'", reference.Headers.GetValues("Content-Security-Policy").Single());

        var api = await (await world.As("office")).GetAsync("/api/v1/rounds");
        Assert.True(api.Headers.CacheControl?.NoStore);
        Assert.Equal("nosniff", api.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task A_forwarded_https_header_from_a_client_that_is_no_configured_proxy_changes_nothing()
    {
        var client = world.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var login = await client.GetAsync("/Account/Login");
        var token = System.Text.RegularExpressions.Regex.Match(await login.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var request = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = "inspector", ["Password"] = World.Password, ["__RequestVerificationToken"] = token,
            }),
        };
        request.Headers.Add("X-Forwarded-Proto", "https");
        var signedIn = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("rectify="));
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.False(signedIn.Headers.Contains("Strict-Transport-Security"));
    }
}

/// <summary>Behind a TLS proxy (Rectify:Web:Https): Secure __Host- cookies and HSTS.</summary>
public class HttpsSecurityHeadersTests(HttpsSecurityHeadersTests.HttpsWorld world) : IClassFixture<HttpsSecurityHeadersTests.HttpsWorld>
{
    public sealed class HttpsWorld() : World(new Dictionary<string, string?> { ["Rectify:Web:Https"] = "true" });

    [Fact]
    public async Task Sign_in_over_https_gives_a_secure_host_only_cookie_and_tells_browsers_to_keep_to_https()
    {
        var client = world.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://rectify.example.gov.cn") });
        var login = await client.GetAsync("/Account/Login");
        Assert.Contains("max-age=31536000", login.Headers.GetValues("Strict-Transport-Security").Single());
        var token = System.Text.RegularExpressions.Regex.Match(await login.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var signedIn = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "inspector", ["Password"] = World.Password, ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-rectify="));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", cookie, StringComparison.OrdinalIgnoreCase);
    }
}
