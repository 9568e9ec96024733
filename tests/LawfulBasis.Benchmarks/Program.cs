using BenchmarkDotNet.Running;
using LawfulBasis.Benchmarks;

if (args is ["--profile-analyzers", ..])
{
    AnalyzerOverheadBenchmarks.Profile(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5);
    return;
}

if (args is ["--write-build-project", var directory])
{
    // BuildOverheadBenchmarks' project, for timing builds by hand (dotnet build -p:WithLawfulBasisAnalyzers=true).
    BuildOverheadBenchmarks.WriteProject(Directory.CreateDirectory(directory).FullName);
    return;
}

if (args is ["--profile-trail"])
{
    TrailThroughputBenchmarks.Profile();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
