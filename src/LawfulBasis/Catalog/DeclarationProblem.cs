namespace LawfulBasis;

/// <summary>One declaration that the GDPR does not allow, found while building a <see cref="ProcessingCatalog"/>.</summary>
/// <param name="Rule">A stable name for the rule, for example <c>LegitimateInterestsWithoutAssessment</c>.</param>
/// <param name="Article">The article the rule enforces, for example <c>Art. 6(1)(f)</c>.</param>
/// <param name="Location">Where the declaration is: a type or member name.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
public sealed record DeclarationProblem(string Rule, string Article, string Location, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Location}: {Message}";
}
