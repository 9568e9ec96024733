using LawfulBasis.Cli.Requests;
using Microsoft.Extensions.Options;
using static LawfulBasis.Cli.Tests.CliHarness;

namespace LawfulBasis.Cli.Tests;

/// <summary>
/// <c>access|erase --app</c> with a tool host written the way a web application's usually is
/// (<see cref="Fixtures.GenericHostToolHost"/>: the .NET host's builder, settings from appsettings.json in its content
/// root), run in a process of its own from a folder of the test's choosing, as a DPO runs it from a shell.
/// </summary>
public sealed class ToolHostTests : IDisposable
{
    private static readonly string Application = Path.Combine(AppContext.BaseDirectory, "LawfulBasis.Cli.Tests.dll");

    private readonly string _folder = Directory.CreateTempSubdirectory("lawfulbasis-tool-host-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_relative_content_root_is_taken_from_the_current_folder_and_the_settings_from_its_appsettings()
    {
        var app = Directory.CreateDirectory(Path.Combine(_folder, "src", "Shop")).FullName;
        File.WriteAllText(Path.Combine(app, "appsettings.json"), """
            { "LawfulBasis": { "TrailPath": "data/audit/trail.jsonl", "KeyStorePath": "data/keys", "RegisterPath": "data/registers" } }
            """);

        var (exit, output, error) = RunProcessIn(_folder, "access", "alice", "--app", Application, "--identity-verified", "--format", "json", "--", "--contentRoot", "src/Shop");

        Assert.True(exit == ExitCodes.Success, error);
        Assert.Contains("\"subjectId\": \"alice\"", output, StringComparison.Ordinal);
        // The host read the settings in src/Shop, and put its stores under it: the content root was the user's folder, not the tool's.
        Assert.True(File.Exists(Path.Combine(app, "data", "registers", "requests.jsonl")), error);
        Assert.False(Directory.Exists(Path.Combine(AppContext.BaseDirectory, "src")));
    }

    [Fact]
    public void A_content_root_that_does_not_exist_is_exit_2_naming_it_and_the_fix()
    {
        var (exit, output, error) = RunProcessIn(_folder, "access", "alice", "--app", Application, "--identity-verified", "--", "--contentRoot", "src/Shpo");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal(string.Empty, output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("lawfulbasis access: the application's ILawfulBasisToolHost (LawfulBasis.Cli.Tests.Fixtures.GenericHostToolHost) could not build its services: ", line, StringComparison.Ordinal);
        Assert.Contains($"its content root {Path.Combine(_folder, "src", "Shpo")} does not exist", line, StringComparison.Ordinal);
        Assert.Contains("-- --contentRoot <folder>", line, StringComparison.Ordinal);
        Assert.DoesNotContain(AppContext.BaseDirectory, line, StringComparison.Ordinal); // the tool's folder is not where the user meant
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_missing_because_appsettings_is_elsewhere_name_the_content_root_and_each_problem_once()
    {
        var (exit, output, error) = RunProcessIn(_folder, "erase", "alice", "--app", Application, "--identity-verified", "--plan");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal(string.Empty, output);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            $"lawfulbasis erase: the application's LawfulBasis settings are invalid (its content root was {_folder}, where appsettings.json was looked for and is not there: run the tool from the application's folder, or pass -- --contentRoot <the folder holding appsettings.json>):",
            lines[0]);
        Assert.Equal(3, lines.Length - 1);
        Assert.StartsWith("  TrailPath is not set: ", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("  KeyStorePath is not set: ", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("  RegisterPath is not set: ", lines[3], StringComparison.Ordinal);
        Assert.All(lines[1..], line => Assert.EndsWith(").", line, StringComparison.Ordinal));
        Assert.DoesNotContain(".;", error, StringComparison.Ordinal);
        Assert.DoesNotContain("..", error, StringComparison.Ordinal);
        // Nothing was created where the host looked: the settings are checked before any store is opened.
        Assert.Empty(Directory.GetFileSystemEntries(_folder));
    }

    [Theory]
    [InlineData("--contentRoot|src/Shop", "--contentRoot|/work/src/Shop")]
    [InlineData("--contentroot|src/Shop|--urls|x", "--contentroot|/work/src/Shop|--urls|x")]
    [InlineData("--contentRoot=src/Shop", "--contentRoot=/work/src/Shop")]
    [InlineData("/contentRoot|../Shop", "/contentRoot|/Shop")]
    [InlineData("/contentRoot=src", "/contentRoot=/work/src")]
    [InlineData("contentRoot=.", "contentRoot=/work")]
    [InlineData("--contentRoot|/srv/shop", "--contentRoot|/srv/shop")]
    [InlineData("--data|src/Shop|contentRoot", "--data|src/Shop|contentRoot")]
    [InlineData("--contentRootPath|src", "--contentRootPath|src")]
    public void A_relative_content_root_is_made_absolute_in_every_form_the_host_reads(string given, string expected)
    {
        var resolved = ContentRootArgument.Resolve(given.Split('|'), "/work");

        Assert.Equal(expected.Split('|'), resolved);
    }

    [Fact]
    public void The_content_root_named_is_the_last_one()
    {
        Assert.Equal("/b", ContentRootArgument.Find(["--contentRoot", "/a", "--urls", "x", "--contentRoot=/b"]));
        Assert.Null(ContentRootArgument.Find(["--data", "/a"]));
    }

    [Fact]
    public void Settings_problems_are_one_sentence_a_line_whatever_the_options_joined_them_with()
    {
        var invalid = new OptionsValidationException(Options.DefaultName, typeof(LawfulBasisOptions), ["TrailPath is not set: name it.", "KeyStorePath is not set", " RegisterPath is not set.; "]);

        var message = ToolHostFailure.Settings(invalid, contentRoot: null);

        Assert.Equal(
            "the application's LawfulBasis settings are invalid (as its ILawfulBasisToolHost set them, given the arguments after --):\n  TrailPath is not set: name it.\n  KeyStorePath is not set.\n  RegisterPath is not set.",
            message);
    }
}
