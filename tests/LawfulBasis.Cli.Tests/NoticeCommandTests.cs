using static LawfulBasis.Cli.Tests.CliHarness;

namespace LawfulBasis.Cli.Tests;

public sealed class NoticeCommandTests : IDisposable
{
    // The Clinic classifies data in its EF Core model too, so its notice is read from its services, run from this folder.
    private readonly string _clinic = NewClinicFolder();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_clinic, recursive: true);
    }

    private static string ShopAssembly => Path.Combine(AppContext.BaseDirectory, "OnlineShop.dll");

    [Theory]
    [InlineData("md")]
    [InlineData("html")]
    [InlineData("json")]
    public void Notice_prints_the_shop_customers_privacy_notice(string format)
    {
        var (exit, output, error) = Run("notice", ShopAssembly, "--format", format);
        Assert.True(exit == ExitCodes.Success, error);
        MatchSnapshot(output.Split('\n'), nameof(NoticeCommandTests), $"Notice_{format}");
    }

    [Fact]
    public void Notice_prints_the_clinic_patients_privacy_notice()
    {
        var (exit, output, error) = Run("notice", ClinicAssembly, "--", "--contentRoot", _clinic);
        Assert.True(exit == ExitCodes.Success, error);
        MatchSnapshot(output.Split('\n'), nameof(NoticeCommandTests));
    }

    [Fact]
    public void The_notice_version_changes_only_with_the_notice()
    {
        var first = Run("notice", ShopAssembly, "--format", "json").Output;
        Assert.Equal(first, Run("notice", ShopAssembly, "--subject", "customer", "--format", "json").Output);
        var version = System.Text.Json.JsonDocument.Parse(first).RootElement.GetProperty("version").GetString();
        Assert.Matches("^sha256:[0-9a-f]{32}$", version);
        Assert.Contains($"Notice version {version}.", Run("notice", ShopAssembly).Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("### Detect and prevent payment fraud", "OnlineShop")]
    [InlineData("### Diagnose, treat and follow up patients", "Clinic")]
    public void The_README_excerpt_is_what_the_command_prints(string heading, string sample)
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf("```markdown\n" + heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"README.md has no notice excerpt starting with {heading}");
        var excerpt = readme[(start + "```markdown\n".Length)..readme.IndexOf("```", start + 3, StringComparison.Ordinal)];
        Assert.Contains(excerpt, (sample == "Clinic" ? Run("notice", ClinicAssembly, "--", "--contentRoot", _clinic) : Run("notice", ShopAssembly)).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Notice_exits_2_for_an_unknown_subject_or_a_missing_file()
    {
        var (exit, _, error) = Run("notice", ShopAssembly, "--subject", "patient");
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal("lawfulbasis notice: No declaration concerns data subjects \"patient\"; the declared kinds are: customer. Name one of them, or declare [DataSubject(\"patient\")] on a type.\n", error);
        Assert.Equal(ExitCodes.Usage, Run("notice", Path.Combine(Path.GetTempPath(), "nope-" + Guid.NewGuid() + ".dll")).Exit);
    }
}
