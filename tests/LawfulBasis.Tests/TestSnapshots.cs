using System.Runtime.CompilerServices;
using Snapshooter;
using Snapshooter.Xunit;

namespace LawfulBasis.Tests;

/// <summary>
/// Snapshots named explicitly, in this project's <c>__snapshots__</c> folder. Snapshooter's own lookup reads the source
/// path from the stack trace, and CI builds (ContinuousIntegrationBuild) map source paths to <c>/_/</c>, where no
/// snapshot exists.
/// </summary>
internal static class TestSnapshots
{
    private static readonly Lazy<string> ProjectFolder = new(() =>
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "LawfulBasis.Tests.csproj")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("LawfulBasis.Tests.csproj not found above " + AppContext.BaseDirectory);
    });

    public static void Match(object value, string testClass, [CallerMemberName] string test = "") =>
        Snapshot.Match(value, new SnapshotFullName($"{testClass}.{test}.snap", ProjectFolder.Value));
}
