using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LawfulBasis.Tests.Architecture;

/// <summary>
/// Log event ids are unique across every package, each package logs inside the range docs/logging.md gives it, and all
/// of an assembly's messages are in its one <c>Log</c> class. Read from the source of every project under src/ (syntax
/// only: the attribute's arguments are literals), so one test sees all packages without referencing them.
/// </summary>
public sealed partial class LogEventIdTests
{
    private sealed record Message(string Project, string File, string Class, string Method, int Id);

    [Fact]
    public void Every_log_message_is_in_its_assemblys_Log_class_with_an_id_unique_across_packages_and_inside_the_documented_range()
    {
        var root = SourceDependencies.RepositoryRoot().FullName;
        var ranges = DocumentedRanges(Path.Combine(root, "docs", "logging.md"));
        var projects = Directory.GetDirectories(Path.Combine(root, "src")).Where(d => Directory.EnumerateFiles(d, "*.csproj").Any()).ToList();
        Assert.NotEmpty(projects);

        var problems = new List<string>();
        var messages = new List<Message>();
        foreach (var project in projects)
        {
            var name = Path.GetFileName(project);
            if (!ranges.ContainsKey(name))
            {
                problems.Add($"{name} has no event id range in docs/logging.md: add a row to its table.");
            }

            messages.AddRange(MessagesIn(project));
            problems.AddRange(DirectLoggingCalls(project));
        }

        foreach (var m in messages)
        {
            if (m.Class != "Log")
            {
                problems.Add($"{m.File}: {m.Class}.{m.Method} declares a log message outside {m.Project}'s Log class; move it there.");
            }

            if (ranges.TryGetValue(m.Project, out var range) && (m.Id < range.First || m.Id > range.Last))
            {
                problems.Add($"{m.File}: {m.Method} uses event id {m.Id}, outside {m.Project}'s range {range.First}–{range.Last} (docs/logging.md).");
            }
        }

        foreach (var clash in messages.GroupBy(m => m.Id).Where(g => g.Count() > 1))
        {
            problems.Add($"Event id {clash.Key} is used by {string.Join(" and ", clash.Select(m => $"{m.Project} {m.Method}"))}: give each its own.");
        }

        foreach (var perProject in messages.GroupBy(m => m.Project))
        {
            var files = perProject.Select(m => m.File).Distinct().ToList();
            if (files.Count > 1)
            {
                problems.Add($"{perProject.Key} declares log messages in {files.Count} files ({string.Join(", ", files)}): keep one Log class.");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Contains(messages, m => m.Project == "LawfulBasis" && m.Method == "ProcessingDenied" && m.Id == 11);
        Assert.Contains(messages, m => m.Project == "LawfulBasis.PostgreSql" && m.Method == "RetryingOnNewConnection");
    }

    [Fact]
    public void The_documented_events_are_the_declared_ones()
    {
        var root = SourceDependencies.RepositoryRoot().FullName;
        var documented = File.ReadAllLines(Path.Combine(root, "docs", "logging.md"))
            .Select(line => EventRow().Match(line))
            .Where(m => m.Success)
            .Select(m => (Id: int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Name: m.Groups[2].Value))
            .Order()
            .ToList();
        var declared = Directory.GetDirectories(Path.Combine(root, "src"))
            .SelectMany(MessagesIn)
            .Select(m => (m.Id, Name: m.Method))
            .Order()
            .ToList();

        Assert.Equal(declared, documented);
    }

    private static Dictionary<string, (int First, int Last)> DocumentedRanges(string doc) =>
        File.ReadAllLines(doc)
            .Select(line => RangeRow().Match(line))
            .Where(m => m.Success)
            .ToDictionary(
                m => m.Groups[1].Value,
                m => (int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture)));

    private static IEnumerable<Message> MessagesIn(string project)
    {
        var name = Path.GetFileName(project);
        foreach (var (path, root) in Sources(project))
        {
            foreach (var method in root.DescendantNodes().OfType<MethodDeclarationSyntax>())
            {
                var attribute = method.AttributeLists.SelectMany(l => l.Attributes)
                    .FirstOrDefault(a => a.Name.ToString() is "LoggerMessage" or "LoggerMessageAttribute" or "Microsoft.Extensions.Logging.LoggerMessage");
                if (attribute?.ArgumentList is not { } arguments)
                {
                    continue;
                }

                var id = arguments.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.Text == "EventId")
                    ?? arguments.Arguments.FirstOrDefault(a => a.NameEquals is null && a.NameColon is null);
                Assert.True(id?.Expression is LiteralExpressionSyntax { Token.Value: int },
                    $"{path}: {method.Identifier.Text} has no literal event id; give it one from {name}'s range in docs/logging.md.");
                var type = method.Ancestors().OfType<TypeDeclarationSyntax>().First().Identifier.Text;
                yield return new Message(name, Path.GetRelativePath(project, path), type, method.Identifier.Text, (int)((LiteralExpressionSyntax)id!.Expression).Token.Value!);
            }
        }
    }

    /// <summary>ILogger extension calls (LogWarning(...) and the like) log with event id 0, outside every range.</summary>
    private static IEnumerable<string> DirectLoggingCalls(string project)
    {
        string[] direct = ["LogTrace", "LogDebug", "LogInformation", "LogWarning", "LogError", "LogCritical"];
        foreach (var (path, root) in Sources(project))
        {
            foreach (var call in root.DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (call.Expression is MemberAccessExpressionSyntax access && direct.Contains(access.Name.Identifier.Text))
                {
                    var line = call.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                    yield return $"{Path.GetRelativePath(project, path)}:{line} logs with {access.Name.Identifier.Text}, which has no event id: add a method to the Log class.";
                }
            }
        }
    }

    private static IEnumerable<(string Path, SyntaxNode Root)> Sources(string project) =>
        Directory.EnumerateFiles(project, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Select(path => (path, CSharpSyntaxTree.ParseText(File.ReadAllText(path), new CSharpParseOptions(LanguageVersion.Latest), path).GetRoot()));

    // | LawfulBasis.PostgreSql | 100–199 |
    [GeneratedRegex(@"^\|\s*(LawfulBasis[\w.]*)\s*\|\s*(\d+)\s*[–-]\s*(\d+)\s*\|\s*$")]
    private static partial Regex RangeRow();

    // | 110 | `RetryingOnNewConnection` | Error | ...
    [GeneratedRegex(@"^\|\s*(\d+)\s*\|\s*`(\w+)`\s*\|")]
    private static partial Regex EventRow();
}
