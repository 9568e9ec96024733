extern alias analyzers;

using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace LawfulBasis.Benchmarks;

/// <summary>
/// The number the analyzers' budget is about: the wall-clock time of a real <c>dotnet build</c> of a large generated
/// project, with and without the LawfulBasis analyzers, side by side, in the two ways a build runs the compiler (see
/// <see cref="CompilerHost"/>). Budget (issue 12): at most 3% added with the compiler server (the default), medians of
/// one run; the cold-compiler figure is reported beside it. Before the timings, each configuration prints the compiler's
/// own per-analyzer execution time (<c>-p:ReportAnalyzer=true</c>) for one build with the analyzers.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 6, invocationCount: 1)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByParams)] // the ratio to the baseline is per compiler host
public class BuildOverheadBenchmarks
{
    private string _project = "";
    // A compiler server of this run's own, so that no other build shares it and cleanup can stop exactly it.
    private readonly string _serverPipe = $"lawfulbasis-build-overhead-{Environment.ProcessId}";

    /// <summary>How the build runs the compiler.</summary>
    public enum CompilerHost
    {
        /// <summary>
        /// The compiler server (VBCSCompiler), the SDK's default on developer machines and most CI: compiler and analyzer
        /// code is loaded and JIT-compiled once per server, so after the warm-up every build runs warm code.
        /// </summary>
        Server,

        /// <summary>
        /// A fresh <c>csc</c> process per build (<c>UseSharedCompilation=false</c>, as set in some CI images and in this
        /// project's sandbox): the analyzer assembly is loaded and its code JIT-compiled in every build.
        /// </summary>
        ColdCsc,
    }

    /// <summary>The compiler host measured; the ratio to the baseline is computed per host.</summary>
    [Params(CompilerHost.Server, CompilerHost.ColdCsc)]
    public CompilerHost Compiler { get; set; }

    [GlobalSetup(Target = nameof(BuildWithoutAnalyzers))]
    public void SetupWithoutAnalyzers()
    {
        _project = Directory.CreateTempSubdirectory("lawfulbasis-build-overhead-").FullName;
        WriteProject(_project);
        Run("restore");
    }

    [GlobalSetup(Target = nameof(BuildWithAnalyzers))]
    public void SetupWithAnalyzers()
    {
        SetupWithoutAnalyzers();
        // With the server, the second build is the one that shows what every later build pays (the first loads the code).
        var builds = Compiler == CompilerHost.Server ? 2 : 1;
        var report = "";
        for (var i = 0; i < builds; i++)
        {
            report = Run(["build", "--no-restore", "--no-incremental", "-v:d", "-p:WithLawfulBasisAnalyzers=true", "-p:ReportAnalyzer=true", .. CompilerProperties()]);
        }

        // The per-analyzer lines and the total, not the compiler's command line (which names the analyzer assembly too).
        foreach (var line in report.Split('\n').Where(l => !l.Contains("/analyzer:", StringComparison.Ordinal)
            && (l.Contains("LawfulBasis.Analyzers", StringComparison.Ordinal) || l.Contains("Total analyzer execution time", StringComparison.Ordinal))).Take(12))
        {
            Console.WriteLine($"// ReportAnalyzer ({Compiler}{(builds > 1 ? ", second build" : "")}): {line.Trim()}");
        }
    }

    /// <summary>
    /// Writes the generated project into <paramref name="directory"/>: 1,000 data types with a service each, referencing
    /// the LawfulBasis analyzers only when built with <c>-p:WithLawfulBasisAnalyzers=true</c>.
    /// </summary>
    public static void WriteProject(string directory)
    {
        var sources = LargeProjectGenerator.Generate(dataTypes: 1000, accessesPerService: 5);
        for (var i = 0; i < sources.Count; i++)
        {
            File.WriteAllText(Path.Combine(directory, $"File{i}.cs"), sources[i]);
        }

        string Reference(Type type) => $"<Reference Include=\"{type.Assembly.GetName().Name}\"><HintPath>{type.Assembly.Location}</HintPath></Reference>";
        var analyzer = typeof(analyzers::LawfulBasis.Analyzers.PersonalDataProcessingAnalyzer).Assembly.Location;
        File.WriteAllText(Path.Combine(directory, "Generated.csproj"), $"""
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
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Compiler == CompilerHost.Server)
        {
            // Stop this run's compiler server (it would otherwise idle for minutes); other builds' servers are not touched.
            var roslyn = Run("msbuild", "-getProperty:RoslynTargetsPath").Trim();
            Run(Path.Combine(roslyn, "bincore", "VBCSCompiler.dll"), "-shutdown", $"-pipename:{_serverPipe}");
        }

        Directory.Delete(_project, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "dotnet build, no analyzers")]
    public void BuildWithoutAnalyzers() => Run(["build", "--no-restore", "--no-incremental", "-v:q", "-p:WithLawfulBasisAnalyzers=false", .. CompilerProperties()]);

    [Benchmark(Description = "dotnet build + LawfulBasis analyzers")]
    public void BuildWithAnalyzers() => Run(["build", "--no-restore", "--no-incremental", "-v:q", "-p:WithLawfulBasisAnalyzers=true", .. CompilerProperties()]);

    // Global properties win over the environment (this sandbox sets UseSharedCompilation=false there).
    private string[] CompilerProperties() => Compiler == CompilerHost.Server
        ? ["-p:UseSharedCompilation=true", $"-p:SharedCompilationId={_serverPipe}"]
        : ["-p:UseSharedCompilation=false"];

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
