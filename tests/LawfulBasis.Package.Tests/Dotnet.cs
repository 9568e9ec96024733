using System.Diagnostics;
using System.Text;

namespace LawfulBasis.Package.Tests;

/// <summary>Runs the <c>dotnet</c> CLI and captures what it prints.</summary>
internal static class Dotnet
{
    /// <summary>What a <c>dotnet</c> command printed, and how it ended.</summary>
    public sealed record Result(string Command, int ExitCode, string Output)
    {
        /// <summary>
        /// The command, its exit code and the lines a reader needs when an assertion on the build fails: its errors
        /// and warnings (or its last lines when it printed none), not the restore chatter at the top.
        /// </summary>
        public override string ToString()
        {
            var lines = Output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var findings = lines.Where(l => l.Contains(" error ", StringComparison.Ordinal) || l.Contains(" warning ", StringComparison.Ordinal))
                .Distinct().ToArray();
            var shown = findings.Length > 0 ? findings : lines.TakeLast(30).ToArray();
            return $"dotnet {Command} exited with {ExitCode}:\n{string.Join('\n', shown)}";
        }
    }

    public static Result Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The consumer must not inherit this test run's MSBuild state.
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBuildSDKsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        // Output is asserted on: English, and no terminal logger rewriting lines.
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["MSBUILDTERMINALLOGGER"] = "off";

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} did not finish in 10 minutes:\n{output}");
        }

        process.WaitForExit();
        return new Result(string.Join(' ', arguments), process.ExitCode, output.ToString());
    }

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "LawfulBasis.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("LawfulBasis.sln not found above " + AppContext.BaseDirectory);
    }
}
