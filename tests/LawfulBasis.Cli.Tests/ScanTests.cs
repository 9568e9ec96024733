using System.Text.Json;
using static LawfulBasis.Cli.Tests.CliHarness;

namespace LawfulBasis.Cli.Tests;

/// <summary>
/// <c>lawfulbasis scan</c> builds real code with the analyzers injected, so these tests run real builds (tens of
/// seconds each): the seed case, and a two-project solution that has never heard of LawfulBasis.
/// </summary>
public sealed class ScanTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lawfulbasis-scan-test-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Scan_of_the_seed_case_lists_the_biometric_data_and_the_sites_with_no_basis()
    {
        var unlawful = Path.Combine(RepositoryRoot(), "samples", "FaceSearch", "Unlawful", "FaceSearch.Unlawful.csproj");
        var (exit, output, error) = Run("scan", unlawful);

        Assert.Equal(ExitCodes.Problem, exit);
        // One clean line per project: the scanned one numbered, the ones it references marked so.
        Assert.Contains("scan: [1/1] analysed FaceSearch.Unlawful.csproj\n", error, StringComparison.Ordinal);
        Assert.All(error.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.StartsWith("scan: ", line, StringComparison.Ordinal));
        var report = output.Replace(unlawful, "samples/FaceSearch/Unlawful/FaceSearch.Unlawful.csproj", StringComparison.Ordinal);
        MatchSnapshot(report.Split('\n'), nameof(ScanTests));
    }

    [Fact]
    public void Scan_of_a_solution_without_the_package_finds_personal_data_by_name_and_writes_sarif()
    {
        var solution = WriteSolutionWithoutLawfulBasis();
        var (exit, output, error) = Run("scan", solution);
        Assert.True(exit == ExitCodes.Problem, output + error);

        // The test project was analysed, as a build analyses it, and is silent, as it is in a build (IsTestProject).
        Assert.Contains("scan: [3/3] analysed Tests/Tests.csproj\n", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Tests/", output, StringComparison.Ordinal);

        // Found by name and type in the Domain project, processed and logged from the App project.
        Assert.Contains("Personal data found: 3 members, 3 not classified yet", output, StringComparison.Ordinal);
        Assert.Contains("Shop.Domain.Customer.Email  not classified (recognised by its name or type)  Domain/Customer.cs:", output, StringComparison.Ordinal);
        Assert.Contains("Shop.Domain.Customer.DateOfBirth", output, StringComparison.Ordinal);
        Assert.Contains("App/Mailer.cs:", output, StringComparison.Ordinal);
        Assert.Contains("'Email' (ContactData) is processed here, but neither this code nor the data declares a purpose", output, StringComparison.Ordinal);
        Assert.Contains("Personal data reaching logs (LB0005, Art. 5(1)(f), 32): 1", output, StringComparison.Ordinal);
        Assert.Contains("Shop.Domain.Customer.Allergies", output, StringComparison.Ordinal);
        Assert.Contains("HealthData (special category, Art. 9)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Id ", output.Split("Personal data found")[1].Split("Processing sites")[0], StringComparison.Ordinal);

        // Every finding a build shows has its section, with the rule's link: the endpoint that serves an e-mail with no
        // gate decision (LB0007), and the members that are very likely personal data but not classified (LB0008).
        var endpoints = Section(output, "Endpoints serving personal data with no gate decision (LB0007, Art. 6(1), 7(3), 17, 18, 21)");
        Assert.StartsWith("Endpoints serving personal data with no gate decision (LB0007, Art. 6(1), 7(3), 17, 18, 21): 1\n", endpoints, StringComparison.Ordinal);
        Assert.Contains("  Why and how to fix: https://github.com/lawfulbasis/lawfulbasis/blob/main/docs/rules/LB0007.md\n", endpoints, StringComparison.Ordinal);
        Assert.Contains("  App/Program.cs:5  The endpoint MapGet(\"/customers/{id}/email\") reads 'Email' (ContactData)", endpoints, StringComparison.Ordinal);
        var unclassified = Section(output, "Members that are very likely personal data but not classified (LB0008, Art. 30(1)(c))");
        Assert.Contains("docs/rules/LB0008.md\n", unclassified, StringComparison.Ordinal);
        Assert.Contains("  Domain/Customer.cs:6  'Email' is very likely ContactData", unclassified, StringComparison.Ordinal);
        Assert.Contains("  Domain/Customer.cs:7  'DateOfBirth' is very likely DemographicData", unclassified, StringComparison.Ordinal);
        Assert.DoesNotContain("OrderCount", unclassified, StringComparison.Ordinal);

        // The scanned code's own bin and obj folders are left alone.
        Assert.False(Directory.Exists(Path.Combine(_folder, "App", "bin")));

        var sarif = Path.Combine(_folder, "scan.sarif");
        Assert.Equal(ExitCodes.Problem, Run("scan", solution, "--format", "sarif", "--output", sarif).Exit);
        using var log = JsonDocument.Parse(File.ReadAllText(sarif));
        var run = log.RootElement.GetProperty("runs")[0];
        Assert.Equal("2.1.0", log.RootElement.GetProperty("version").GetString());
        Assert.Equal("LawfulBasis", run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString());
        var results = run.GetProperty("results").EnumerateArray().ToArray();
        Assert.Contains(results, r => r.GetProperty("ruleId").GetString() == "LB0001"
            && r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString() == "App/Mailer.cs");
        Assert.Contains(results, r => r.GetProperty("ruleId").GetString() == "LB0005" && r.GetProperty("level").GetString() == "warning");
        Assert.All(results, r => Assert.StartsWith("LB", r.GetProperty("ruleId").GetString(), StringComparison.Ordinal));
        // What a build shows is a warning there too; the inventory and the suggestions are notes.
        Assert.Contains(results, r => r.GetProperty("ruleId").GetString() == "LB0007" && r.GetProperty("level").GetString() == "warning");
        Assert.Contains(results, r => r.GetProperty("ruleId").GetString() == "LB0008" && r.GetProperty("level").GetString() == "warning");
        Assert.All(results.Where(r => r.GetProperty("ruleId").GetString() is "LB0004" or "LB0100" or "LB0101"), r => Assert.Equal("note", r.GetProperty("level").GetString()));
        Assert.DoesNotContain(results, r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!.StartsWith("Tests/", StringComparison.Ordinal));
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
        Assert.EndsWith("docs/rules/LB0007.md", rules["LB0007"].GetProperty("helpUri").GetString(), StringComparison.Ordinal);
        Assert.Equal("warning", rules["LB0008"].GetProperty("defaultConfiguration").GetProperty("level").GetString());
    }

    [Fact]
    public void Scan_exits_2_for_a_path_that_cannot_be_scanned()
    {
        var missing = Run("scan", Path.Combine(_folder, "nowhere"));
        Assert.Equal(ExitCodes.Usage, missing.Exit);
        Assert.Contains("does not exist", missing.Error, StringComparison.Ordinal);

        var empty = Run("scan", _folder);
        Assert.Equal(ExitCodes.Usage, empty.Exit);
        Assert.Contains("holds no solution and no C# project", empty.Error, StringComparison.Ordinal);

        var text = Path.Combine(_folder, "notes.txt");
        File.WriteAllText(text, "hello");
        Assert.Equal(ExitCodes.Usage, Run("scan", text).Exit);

        var broken = Path.Combine(_folder, "Broken", "Broken.csproj");
        Directory.CreateDirectory(Path.GetDirectoryName(broken)!);
        File.WriteAllText(broken, """<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>""");
        File.WriteAllText(Path.Combine(_folder, "Broken", "Code.cs"), "class Broken { void M() { undefined(); } }");

        // An --output that cannot be written is refused before a build of minutes, in one line.
        var output = Run("scan", broken, "--output", Path.Combine(_folder, "nowhere", "report.txt"));
        Assert.Equal(ExitCodes.Usage, output.Exit);
        Assert.Equal($"lawfulbasis scan: --output: the folder {Path.Combine(_folder, "nowhere")} does not exist. Create it, or name a file in an existing folder.\n", output.Error);

        var (exit, _, error) = Run("scan", broken);
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("nothing was analysed: Broken.csproj:", error, StringComparison.Ordinal);
        Assert.Contains("CS0103", error, StringComparison.Ordinal);

        // A package that cannot be restored (offline, or a name that does not exist) is not "no problems": nothing was analysed.
        var unrestorable = WriteUnrestorableProject("Unrestorable");
        var restore = Run("scan", unrestorable);
        Assert.Equal(ExitCodes.Usage, restore.Exit);
        Assert.Contains("nothing was analysed: Unrestorable.csproj: error NU1101", restore.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("No processing problems found", restore.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_analyses_the_rest_of_a_solution_when_one_project_does_not_restore_and_accepts_a_solution_filter()
    {
        Write("Shop/Shop.csproj", """<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>""");
        // A member that looks like personal data (LB0004, information), but not certainly (no LB0008, a problem).
        Write("Shop/Customer.cs", """
            public sealed class Customer
            {
                public string Mobile { get; set; } = "";
            }
            """);
        WriteUnrestorableProject("Payments");
        var solution = Path.Combine(_folder, "Shop.slnx");
        File.WriteAllText(solution, """
            <Solution>
              <Project Path="Shop/Shop.csproj" />
              <Project Path="Payments/Payments.csproj" />
            </Solution>
            """);

        var (exit, output, error) = Run("scan", solution);
        Assert.True(exit == ExitCodes.Problem, output + error);
        Assert.Contains("Customer.Mobile  not classified (recognised by its name or type)", output, StringComparison.Ordinal);
        Assert.Contains("Not analysed, because they did not restore or build: 1\n  Payments/Payments.csproj: error NU1101", output, StringComparison.Ordinal);
        Assert.Contains("The scan is incomplete: 1 project not analysed", output, StringComparison.Ordinal);
        Assert.DoesNotContain("No processing problems found", output, StringComparison.Ordinal);
        Assert.Contains("scan: [1/2] analysed Shop/Shop.csproj\n", error, StringComparison.Ordinal);
        Assert.Contains("scan: [2/2] NOT analysed Payments/Payments.csproj: error NU1101", error, StringComparison.Ordinal);

        var sarif = Path.Combine(_folder, "scan.sarif");
        Assert.Equal(ExitCodes.Problem, Run("scan", solution, "--format", "sarif", "--output", sarif).Exit);
        using (var log = JsonDocument.Parse(File.ReadAllText(sarif)))
        {
            var invocation = log.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0];
            Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
            Assert.Contains("Payments/Payments.csproj", invocation.GetProperty("toolExecutionNotifications")[0].GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
        }

        // A solution filter keeping only the project that builds: a complete scan with nothing to fix.
        var filter = Path.Combine(_folder, "Shop.slnf");
        File.WriteAllText(filter, """{ "solution": { "path": "Shop.slnx", "projects": [ "Shop\\Shop.csproj" ] } }""");
        var filtered = Run("scan", filter);
        Assert.True(filtered.Exit == ExitCodes.Success, filtered.Output + filtered.Error);
        Assert.Contains("(1 project built and analysed", filtered.Output, StringComparison.Ordinal);
        Assert.Contains("No processing problems found.", filtered.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Payments", filtered.Error, StringComparison.Ordinal);
    }

    /// <summary>A section of the text report: its heading line (the heading, then its count) and the lines under it, up to the next blank line.</summary>
    private static string Section(string report, string heading)
    {
        var start = report.IndexOf("\n" + heading + ": ", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section '{heading}' in:\n{report}");
        var end = report.IndexOf("\n\n", start + 1, StringComparison.Ordinal);
        return report[(start + 1)..(end < 0 ? report.Length : end + 1)];
    }

    private string WriteUnrestorableProject(string name)
    {
        Write($"{name}/{name}.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
              <ItemGroup><PackageReference Include="LawfulBasis.Scan.Test.Package.That.Does.Not.Exist" Version="1.0.0" /></ItemGroup>
            </Project>
            """);
        Write($"{name}/Card.cs", "public sealed class Card { public string? CardNumber { get; set; } }");
        return Path.Combine(_folder, name, $"{name}.csproj");
    }

    private string WriteSolutionWithoutLawfulBasis()
    {
        Write("Domain/Domain.csproj", """<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable></PropertyGroup></Project>""");
        Write("Domain/Customer.cs", """
            namespace Shop.Domain;

            public sealed class Customer
            {
                public int Id { get; set; }
                public string Email { get; set; } = "";
                public System.DateOnly DateOfBirth { get; set; }
                public string Allergies { get; set; } = "";
                public int OrderCount { get; set; }
            }
            """);
        Write("App/App.csproj", """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><TreatWarningsAsErrors>true</TreatWarningsAsErrors></PropertyGroup>
              <ItemGroup><ProjectReference Include="../Domain/Domain.csproj" /></ItemGroup>
            </Project>
            """);
        Write("App/Program.cs", """
            using Microsoft.AspNetCore.Builder;
            using Shop.Domain;

            var app = WebApplication.Create(args);
            app.MapGet("/customers/{id}/email", (int id) => Find(id).Email);
            app.Run();

            static Customer Find(int id) => new() { Id = id };
            """);
        // A test project: its helpers build customers from made-up values and print them, which is not processing.
        Write("Tests/Tests.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><IsTestProject>true</IsTestProject></PropertyGroup>
              <ItemGroup><ProjectReference Include="../Domain/Domain.csproj" /></ItemGroup>
            </Project>
            """);
        Write("Tests/TestData.cs", """
            using Shop.Domain;

            namespace Shop.Tests;

            public static class TestData
            {
                public static Customer Alice() => new() { Email = "alice@example.com", DateOfBirth = new System.DateOnly(1990, 4, 1) };

                public static string Describe(Customer customer) => $"{customer.Email} born {customer.DateOfBirth}";

                public static void Dump(Customer customer) => System.Console.WriteLine(customer.Email);
            }
            """);
        Write("App/Mailer.cs", """
            using Shop.Domain;

            namespace Shop.App;

            public sealed class Mailer
            {
                public string Greeting(Customer customer) => "Hello " + customer.Email;

                public void Trace(Customer customer) => System.Console.WriteLine($"mailing {customer.Email}, order {customer.OrderCount}");
            }
            """);
        var solution = Path.Combine(_folder, "Shop.slnx");
        File.WriteAllText(solution, """
            <Solution>
              <Project Path="Domain/Domain.csproj" />
              <Project Path="App/App.csproj" />
              <Project Path="Tests/Tests.csproj" />
            </Solution>
            """);
        return solution;
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
