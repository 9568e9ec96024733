namespace LawfulBasis.Processing;

/// <summary>Thrown by <see cref="IProcessingGate.Begin{TPurpose}"/> when the operation is not lawful now.</summary>
public sealed class ProcessingDeniedException : Exception
{
    /// <summary>Creates the exception for a denied decision.</summary>
    /// <param name="decision">The decision.</param>
    public ProcessingDeniedException(ProcessingDecision decision)
        : base($"{decision.Operation} for purpose `{decision.Purpose?.Name ?? "?"}` was denied: {decision.Explanation} ({decision.Article}).")
    {
        Decision = decision;
    }

    /// <summary>The decision, with the reason and the article.</summary>
    public ProcessingDecision Decision { get; }
}
