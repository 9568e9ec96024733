using System.Diagnostics;

namespace LawfulBasis.Cli;

/// <summary>Runs the <c>dotnet</c> CLI as a child process, for the commands that build the user's code.</summary>
internal static class DotnetProcess
{
    /// <summary>Runs <c>dotnet</c> with the arguments; each output line is also passed to <paramref name="onLine"/> as it arrives.</summary>
    /// <returns>Whether it exited with 0, and everything it printed.</returns>
    public static (bool Succeeded, string Output) Run(string directory, IEnumerable<string> arguments, Action<string>? onLine = null)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The child's console output is parsed: keep it in English and free of terminal control codes.
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["MSBUILDTERMINALLOGGER"] = "off";
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var text = new System.Text.StringBuilder();
        while (process.StandardOutput.ReadLine() is { } line)
        {
            text.AppendLine(line);
            onLine?.Invoke(line);
        }

        process.WaitForExit();
        return (process.ExitCode == 0, text.ToString() + errors.Result);
    }
}
