namespace LawfulBasis.Package.Tests;

/// <summary>Packs LawfulBasis once, with a version no cache has seen, into a folder used as a package source.</summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        Root = Directory.CreateTempSubdirectory("lawfulbasis-package-").FullName;
        Feed = Path.Combine(Root, "feed");
        Version = $"0.1.0-smoke.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";
        var pack = Dotnet.Run(
            Dotnet.RepositoryRoot(),
            "pack", "src/LawfulBasis/LawfulBasis.csproj", "-c", "Release", "-o", Feed, $"-p:Version={Version}");
        Assert.True(pack.ExitCode == 0, "dotnet pack failed:\n" + pack.Output);
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
