extern alias analyzers;

using System.Diagnostics;
using BenchmarkDotNet.Attributes;

namespace LawfulBasis.Benchmarks;

/// <summary>
/// The number the analyzers' budget is about: the wall-clock time of a real <c>dotnet build</c> (compiler server, as
/// on a developer's machine) of a large generated project, with and without the LawfulBasis analyzers, side by side.
/// Budget (issue 12): at most 3% added, medians of one run.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 6, invocationCount: 1)]
public class BuildOverheadBenchmarks
{
    private string _project = "";

    [GlobalSetup]
    public void Setup()
    {
        _project = Directory.CreateTempSubdirectory("lawfulbasis-build-overhead-").FullName;
        var sources = LargeProjectGenerator.Generate(dataTypes: 1000, accessesPerService: 5);
        for (var i = 0; i < sources.Count; i++)
        {
            File.WriteAllText(Path.Combine(_project, $"File{i}.cs"), sources[i]);
        }

        string Reference(Type type) => $"<Reference Include=\"{type.Assembly.GetName().Name}\"><HintPath>{type.Assembly.Location}</HintPath></Reference>";
        var analyzer = typeof(analyzers::LawfulBasis.Analyzers.PersonalDataProcessingAnalyzer).Assembly.Location;
        File.WriteAllText(Path.Combine(_project, "Generated.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <OutputType>Library</OutputType>
                <ImplicitUsings>disable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                {Reference(typeof(PurposeAttribute))}
                {Reference(typeof(Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute))}
                {Reference(typeof(Microsoft.Extensions.Logging.ILogger))}
              </ItemGroup>
              <ItemGroup Condition="'$(WithLawfulBasisAnalyzers)' == 'true'">
                <Analyzer Include="{analyzer}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(_project, "Directory.Build.props"), "<Project />");
        Run("restore");
        var report = Run("build", "--no-incremental", "-v:d", "-p:WithLawfulBasisAnalyzers=true", "-p:ReportAnalyzer=true");
        // The per-analyzer lines and the total, not the compiler's command line (which names the analyzer assembly too).
        foreach (var line in report.Split('\n').Where(l => !l.Contains("/analyzer:", StringComparison.Ordinal)
            && (l.Contains("LawfulBasis.Analyzers", StringComparison.Ordinal) || l.Contains("Total analyzer execution time", StringComparison.Ordinal))).Take(12))
        {
            Console.WriteLine("// ReportAnalyzer: " + line.Trim());
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_project, recursive: true);

    [Benchmark(Baseline = true, Description = "dotnet build, no analyzers")]
    public void BuildWithoutAnalyzers() => Run("build", "--no-restore", "--no-incremental", "-v:q", "-p:WithLawfulBasisAnalyzers=false");

    [Benchmark(Description = "dotnet build + LawfulBasis analyzers")]
    public void BuildWithAnalyzers() => Run("build", "--no-restore", "--no-incremental", "-v:q", "-p:WithLawfulBasisAnalyzers=true");

    private string Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _project, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} failed:\n{output}\n{error.Result}");
        }

        return output;
    }
}
