using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace LawfulBasis.AspNetCore.PrivacyCenter;

/// <summary>
/// One server-rendered page of the privacy center: plain HTML5 with a stylesheet the center serves itself, forms that
/// work without scripts, and every form carrying its anti-forgery token. Text is always encoded; only fragments the
/// library rendered itself (the notice, the record) are inserted as markup.
/// </summary>
internal sealed partial class CenterHtml
{
    private readonly StringBuilder _body = new();
    private readonly string _prefix;
    private readonly string _tokenField;
    private readonly string _token;

    public CenterHtml(string prefix, string tokenField, string token)
    {
        _prefix = prefix;
        _tokenField = tokenField;
        _token = token;
    }

    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    public static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public CenterHtml Raw(string html)
    {
        _body.Append(html);
        return this;
    }

    public CenterHtml Heading(int level, string text, string? id = null)
    {
        _body.Append(CultureInfo.InvariantCulture, $"<h{level}{(id is null ? string.Empty : $" id=\"{id}\"")}>{Encode(text)}</h{level}>\n");
        return this;
    }

    public CenterHtml Paragraph(string text, string? cssClass = null)
    {
        _body.Append(CultureInfo.InvariantCulture, $"<p{(cssClass is null ? string.Empty : $" class=\"{cssClass}\"")}>{Encode(text)}</p>\n");
        return this;
    }

    /// <summary>A status message after an action, announced to screen readers.</summary>
    public CenterHtml Status(string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            _body.Append(CultureInfo.InvariantCulture, $"<p class=\"status\" role=\"status\">{Encode(text)}</p>\n");
        }

        return this;
    }

    /// <summary>A POST form to <paramref name="action"/> (relative to the center's prefix) with the anti-forgery token.</summary>
    public CenterHtml Form(string action, string fields, string button, string? cssClass = null, string? label = null)
    {
        _body.Append(FormMarkup(action, fields, button, cssClass, label));
        return this;
    }

    /// <summary>The markup of a POST form, for a table cell.</summary>
    public string FormMarkup(string action, string fields, string button, string? cssClass = null, string? label = null)
    {
        var form = new StringBuilder();
        form.Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"{Encode(_prefix + action)}\"{(cssClass is null ? string.Empty : $" class=\"{cssClass}\"")}{(label is null ? string.Empty : $" aria-label=\"{Encode(label)}\"")}>\n");
        form.Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"{Encode(_tokenField)}\" value=\"{Encode(_token)}\">\n");
        form.Append(fields);
        form.Append(CultureInfo.InvariantCulture, $"<button type=\"submit\">{Encode(button)}</button>\n</form>\n");
        return form.ToString();
    }

    public static string Hidden(string name, string value) => $"<input type=\"hidden\" name=\"{Encode(name)}\" value=\"{Encode(value)}\">\n";

    /// <summary>A table with a caption and header cells; cells are HTML already encoded by the caller.</summary>
    public CenterHtml Table(string caption, string[] headers, IEnumerable<string[]> rows, string? id = null)
    {
        _body.Append(CultureInfo.InvariantCulture, $"<table{(id is null ? string.Empty : $" id=\"{id}\"")}>\n<caption>{Encode(caption)}</caption>\n<thead><tr>");
        foreach (var header in headers)
        {
            _body.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\">{Encode(header)}</th>");
        }

        _body.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            _body.Append("<tr>");
            foreach (var cell in row)
            {
                _body.Append(CultureInfo.InvariantCulture, $"<td>{cell}</td>");
            }

            _body.Append("</tr>\n");
        }

        _body.Append("</tbody>\n</table>\n");
        return this;
    }

    /// <summary>The whole document.</summary>
    public string Document(string title, string siteName, IEnumerable<(string Href, string Text)> navigation)
    {
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        page.Append(CultureInfo.InvariantCulture, $"<title>{Encode(title)} — {Encode(siteName)}</title>\n");
        page.Append(CultureInfo.InvariantCulture, $"<link rel=\"stylesheet\" href=\"{Encode(_prefix)}/center.css\">\n</head>\n<body>\n");
        page.Append("<a class=\"skip\" href=\"#main\">Skip to content</a>\n<header>\n");
        page.Append(CultureInfo.InvariantCulture, $"<p class=\"site\">{Encode(siteName)}</p>\n<nav aria-label=\"Privacy center\"><ul>\n");
        foreach (var (href, text) in navigation)
        {
            page.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{Encode(href)}\">{Encode(text)}</a></li>\n");
        }

        page.Append("</ul></nav>\n</header>\n<main id=\"main\" tabindex=\"-1\">\n");
        page.Append(_body);
        page.Append("</main>\n<footer><p>Privacy center generated by LawfulBasis from the controller's declarations.</p></footer>\n</body>\n</html>\n");
        return page.ToString();
    }

    /// <summary>
    /// The body of a document the library rendered (the privacy notice, the record of processing), with its headings
    /// moved down <paramref name="levels"/> levels so that they nest under the page's own.
    /// </summary>
    public static string BodyOf(string document, int levels)
    {
        var start = document.IndexOf("<body>", StringComparison.Ordinal);
        var end = document.LastIndexOf("</body>", StringComparison.Ordinal);
        var body = start >= 0 && end > start ? document[(start + "<body>".Length)..end] : document;
        return HeadingTag().Replace(body, m => $"<{m.Groups[1].Value}h{Math.Min(6, int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) + levels)}");
    }

    [GeneratedRegex("<(/?)h([1-6])")]
    private static partial Regex HeadingTag();

    /// <summary>Sends a page: HTML, never cached (it holds one person's data), framed by nobody.</summary>
    public static IResult Send(string html, int statusCode = StatusCodes.Status200OK) =>
        Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, statusCode);
}
