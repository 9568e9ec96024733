using BenchmarkDotNet.Running;
using LawfulBasis.Benchmarks;

if (args is ["--profile-analyzers"])
{
    AnalyzerOverheadBenchmarks.Profile();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
