using BenchmarkDotNet.Running;
using LawfulBasis.Benchmarks;

if (args is ["--profile-analyzers", ..])
{
    // --profile-analyzers [ROUNDS [TYPES]]: fewer types for a quick look on a loaded machine (the cold cost is per build).
    AnalyzerOverheadBenchmarks.Profile(
        args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5,
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1000);
    return;
}

if (args is ["--write-build-project", var directory])
{
    // BuildOverheadBenchmarks' project, for timing builds by hand (dotnet build -p:WithLawfulBasisAnalyzers=true).
    BuildOverheadBenchmarks.WriteProject(Directory.CreateDirectory(directory).FullName);
    return;
}

if (args is ["--profile-trail-stages"])
{
    TrailStageProfile.Run();
    return;
}

if (args is ["--profile-trail", ..])
{
    // --profile-trail [rounds] [queue capacity]
    TrailThroughputBenchmarks.Profile(
        args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5,
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : null);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
