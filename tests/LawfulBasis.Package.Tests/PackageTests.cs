using System.IO.Compression;
using System.Xml.Linq;

namespace LawfulBasis.Package.Tests;

public sealed class PackageTests(PackageFixture package) : IClassFixture<PackageFixture>
{
    private const string Declarations = """
        using LawfulBasis;

        [Purpose("Bill customers", LegalBasis.Contract)]
        public sealed class Billing;

        [Purpose("Match faces", LegalBasis.LegitimateInterests, AssessmentReference = "LIA-1")]
        public sealed class FaceMatching;

        public class Customer
        {
            [ContactData] public string Email { get; set; } = "";
            [BiometricData] public float[] FaceTemplate { get; set; } = [];
        }
        """;

    [Fact]
    public void The_package_ships_the_analyzers_without_Roslyn()
    {
        using var archive = ZipFile.OpenRead(package.Package);
        var entries = archive.Entries.Select(e => e.FullName).ToArray();
        Assert.Contains("lib/net10.0/LawfulBasis.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/LawfulBasis.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/LawfulBasis.CodeFixes.dll", entries);
        Assert.Contains("build/LawfulBasis.props", entries);
        Assert.Contains("buildTransitive/LawfulBasis.props", entries);
        Assert.DoesNotContain(entries, e => e.Contains("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase));

        using var nuspec = archive.GetEntry("LawfulBasis.nuspec")!.Open();
        var dependencies = XDocument.Load(nuspec).Descendants().Where(e => e.Name.LocalName == "dependency")
            .Select(e => (string)e.Attribute("id")!).ToArray();
        Assert.DoesNotContain(dependencies, d => d.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
    }

    [Fact]
    public void A_consumer_sees_LB0001_and_the_purpose_clears_it()
    {
        var consumer = CreateConsumer("warns", """
            public static class Mailer
            {
                public static string To(Customer c) => c.Email;
            }
            """);
        var build = Dotnet.Run(consumer, "build");
        BuildAssert.Succeeded(build);
        BuildAssert.Printed(build, "warning LB0001");

        var fixedConsumer = CreateConsumer("clean", """
            public static class Mailer
            {
                [ProcessingFor<Billing>]
                public static string To(Customer c) => c.Email;
            }
            """);
        var clean = Dotnet.Run(fixedConsumer, "build");
        BuildAssert.Succeeded(clean);
        BuildAssert.DidNotPrint(clean, "LB0001");
    }

    [Fact]
    public void Editorconfig_severity_error_fails_the_build()
    {
        var consumer = CreateConsumer("strict", """
            public static class Mailer
            {
                public static string To(Customer c) => c.Email;
            }
            """);
        File.WriteAllText(Path.Combine(consumer, ".editorconfig"), "root = true\n\n[*.cs]\ndotnet_diagnostic.LB0001.severity = error\n");
        var build = Dotnet.Run(consumer, "build");
        BuildAssert.Failed(build);
        BuildAssert.Printed(build, "error LB0001");
    }

    [Fact]
    public void Biometric_data_under_a_purpose_without_an_Art_9_condition_fails_the_build()
    {
        var consumer = CreateConsumer("biometric", """
            public static class Matcher
            {
                [ProcessingFor<FaceMatching>]
                public static float[] Template(Customer c) => c.FaceTemplate;
            }
            """);
        var build = Dotnet.Run(consumer, "build");
        BuildAssert.Failed(build);
        BuildAssert.Printed(build, "error LB0002");
    }

    [Fact]
    public void A_test_project_is_not_processing()
    {
        var consumer = CreateConsumer("tests", """
            public static class Mailer
            {
                public static string To(Customer c) => c.Email;
            }
            """, "<IsTestProject>true</IsTestProject>");
        var build = Dotnet.Run(consumer, "build");
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotContain("LB0001", build.Output, StringComparison.Ordinal);
    }

    private string CreateConsumer(string name, string code, string extraProperties = "")
    {
        var directory = Path.Combine(package.Root, name);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <OutputType>Library</OutputType>
                {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="LawfulBasis" Version="{package.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{package.Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
            </configuration>
            """);
        // Stop the repository's Directory.Build.props (and any above the temp folder) from applying.
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(directory, "Directory.Packages.props"), "<Project />");
        File.WriteAllText(Path.Combine(directory, "Declarations.cs"), Declarations);
        File.WriteAllText(Path.Combine(directory, "Code.cs"), "using LawfulBasis;\n\n" + code);
        return directory;
    }
}
