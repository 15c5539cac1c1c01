using System.Net;
using System.Text.RegularExpressions;

namespace Rectify.Benchmarks;

/// <summary>A browser-like client for the Razor pages: cookie sign-in through the login form.</summary>
public static partial class PageLogin
{
    public static async Task<HttpClient> SignInAsync(string url, string account, string password, int connections)
    {
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        var client = new HttpClient(handler) { BaseAddress = new Uri(url) };
        var form = await client.GetStringAsync("/Account/Login");
        var token = Token().Match(form).Groups[1].Value;
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["UserName"] = account, ["Password"] = password,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"page sign-in of {account} failed: {(int)response.StatusCode}");
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
