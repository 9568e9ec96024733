using System.Text.RegularExpressions;
using LawfulBasis.Audit;
using LawfulBasis.Processing;
using Microsoft.Extensions.DependencyInjection;
using OnlineShop;
using static LawfulBasis.Cli.Tests.CliHarness;

namespace LawfulBasis.Cli.Tests;

/// <summary>
/// <c>access</c> and <c>erase</c> against the online-shop sample's real data folder: through the shop's
/// <see cref="ShopToolHost"/> (--app), and from the trail alone (--trail, --keys).
/// </summary>
public sealed partial class RequestCommandTests : IDisposable
{
    private static readonly string ShopAssembly = Path.Combine(AppContext.BaseDirectory, "OnlineShop.dll");
    private readonly string _data = Directory.CreateTempSubdirectory("lawfulbasis-requests-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    private string Trail => Path.Combine(_data, "audit", "trail.jsonl");

    private string Keys => Path.Combine(_data, "keys");

    [Fact]
    public async Task Access_with_the_application_answers_from_its_sources_and_completes_the_request()
    {
        var customer = await SignUpAsync("Dana Weiss", "dana@example.com");
        var (exit, output, error) = Run("access", customer, "--app", ShopAssembly, "--identity-verified", "--", "--data", _data);

        Assert.True(exit == ExitCodes.Success, error);
        MatchSnapshot(Mask(output, customer).Split('\n'), nameof(RequestCommandTests));

        var json = Run("access", customer, "--app", ShopAssembly, "--identity-verified", "--format", "json", "--", "--data", _data);
        Assert.Equal(ExitCodes.Success, json.Exit);
        Assert.Contains("\"email\": \"dana@example.com\"", json.Output, StringComparison.Ordinal);

        // Both requests are in the shop's ledger, completed.
        var requests = Run("requests", "--registers", Path.Combine(_data, "registers"));
        Assert.StartsWith("0 open requests, 0 overdue.", requests.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erase_with_the_application_plans_then_erases_and_keeps_what_the_law_requires()
    {
        var customer = await SignUpAsync("Eli Novak", "eli@example.com");
        var plan = Run("erase", customer, "--app", ShopAssembly, "--identity-verified", "--plan", "--", "--data", _data);
        Assert.Equal(ExitCodes.Success, plan.Exit);
        MatchSnapshot(Mask(plan.Output, customer).Split('\n'), nameof(RequestCommandTests), "Erase_plan");

        var (exit, output, _) = Run("erase", customer, "--app", ShopAssembly, "--identity-verified", "--", "--data", _data);
        Assert.Equal(ExitCodes.Success, exit);
        MatchSnapshot(Mask(output, customer).Split('\n'), nameof(RequestCommandTests), "Erase_receipt");

        var after = Run("access", customer, "--app", ShopAssembly, "--identity-verified", "--format", "json", "--", "--data", _data);
        Assert.DoesNotContain("eli@example.com", after.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, Run("verify", Trail).Exit);
    }

    [Fact]
    public async Task Access_and_erase_from_the_trail_alone()
    {
        var customer = await SignUpAsync("Fay Olsen", "fay@example.com");
        var (exit, output, _) = Run("access", customer, "--trail", Trail, "--keys", Keys);
        Assert.Equal(ExitCodes.Success, exit);
        MatchSnapshot(Mask(output, customer).Split('\n'), nameof(RequestCommandTests));

        var erase = Run("erase", customer, "--trail", Trail, "--keys", Keys);
        Assert.Equal(ExitCodes.Success, erase.Exit);
        Assert.Contains("The application's own data about the subject was NOT erased", erase.Output, StringComparison.Ordinal);

        var unlinked = Run("access", customer, "--trail", Trail, "--keys", Keys);
        Assert.Contains("The key store holds no key for this subject", unlinked.Output, StringComparison.Ordinal);
        Assert.Equal("intact: 2 entries verified in trail.jsonl.\n", Run("verify", Trail).Output);
        Assert.Contains("Nothing to erase", Run("erase", customer, "--trail", Trail, "--keys", Keys).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_names_the_line_of_a_tampered_copy_of_the_shops_trail_and_access_says_the_history_is_unreliable()
    {
        var customer = await SignUpAsync("Gil Amar", "gil@example.com");
        var lines = File.ReadAllLines(Trail);
        lines[0] = lines[0].Replace("\"Collect\"", "\"Read\"", StringComparison.Ordinal);
        File.WriteAllLines(Trail, lines);

        var verify = Run("verify", Trail);
        Assert.Equal(ExitCodes.Problem, verify.Exit);
        Assert.StartsWith("BROKEN at line 1: Modified.", verify.Output, StringComparison.Ordinal);

        var (exit, _, error) = Run("access", customer, "--trail", Trail, "--keys", Keys);
        Assert.Equal(ExitCodes.Problem, exit);
        Assert.Contains("the trail fails verification", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_usage_of_access_and_erase_exits_2_with_the_fix()
    {
        var customer = await SignUpAsync("Hal Berg", "hal@example.com");
        var cases = new (string[] Args, string Expected)[]
        {
            (["access", customer], "say where to answer from"),
            (["access", customer, "--app", ShopAssembly, "--", "--data", _data], "add --identity-verified"),
            (["access", customer, "--app", ShopAssembly, "--trail", Trail, "--identity-verified"], "not both"),
            (["access", customer, "--app", ShopAssembly, "--identity-verified"], "The shop needs its data folder"),
            (["access", customer, "--app", Path.Combine(AppContext.BaseDirectory, "LawfulBasis.dll"), "--identity-verified"], "has no public class implementing ILawfulBasisToolHost"),
            (["access", customer, "--trail", Trail, "--keys", _data], "is not a key store folder"),
            (["erase", customer, "--trail", Trail, "--keys", Keys, "--plan"], "--plan needs --app"),
        };
        foreach (var (args, expected) in cases)
        {
            var (exit, _, error) = Run(args);
            Assert.True(exit == ExitCodes.Usage, $"{string.Join(' ', args)} exited {exit}: {error}");
            Assert.Contains(expected, error, StringComparison.Ordinal);
            Assert.Equal(1, error.Count(c => c == '\n'));
        }
    }

    private Task<string> SignUpAsync(string name, string email) => ShopFolder.SignUpAsync(_data, name, email);

    /// <summary>Replaces what changes between runs (ids, times, dates, pseudonyms, paths) with stable names.</summary>
    private string Mask(string text, string customer) =>
        Pseudonyms().Replace(
            Dates().Replace(Guids().Replace(text.Replace(customer, "<customer>", StringComparison.Ordinal).Replace(_data, "<data>", StringComparison.Ordinal), "<request>"), "<date>"),
            "<pseudonym>");

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Guids();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}( \d{2}:\d{2}:\d{2})?")]
    private static partial Regex Dates();

    [GeneratedRegex("(?<![0-9a-f])[0-9a-f]{32}(?![0-9a-f])")]
    private static partial Regex Pseudonyms();
}
