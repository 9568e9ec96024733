namespace LawfulBasis.Package.Tests;

/// <summary>
/// Builds samples/FaceSearch/Unlawful once, with the library and the analyzers it references, into an artifacts
/// folder of its own. Nothing else writes there, so the build can neither pick up an analyzer assembly another test
/// is rewriting (the solution build, a pack, the tool's <c>ropa</c> and <c>scan</c> builds) nor disturb theirs.
/// </summary>
public sealed class SeedCaseBuild : IDisposable
{
    private static readonly string Project = Path.Combine(Dotnet.RepositoryRoot(), "samples", "FaceSearch", "Unlawful", "FaceSearch.Unlawful.csproj");
    private readonly string _artifacts = Directory.CreateTempSubdirectory("lawfulbasis-seedcase-").FullName;

    public SeedCaseBuild() => AsCommitted = Run();

    /// <summary>The build of the sample as committed (its <c>.editorconfig</c> lowers LB0001 and LB0002 to warnings).</summary>
    internal Dotnet.Result AsCommitted { get; }

    /// <summary>
    /// Recompiles only the sample, against the library and analyzers this fixture built (never against outputs
    /// another test may be writing), with extra command-line arguments.
    /// </summary>
    internal Dotnet.Result Rebuild(params string[] arguments) => Run(["--no-dependencies", "--no-incremental", .. arguments]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_artifacts, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the folder is in the temp directory anyway.
        }
    }

    private Dotnet.Result Run(params string[] arguments) =>
        Dotnet.Run(Dotnet.RepositoryRoot(), ["build", Project, "-nologo", "--artifacts-path", _artifacts, .. arguments]);
}
