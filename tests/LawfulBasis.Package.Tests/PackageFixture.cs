namespace LawfulBasis.Package.Tests;

/// <summary>
/// Packs LawfulBasis once, with a version no cache has seen, into a folder used as a package source. The pack builds
/// into its own artifacts folder, so it neither reads nor rewrites the outputs other tests (or the tool's own
/// <c>ropa</c> builds) use in the repository's bin and obj folders at the same time.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        Root = Directory.CreateTempSubdirectory("lawfulbasis-package-").FullName;
        Feed = Path.Combine(Root, "feed");
        Version = $"0.1.0-smoke.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";
        var pack = Dotnet.Run(
            Dotnet.RepositoryRoot(),
            "pack", "src/LawfulBasis/LawfulBasis.csproj", "-c", "Release", "-o", Feed, $"-p:Version={Version}",
            "--artifacts-path", Path.Combine(Root, "artifacts"));
        Assert.True(pack.ExitCode == 0, pack.ToString());
        Package = Path.Combine(Feed, $"LawfulBasis.{Version}.nupkg");
        Assert.True(File.Exists(Package), $"no {Package}:\n{pack.Output}");
    }

    public string Root { get; }
    public string Feed { get; }
    public string Version { get; }
    public string Package { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the folder is in the temp directory anyway.
        }
    }
}
