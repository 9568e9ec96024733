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
        Write("Shop/Customer.cs", """
            public sealed class Customer
            {
                public string Email { get; set; } = "";
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
        Assert.Contains("Customer.Email  not classified (recognised by its name or type)", output, StringComparison.Ordinal);
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
