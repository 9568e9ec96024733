using System.Text.Json;
using OpenQA.Selenium;

namespace LawfulBasis.Browser.Tests;

/// <summary>
/// Runs axe-core (the engine shipped inside the Deque.AxeCore.Commons package, no download) on the page the browser
/// shows, against the WCAG 2.1 A and AA rules: labels, headings, landmarks, contrast, names of controls.
/// </summary>
public static class Accessibility
{
    private static readonly Lazy<string> Engine = new(() =>
    {
        using var stream = typeof(Deque.AxeCore.Commons.AxeResult).Assembly.GetManifestResourceStream("Deque.AxeCore.Commons.Resources.axe.min.js")
            ?? throw new InvalidOperationException("Deque.AxeCore.Commons no longer embeds axe.min.js under the expected name.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>The WCAG 2.1 A/AA violations on the current page, one line each: rule, impact, help, elements.</summary>
    public static IReadOnlyList<string> Violations(IWebDriver driver)
    {
        var script = (IJavaScriptExecutor)driver;
        script.ExecuteScript(Engine.Value);
        var json = (string?)script.ExecuteAsyncScript("""
            const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
              .then(r => done(JSON.stringify(r.violations.map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(n => n.target.join(' ')).join(', ')}`))))
              .catch(e => done(JSON.stringify(['axe failed: ' + e])));
            """);
        return JsonSerializer.Deserialize<string[]>(json ?? "[\"axe returned nothing\"]") ?? [];
    }
}
