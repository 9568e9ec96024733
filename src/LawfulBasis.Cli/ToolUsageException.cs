namespace LawfulBasis.Cli;

/// <summary>Input the tool cannot work with; the message is the one line printed before exiting with <see cref="ExitCodes.Usage"/>.</summary>
internal sealed class ToolUsageException(string message) : Exception(message);
