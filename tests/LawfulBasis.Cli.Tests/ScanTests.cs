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
        Assert.Contains("scanning [1/1] building FaceSearch.Unlawful.csproj", error, StringComparison.Ordinal);
        var report = output.Replace(unlawful, "samples/FaceSearch/Unlawful/FaceSearch.Unlawful.csproj", StringComparison.Ordinal);
        MatchSnapshot(report.Split('\n'), nameof(ScanTests));
    }

    [Fact]
    public void Scan_of_a_solution_without_the_package_finds_personal_data_by_name_and_writes_sarif()
    {
        var solution = WriteSolutionWithoutLawfulBasis();
        var (exit, output, error) = Run("scan", solution);
        Assert.True(exit == ExitCodes.Problem, output + error);

        // Found by name and type in the Domain project, processed and logged from the App project.
        Assert.Contains("Personal data found: 3 members, 3 not classified yet", output, StringComparison.Ordinal);
        Assert.Contains("Shop.Domain.Customer.Email  not classified (recognised by its name)  Domain/Customer.cs:", output, StringComparison.Ordinal);
        Assert.Contains("Shop.Domain.Customer.DateOfBirth", output, StringComparison.Ordinal);
        Assert.Contains("App/Mailer.cs:", output, StringComparison.Ordinal);
        Assert.Contains("'Email' (ContactData) is processed here, but neither this code nor the data declares a purpose", output, StringComparison.Ordinal);
        Assert.Contains("Personal data reaching logs (LB0005, Art. 5(1)(f), 32): 1", output, StringComparison.Ordinal);
        Assert.Contains("Shop.Domain.Customer.Allergies", output, StringComparison.Ordinal);
        Assert.Contains("HealthData (special category, Art. 9)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Id ", output.Split("Personal data found")[1].Split("Processing sites")[0], StringComparison.Ordinal);

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
        var (exit, _, error) = Run("scan", broken);
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("nothing was analysed: Broken.csproj:", error, StringComparison.Ordinal);
        Assert.Contains("CS0103", error, StringComparison.Ordinal);
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
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><TreatWarningsAsErrors>true</TreatWarningsAsErrors></PropertyGroup>
              <ItemGroup><ProjectReference Include="../Domain/Domain.csproj" /></ItemGroup>
            </Project>
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
