namespace LawfulBasis.Processing;

/// <summary>
/// The gate's answer for one operation: allowed, or denied with the reason and the article. A value type, so deciding
/// allocates nothing.
/// </summary>
public readonly struct ProcessingDecision : IEquatable<ProcessingDecision>
{
    internal ProcessingDecision(PurposeDeclaration? purpose, ProcessingOperation operation, DenialReason reason, string explanation, string article)
    {
        Purpose = purpose;
        Operation = operation;
        Reason = reason;
        Explanation = explanation;
        Article = article;
    }

    /// <summary>The purpose the operation was for; null when the purpose is not declared.</summary>
    public PurposeDeclaration? Purpose { get; }

    /// <summary>The operation.</summary>
    public ProcessingOperation Operation { get; }

    /// <summary>Whether the operation may go ahead.</summary>
    public bool IsAllowed => Reason == DenialReason.None;

    /// <summary>Why it was denied, or <see cref="DenialReason.None"/>.</summary>
    public DenialReason Reason { get; }

    /// <summary>The decision in words, naming the basis or what is missing.</summary>
    public string Explanation { get; }

    /// <summary>The article the decision rests on, for example <c>Art. 6(1)(b)</c> or <c>Art. 7(3)</c>.</summary>
    public string Article { get; }

    /// <inheritdoc />
    public bool Equals(ProcessingDecision other) =>
        Purpose == other.Purpose && Operation == other.Operation && Reason == other.Reason;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ProcessingDecision other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Purpose, Operation, Reason);

    /// <inheritdoc />
    public override string ToString() => $"{(IsAllowed ? "Allowed" : "Denied")}: {Explanation} ({Article})";

    /// <summary>Compares two decisions.</summary>
    public static bool operator ==(ProcessingDecision left, ProcessingDecision right) => left.Equals(right);

    /// <summary>Compares two decisions.</summary>
    public static bool operator !=(ProcessingDecision left, ProcessingDecision right) => !left.Equals(right);
}
