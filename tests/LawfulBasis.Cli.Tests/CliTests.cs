using LawfulBasis.Audit;
using LawfulBasis.Registers;
using LawfulBasis.Rights;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using static LawfulBasis.Cli.Tests.CliHarness;

namespace LawfulBasis.Cli.Tests;

public sealed class CliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lawfulbasis-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string ShopAssembly => Path.Combine(AppContext.BaseDirectory, "OnlineShop.dll");

    [Fact]
    public void Ropa_prints_the_record_of_an_application_assembly()
    {
        var (exit, output, _) = Run("ropa", ShopAssembly);
        Assert.Equal(ExitCodes.Success, exit);
        MatchSnapshot(output.Split('\n'));
    }

    [Fact]
    public void Ropa_writes_csv_to_a_file()
    {
        var destination = Path.Combine(_folder, "ropa.csv");
        var (exit, output, _) = Run("ropa", ShopAssembly, "--format", "csv", "--output", destination);
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("wrote the record of 5 processing activities", output, StringComparison.Ordinal);
        Assert.StartsWith("Purpose id,Purpose,", File.ReadAllText(destination), StringComparison.Ordinal);
    }

    [Fact]
    public void Ropa_writes_html()
    {
        var (exit, output, _) = Run("ropa", ShopAssembly, "--format", "html");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.StartsWith("<!DOCTYPE html>", output, StringComparison.Ordinal);
        Assert.Contains("<h3>Bookkeeping</h3>", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ropa_exits_1_listing_every_broken_rule_with_its_article()
    {
        var assembly = Compile("""
            using LawfulBasis;
            [Purpose("Send product news", LegalBasis.LegitimateInterests)] public sealed class Newsletter;
            [Purpose("Keep invoices", LegalBasis.LegalObligation)] public sealed class Bookkeeping;
            """);
        var (exit, _, error) = Run("ropa", assembly);
        Assert.Equal(ExitCodes.Problem, exit);
        Assert.Contains("2 processing declarations break GDPR rules", error, StringComparison.Ordinal);
        Assert.Contains("(Art. 6(1)(f))", error, StringComparison.Ordinal);
        Assert.Contains("(Art. 6(3))", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ropa_exits_2_for_a_missing_or_unloadable_file_or_a_bad_format()
    {
        Assert.Equal(ExitCodes.Usage, Run("ropa", Path.Combine(_folder, "nope.dll")).Exit);
        var text = Path.Combine(_folder, "not-an-assembly.dll");
        File.WriteAllText(text, "hello");
        var (exit, _, error) = Run("ropa", text);
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("cannot be loaded", error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, Run("ropa", ShopAssembly, "--format", "pdf").Exit);
    }

    [Fact]
    public async Task Verify_exits_0_for_an_intact_trail_and_1_naming_the_line_of_a_tampered_one()
    {
        var trail = await WriteTrailAsync(events: 4);
        var intact = Run("verify", trail);
        Assert.Equal(ExitCodes.Success, intact.Exit);
        Assert.Equal("intact: 4 entries verified in trail.jsonl.\n", intact.Output);

        var lines = File.ReadAllLines(trail);
        lines[2] = lines[2].Replace("\"allowed\"", "\"denied\"", StringComparison.Ordinal);
        File.WriteAllLines(trail, lines);
        var broken = Run("verify", trail);
        Assert.Equal(ExitCodes.Problem, broken.Exit);
        Assert.Equal("BROKEN at line 3: Modified. Line 3 (entry 3) does not match its chain hash: its content was modified, or it was forged.\n", broken.Output);
    }

    [Fact]
    public void Verify_exits_2_for_a_missing_trail()
    {
        var (exit, _, error) = Run("verify", Path.Combine(_folder, "missing.jsonl"));
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Requests_lists_open_requests_and_exits_1_when_one_is_overdue()
    {
        var store = new JsonLinesRecordStore<SubjectRequest>(Path.Combine(_folder, "requests.jsonl"));
        var ledger = new RequestLedger(store, TimeProvider.System);
        var now = DateTimeOffset.UtcNow;
        ledger.Receive("alice", SubjectRequestKind.Access, now.AddDays(-2));
        var (calm, calmOutput, _) = Run("requests", "--registers", _folder);
        Assert.Equal(ExitCodes.Success, calm);
        Assert.StartsWith("1 open request, 0 overdue.", calmOutput, StringComparison.Ordinal);

        ledger.Receive("bob", SubjectRequestKind.Erasure, now.AddMonths(-2));
        var (late, lateOutput, _) = Run("requests", "--registers", _folder);
        Assert.Equal(ExitCodes.Problem, late);
        Assert.StartsWith("2 open requests, 1 overdue.", lateOutput, StringComparison.Ordinal);
        Assert.Contains("OVERDUE", lateOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("alice", lateOutput, StringComparison.Ordinal); // ids of requests, not of people
    }

    [Fact]
    public void Bad_usage_exits_2_with_a_one_line_reason()
    {
        var (exit, _, error) = Run("ropa");
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.StartsWith("lawfulbasis: ", error, StringComparison.Ordinal);
        var verify = Run("verify");
        Assert.Equal(ExitCodes.Usage, verify.Exit);
        Assert.Equal("lawfulbasis verify: name a trail file, or --postgres with a connection string (not both).\n", verify.Error);
        Assert.Equal(ExitCodes.Usage, Run("frobnicate").Exit);
        Assert.Equal(ExitCodes.Usage, Run("requests", "--registers", Path.Combine(_folder, "nowhere")).Exit);
    }

    [Fact]
    public void Help_shows_examples_for_every_command()
    {
        foreach (var command in new[] { "ropa", "verify", "requests", "access", "erase", "scan" })
        {
            var (exit, output, _) = Run(command, "--help");
            Assert.Equal(ExitCodes.Success, exit);
            Assert.Contains("Example", output, StringComparison.Ordinal);
            Assert.Contains("Exit 0", output, StringComparison.Ordinal);
        }
    }

    private async Task<string> WriteTrailAsync(int events)
    {
        var path = Path.Combine(_folder, "audit", "trail.jsonl");
        var keys = new FileKeyStore(Path.Combine(_folder, "keys"));
        using (var trail = new AuditTrail(path, TrailFlushMode.Batched, 1024, 64, keys, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<AuditTrail>.Instance))
        {
            for (var i = 0; i < events; i++)
            {
                trail.Record(new AuditRecord(DateTimeOffset.UtcNow, AuditEventKind.Decision, null, Processing.ProcessingOperation.Read, Processing.DenialReason.None,
                    "Contract purpose `Ordering`", "Art. 6(1)(b)", "cli-test", "Test", "CliTests.cs", 1, default, $"subject-{i}"));
            }

            await trail.FlushAsync();
        }

        keys.Dispose();
        return path;
    }

    private string Compile(string source)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create("InvalidDeclarations", [CSharpSyntaxTree.ParseText(source)], references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var path = Path.Combine(_folder, "InvalidDeclarations.dll");
        var result = compilation.Emit(path);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return path;
    }

    private static void MatchSnapshot(object value, [System.Runtime.CompilerServices.CallerMemberName] string test = "") =>
        CliHarness.MatchSnapshot(value, nameof(CliTests), test);
}
