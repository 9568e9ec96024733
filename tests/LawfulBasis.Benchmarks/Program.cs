using BenchmarkDotNet.Running;
using LawfulBasis.Benchmarks;

if (args is ["--profile-analyzers", ..])
{
    AnalyzerOverheadBenchmarks.Profile(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5);
    return;
}

if (args is ["--profile-trail-stages"])
{
    TrailStageProfile.Run();
    return;
}

if (args is ["--profile-trail", ..])
{
    TrailThroughputBenchmarks.Profile(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
