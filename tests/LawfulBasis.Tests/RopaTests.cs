using LawfulBasis.Ropa;
using System.Runtime.CompilerServices;

namespace LawfulBasis.Tests;

public class RopaTests
{
    private static readonly Lazy<ProcessingCatalog> Shop = new(() => DeclarationCompiler.Catalog(ShopDeclarations.Source));

    [Fact]
    public void Markdown_record_matches_snapshot() =>
        MatchSnapshot(RopaWriter.Render(Shop.Value, RopaFormat.Markdown).Split('\n'));

    [Fact]
    public void Json_record_matches_snapshot() =>
        MatchSnapshot(RopaWriter.Render(Shop.Value, RopaFormat.Json).Split('\n'));

    [Fact]
    public void Csv_record_matches_snapshot() =>
        MatchSnapshot(RopaWriter.Render(Shop.Value, RopaFormat.Csv).Split("\r\n"));

    private static void MatchSnapshot(object value, [CallerMemberName] string test = "") => TestSnapshots.Match(value, nameof(RopaTests), test);

    [Fact]
    public void Html_record_matches_snapshot() =>
        MatchSnapshot(RopaWriter.Render(Shop.Value, RopaFormat.Html).Split('\n'));

    [Fact]
    public void Html_record_encodes_declared_text()
    {
        var catalog = DeclarationCompiler.Catalog("""
            [Purpose("Bill <script>alert(1)</script> & co", LegalBasis.Contract)] public sealed class Billing;
            """);
        var html = RopaWriter.Render(catalog, RopaFormat.Html);
        Assert.Contains("Bill &lt;script&gt;alert(1)&lt;/script&gt; &amp; co", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("(a)")]
    [InlineData("(b)")]
    [InlineData("(c)")]
    [InlineData("(d)")]
    [InlineData("(e)")]
    [InlineData("(f)")]
    [InlineData("(g)")]
    public void Markdown_record_covers_every_Art_30_1_item(string point)
    {
        var markdown = RopaWriter.Render(Shop.Value, RopaFormat.Markdown);
        Assert.True(
            markdown.Contains($"30(1){point}", StringComparison.Ordinal) || markdown.Contains($"–{point[1]})", StringComparison.Ordinal),
            $"no Art. 30(1){point} item");
    }

    [Fact]
    public void Missing_declarations_are_stated_not_left_blank()
    {
        var catalog = DeclarationCompiler.Catalog("""
            [Purpose("Bill customers", LegalBasis.Contract)] public sealed class Billing;
            public class Customer { [ContactData] public string? Email { get; set; } }
            """);
        var markdown = RopaWriter.Render(catalog, RopaFormat.Markdown);
        Assert.Contains("| Name | Not declared |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Time limit for erasure | 30(1)(f) | Not declared |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Categories of recipients | 30(1)(d) | None declared |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Email | ContactData | No purpose declared |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("|  |", markdown, StringComparison.Ordinal);

        var csv = RopaWriter.Render(catalog, RopaFormat.Csv);
        Assert.DoesNotContain(",,", csv, StringComparison.Ordinal);

        var json = RopaWriter.Render(catalog, RopaFormat.Json);
        Assert.Contains("\"controller\": null", json, StringComparison.Ordinal);
        Assert.Contains("\"retention\": null", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_does_not_depend_on_declaration_order()
    {
        var forward = DeclarationCompiler.Catalog("""
            [Purpose("A", LegalBasis.Contract)] public sealed class Alpha;
            [Purpose("B", LegalBasis.Contract)] public sealed class Beta;
            public class Person { [ProcessingFor<Beta>, ProcessingFor<Alpha>, ContactData] public string? Email { get; set; } [NameData] public string? Name { get; set; } }
            """);
        var backward = DeclarationCompiler.Catalog("""
            public class Person { [NameData] public string? Name { get; set; } [ContactData, ProcessingFor<Alpha>, ProcessingFor<Beta>] public string? Email { get; set; } }
            [Purpose("B", LegalBasis.Contract)] public sealed class Beta;
            [Purpose("A", LegalBasis.Contract)] public sealed class Alpha;
            """);
        foreach (var format in Enum.GetValues<RopaFormat>())
        {
            Assert.Equal(RopaWriter.Render(forward, format), RopaWriter.Render(backward, format));
        }
    }

    [Fact]
    public void Values_cannot_break_the_table_or_the_csv_row()
    {
        var catalog = DeclarationCompiler.Catalog("""
            [Purpose("Bill | invoice, \"quoted\"\nnext line", LegalBasis.Contract)] public sealed class Billing;
            """);
        var markdown = RopaWriter.Render(catalog, RopaFormat.Markdown);
        Assert.Contains(@"| Purpose | 30(1)(b) | Bill \| invoice, ""quoted"" next line |", markdown, StringComparison.Ordinal);
        var csv = RopaWriter.Render(catalog, RopaFormat.Csv);
        Assert.Contains("\"Bill | invoice, \"\"quoted\"\"\nnext line\"", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_record_is_valid_json_with_the_schema_version()
    {
        using var document = System.Text.Json.JsonDocument.Parse(RopaWriter.Render(Shop.Value, RopaFormat.Json));
        Assert.Equal(RopaWriter.SchemaVersion, document.RootElement.GetProperty("schemaVersion").GetString());
        Assert.Equal(5, document.RootElement.GetProperty("processingActivities").GetArrayLength());
    }

    [Fact]
    public void An_unknown_format_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RopaWriter.Render(Shop.Value, (RopaFormat)42));
    }
}
