namespace LawfulBasis;

/// <summary>
/// Thrown when personal-data or purpose declarations break GDPR rules. Lists every problem at once, so one build of
/// the catalog shows everything to fix.
/// </summary>
public sealed class InvalidDeclarationsException : Exception
{
    /// <summary>Creates the exception for a set of problems.</summary>
    /// <param name="problems">The problems found; at least one.</param>
    public InvalidDeclarationsException(IReadOnlyList<DeclarationProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<DeclarationProblem> Problems { get; }

    private static string Describe(IReadOnlyList<DeclarationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var heading = problems.Count == 1
            ? "1 processing declaration breaks a GDPR rule:"
            : $"{problems.Count} processing declarations break GDPR rules:";
        return heading + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p));
    }
}
