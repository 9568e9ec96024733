using BenchmarkDotNet.Running;
using LawfulBasis.Benchmarks;

if (args is ["--profile-analyzers"])
{
    AnalyzerOverheadBenchmarks.Profile();
    return;
}

if (args is ["--profile-trail"])
{
    TrailThroughputBenchmarks.Profile();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
