using System.Diagnostics;
using System.Runtime.CompilerServices;
using Snapshooter;
using Snapshooter.Xunit;

namespace LawfulBasis.Cli.Tests;

/// <summary>Runs the tool in-process, as a user would from a shell, and names snapshots and folders the tests use.</summary>
internal static class CliHarness
{
    public static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var exit = CliApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Runs the tool in-process as if ^C had been pressed as soon as it started (its token cancelled).</summary>
    public static (int Exit, string Output, string Error) RunInterrupted(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var exit = CliApp.Run(args, output, error, new CancellationToken(canceled: true));
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>
    /// Runs the tool in a process of its own, as a DPO runs it. Needed when the test itself opens a file the application
    /// opens with native code: in-process, the tool loads the application's own copy of that native library (SQLite) beside
    /// the test's, and two copies of SQLite in one process corrupt each other's view of one database (POSIX locks belong
    /// to the process, so neither copy sees the other; https://sqlite.org/howtocorrupt.html, section 2.2).
    /// </summary>
    public static (int Exit, string Output, string Error) RunProcess(params string[] args) => RunProcessIn(Directory.GetCurrentDirectory(), args);

    /// <summary>Runs the tool in a process of its own from <paramref name="folder"/>, as a DPO runs it from a shell in that folder.</summary>
    public static (int Exit, string Output, string Error) RunProcessIn(string folder, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = folder };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "LawfulBasis.Cli.dll"));
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }

    /// <summary>Snapshots named explicitly: CI builds map source paths, which Snapshooter's own lookup relies on.</summary>
    public static void MatchSnapshot(object value, string testClass, [CallerMemberName] string test = "") =>
        Snapshot.Match(value, new SnapshotFullName($"{testClass}.{test}.snap", FolderAbove("LawfulBasis.Cli.Tests.csproj")));

    /// <summary>Clinic.dll in the sample's build output, of the configuration these tests were built in.</summary>
    public static string ClinicAssembly
    {
        get
        {
            var configuration = Path.GetFileName(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)))!; // bin/<Configuration>/net10.0/
            return Path.Combine(RepositoryRoot(), "samples", "Clinic", "bin", configuration, "net10.0", "Clinic.dll");
        }
    }

    /// <summary>
    /// A folder to run the Clinic from, as <c>samples/Clinic</c> is for <c>dotnet run</c>: its settings, and the data/
    /// folder its tool host creates. Delete it when done.
    /// </summary>
    public static string NewClinicFolder()
    {
        var folder = Directory.CreateTempSubdirectory("lawfulbasis-clinic-tool-").FullName;
        File.Copy(Path.Combine(RepositoryRoot(), "samples", "Clinic", "appsettings.json"), Path.Combine(folder, "appsettings.json"));
        return folder;
    }

    /// <summary>The repository's root folder (where LawfulBasis.sln is).</summary>
    public static string RepositoryRoot() => FolderAbove("LawfulBasis.sln");

    private static string FolderAbove(string marker)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, marker)))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"{marker} not found above {AppContext.BaseDirectory}");
    }
}
