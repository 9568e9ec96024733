using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LawfulBasis.Web.Tests;

/// <summary>A browser-like client of the Clinic's privacy center: cookies kept, redirects visible, forms posted with their token.</summary>
public sealed partial class PrivacyCenterClient
{
    private PrivacyCenterClient(HttpClient http) => Http = http;

    public HttpClient Http { get; }

    public static PrivacyCenterClient Anonymous(WebApplicationFactory<Program> clinic) =>
        new(clinic.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>Signs in through the development sign-in page as a new demo patient, or as the DPO.</summary>
    public static async Task<PrivacyCenterClient> SignInAsync(WebApplicationFactory<Program> clinic, string who)
    {
        var client = Anonymous(clinic);
        var response = await client.PostFormAsync("/dev/sign-in", $"/dev/sign-in/{who}", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public async Task<string> PageAsync(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await Http.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"GET {path}: {(int)response.StatusCode}\n{body}");
        return body;
    }

    /// <summary>Loads <paramref name="page"/> for its anti-forgery token, then posts the form fields to <paramref name="action"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string page, string action, Dictionary<string, string> fields)
    {
        var html = await PageAsync(page);
        var token = Token().Match(html);
        Assert.True(token.Success, "no anti-forgery token on " + page);
        fields = new Dictionary<string, string>(fields) { [token.Groups[1].Value] = WebUtility.HtmlDecode(token.Groups[2].Value) };
        return await Http.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    /// <summary>Posts and follows the redirect back to the page, returning it.</summary>
    public async Task<string> SubmitAsync(string page, string action, Dictionary<string, string> fields)
    {
        var response = await PostFormAsync(page, action, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"POST {action}: {(int)response.StatusCode}\n{await response.Content.ReadAsStringAsync()}");
        return await PageAsync(response.Headers.Location!.OriginalString);
    }

    [GeneratedRegex("name=\"(__RequestVerificationToken[^\"]*)\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
