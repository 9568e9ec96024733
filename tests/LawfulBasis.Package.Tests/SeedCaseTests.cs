namespace LawfulBasis.Package.Tests;

/// <summary>The seed case in miniature (samples/FaceSearch) is caught at build time.</summary>
public sealed class SeedCaseTests
{
    private static readonly string Unlawful = Path.Combine(Dotnet.RepositoryRoot(), "samples", "FaceSearch", "Unlawful", "FaceSearch.Unlawful.csproj");

    [Fact]
    public void The_unlawful_face_search_shows_LB0001_and_LB0002()
    {
        var build = Dotnet.Run(Dotnet.RepositoryRoot(), "build", Unlawful, "--no-dependencies", "--no-incremental", "-nologo");
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Contains("warning LB0001", build.Output, StringComparison.Ordinal);
        Assert.Contains("warning LB0002", build.Output, StringComparison.Ordinal);
        Assert.Contains("'Embedding' (BiometricData) is processed for purpose 'FaceSearchService', which declares no Art. 9(2) condition", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_unlawful_face_search_fails_the_build_when_the_rules_are_errors()
    {
        var build = Dotnet.Run(Dotnet.RepositoryRoot(), "build", Unlawful, "--no-dependencies", "--no-incremental", "-nologo", "-warnAsError:LB0001;LB0002");
        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("error LB0001", build.Output, StringComparison.Ordinal);
        Assert.Contains("error LB0002", build.Output, StringComparison.Ordinal);
    }
}
