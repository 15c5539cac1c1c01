using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Rectify.IntegrationTests;

/// <summary>A browser-like session on the pages: a sign-in cookie, and the antiforgery token of the page last read.</summary>
public sealed partial class PageSession(HttpClient client)
{
    private string token = "";

    /// <summary>A session with no sign-in, for what anonymous visitors get.</summary>
    public static PageSession Anonymous(World world) =>
        new(world.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));

    public static async Task<PageSession> SignInAsync(World world, string account)
    {
        var session = Anonymous(world);
        await session.GetAsync("/Account/Login");
        var response = await session.PostAsync("/Account/Login", new() { ["UserName"] = account, ["Password"] = World.Password });
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"sign-in failed: {response.StatusCode}");
        if (response.Headers.Location?.OriginalString.StartsWith("/Account/LoginCode", StringComparison.Ordinal) == true)
        {
            // An admin's second step: the code his authenticator shows.
            await session.GetAsync(response.Headers.Location.OriginalString);
            response = await session.PostAsync("/Account/LoginCode", new() { ["Code"] = world.CodeFor(account) });
            if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"second factor failed: {response.StatusCode}");
        }
        return session;
    }

    public async Task<(HttpStatusCode Status, string Html)> GetAsync(string url)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        if (TokenPattern().Match(html) is { Success: true } match) token = match.Groups[1].Value;
        return (response.StatusCode, WebUtility.HtmlDecode(html));
    }

    public Task<HttpResponseMessage> GetRawAsync(string url) => client.GetAsync(url);

    public Task<HttpResponseMessage> PostAsync(string url, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = token;
        return client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    /// <summary>A form whose fields may repeat (a list of ids), carrying the antiforgery token of the page last read.</summary>
    public Task<HttpResponseMessage> PostFieldsAsync(string url, IEnumerable<(string Name, string Value)> fields) =>
        client.PostAsync(url, new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))
            .Append(KeyValuePair.Create("__RequestVerificationToken", token))));

    /// <summary>A form with files (multipart), carrying the antiforgery token of the page last read.</summary>
    public Task<HttpResponseMessage> PostMultipartAsync(string url, MultipartFormDataContent form)
    {
        form.Add(new StringContent(token), "__RequestVerificationToken");
        return client.PostAsync(url, form);
    }

    public async Task<string> PostForPageAsync(string url, Dictionary<string, string> fields)
    {
        var response = await PostAsync(url, fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
