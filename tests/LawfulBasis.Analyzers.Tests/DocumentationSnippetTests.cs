using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LawfulBasis.Analyzers.Tests;

/// <summary>
/// The documentation is executable: every C# snippet of README.md and docs/rules that claims a diagnostic in a comment
/// (<c>// LB0001</c>) is compiled with the analyzers, must compile, and must produce exactly the claimed LawfulBasis
/// diagnostics on exactly those lines — no more, no fewer. Declarations a snippet uses but does not show are supplied
/// per document below (for README, taken from README's own quick-start blocks).
/// </summary>
public sealed partial class DocumentationSnippetTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using LawfulBasis;
        using Microsoft.Extensions.Logging;
        using static SnippetHelpers;
        """;

    private const string Helpers = """

        public static class SnippetHelpers
        {
            public static double Similarity(float[] a, float[] b) => 0;
        }
        """;

    // What each document's snippets rely on without declaring it. {snippet} marks where a statement-only snippet goes.
    private static readonly Dictionary<string, string> Contexts = new()
    {
        ["docs/rules/LB0003.md"] = """
            [Purpose("Bill customers", LegalBasis.Contract, Retention = "P10Y")] public sealed class Billing;
            """,
        ["docs/rules/LB0005.md"] = """
            public class Customer { [ContactData] public string Email { get; set; } = ""; public Guid Id { get; set; } }
            public record PayCommand(Guid OrderId, [property: FinancialData] string CardNumber);
            [Purpose("Answer customers", LegalBasis.Contract, Retention = "P1Y")] public sealed class Support;
            public class Snippet
            {
                [ProcessingFor<Support>]
                public void Run(ILogger logger, Customer customer, PayCommand command, System.Security.Claims.ClaimsPrincipal user)
                {
            {snippet}
                }
            }
            """,
        ["docs/rules/LB0006.md"] = """
            [Purpose("Send the newsletter", LegalBasis.Consent, Retention = "P2Y")] public sealed class Newsletter;
            """,
        ["docs/rules/LB0007.md"] = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Mvc;
            [Purpose("Book appointments", LegalBasis.Contract, Retention = "P3Y")] public sealed class Appointments;
            public sealed class Patient { [SubjectId] public Guid Id { get; set; } [ContactData, ProcessingFor<Appointments>] public string? Email { get; set; } }
            public sealed class Patients { public Patient? Find(Guid id) => null; }
            public sealed class ClinicDb { public Patients Patients { get; } = new(); }
            """ + UngatedEndpointTests.Web,
        ["docs/rules/LB0101.md"] = """
            public sealed class FaceTemplate { [BiometricData] public float[] Embedding { get; set; } = []; }
            """,
    };

    // The inventory rules exist only in scan mode (`lawfulbasis scan`), which also reports discovery (LB0004, LB0008) separately.
    private static readonly HashSet<string> ScanDocuments = ["docs/rules/LB0100.md", "docs/rules/LB0101.md"];

    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var path in new[] { "README.md" }.Concat(Directory.GetFiles(Path.Combine(RepoRoot(), "docs", "rules"), "*.md")
                     .Select(p => Path.GetRelativePath(RepoRoot(), p).Replace('\\', '/')).Order(StringComparer.Ordinal)))
        {
            if (Blocks(path).Any(b => Claims(b).Count > 0))
            {
                data.Add(path);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Snippets_that_claim_a_diagnostic_produce_exactly_it(string document)
    {
        var scan = ScanDocuments.Contains(document);
        var globalOptions = scan
            ? new Dictionary<string, string>
            {
                ["lawfulbasis.scan"] = "true", ["dotnet_diagnostic.LB0100.severity"] = "warning", ["dotnet_diagnostic.LB0101.severity"] = "warning",
            }
            : new Dictionary<string, string>();

        foreach (var block in Blocks(document).Where(b => Claims(b).Count > 0))
        {
            var (source, firstLine) = Assemble(document, block);
            var compiled = await Verifier.Compile(source, globalOptions, EveryAnalyzer());
            var snippetLines = block.Split('\n').Length;
            Assert.True(compiled.Errors.IsEmpty, $"{document}: the snippet does not compile:\n{string.Join("\n", compiled.Errors)}\n{block}");
            Assert.Empty(compiled.AnalyzerExceptions);

            var expected = Claims(block).OrderBy(c => c).ToList();
            var actual = compiled.Diagnostics
                .Where(d => d.Id.StartsWith("LB", StringComparison.Ordinal) && d.Severity != DiagnosticSeverity.Hidden && !(scan && d.Id is "LB0004" or "LB0008"))
                .Select(d => (Line: d.Location.GetLineSpan().StartLinePosition.Line - firstLine, d.Id, Message: d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)))
                .Where(d => d.Line >= 0 && d.Line < snippetLines)
                .ToList();
            var actualClaims = actual.Select(d => $"{d.Line + 1}:{d.Id}").Distinct().OrderBy(c => c).ToList();
            Assert.True(
                expected.SequenceEqual(actualClaims),
                $"{document}: the snippet claims [{string.Join(", ", expected)}] but the analyzers report [{string.Join(", ", actualClaims)}]:\n"
                + string.Join("\n", actual.Select(d => $"  line {d.Line + 1}: {d.Id} {d.Message}")) + "\n" + block);
        }
    }

    /// <summary>Every analyzer the package ships, so that a snippet's claims are checked against all the rules a user sees.</summary>
    private static DiagnosticAnalyzer[] EveryAnalyzer() =>
        [.. typeof(PersonalDataProcessingAnalyzer).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(DiagnosticAnalyzer)) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)];

    /// <summary>The claims of a snippet: "line:LBxxxx" for every comment that names a rule.</summary>
    private static List<string> Claims(string block) =>
        block.Split('\n')
            .SelectMany((line, index) => line.Contains("//", StringComparison.Ordinal)
                ? RuleIdPattern().Matches(line[line.IndexOf("//", StringComparison.Ordinal)..]).Select(m => $"{index + 1}:{m.Value}")
                : [])
            .Distinct()
            .ToList();

    private static (string Source, int FirstLine) Assemble(string document, string block)
    {
        var context = document == "README.md" ? ReadmeContext() : Contexts.GetValueOrDefault(document, "");
        var usings = new List<string>();
        string Strip(string code) => string.Join("\n", code.Split('\n').Where(l =>
        {
            var isUsing = l.StartsWith("using ", StringComparison.Ordinal) && l.TrimEnd().EndsWith(';');
            if (isUsing)
            {
                usings.Add(l.Trim());
            }

            return !isUsing;
        }));

        // Keep the snippet's own line count: its using lines become blank lines.
        var snippet = string.Join("\n", block.Split('\n').Select(l => l.StartsWith("using ", StringComparison.Ordinal) ? "" : l));
        foreach (var line in block.Split('\n').Where(l => l.StartsWith("using ", StringComparison.Ordinal)))
        {
            usings.Add(line.Trim());
        }

        context = Strip(context);
        var header = string.Join("\n", Usings.Split('\n').Concat(usings).Distinct()) + "\n";
        if (context.Contains("{snippet}", StringComparison.Ordinal))
        {
            var before = header + context[..context.IndexOf("{snippet}", StringComparison.Ordinal)];
            var after = context[(context.IndexOf("{snippet}", StringComparison.Ordinal) + "{snippet}".Length)..];
            return (before + snippet + after + Helpers, before.Split('\n').Length - 1);
        }

        var prefix = header + context + "\n";
        return (prefix + snippet + "\n" + Helpers, prefix.Split('\n').Length - 1);
    }

    /// <summary>README's snippets build on its quick-start declarations (the purposes and the Customer), plus the purpose it only names.</summary>
    private static string ReadmeContext() =>
        string.Join("\n", Blocks("README.md").Where(b => b.Contains("public sealed class Ordering;", StringComparison.Ordinal)
            || b.Contains("public sealed class Customer", StringComparison.Ordinal)))
        + """

        [Purpose("Hide dishes a customer is allergic to", LegalBasis.Consent, Condition = SpecialCategoryCondition.ExplicitConsent, Retention = "P1Y")]
        public sealed class AllergyFilter;
        """;

    private static IEnumerable<string> Blocks(string document)
    {
        var text = File.ReadAllText(Path.Combine(RepoRoot(), document)).Replace("\r\n", "\n");
        return BlockPattern().Matches(text).Select(m => m.Groups[1].Value.TrimEnd('\n'));
    }

    // Not [CallerFilePath]: CI builds map source paths away (ContinuousIntegrationBuild), so the test finds the
    // repository from where it runs.
    private static string RepoRoot() => StandaloneCompilation.RepositoryRoot();

    [GeneratedRegex(@"```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex BlockPattern();

    // A comment claims every rule it names: "// LB0004 and LB0008: looks like ContactData".
    [GeneratedRegex(@"\bLB\d{4}\b")]
    private static partial Regex RuleIdPattern();
}
