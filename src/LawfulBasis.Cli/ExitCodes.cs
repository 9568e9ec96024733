namespace LawfulBasis.Cli;

/// <summary>The tool's exit codes, the same for every command (documented in docs/cli.md).</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked; for verify, the chain is intact.</summary>
    public const int Success = 0;

    /// <summary>The command ran and found a problem: a broken chain, invalid declarations, overdue requests.</summary>
    public const int Problem = 1;

    /// <summary>Bad usage or unreadable input: nothing was checked.</summary>
    public const int Usage = 2;
}
