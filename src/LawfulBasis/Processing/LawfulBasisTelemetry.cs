using System.Diagnostics.Metrics;

namespace LawfulBasis.Processing;

/// <summary>
/// What OpenTelemetry listens to: the <c>LawfulBasis</c> meter
/// (<c>services.AddOpenTelemetry().WithMetrics(m =&gt; m.AddMeter(LawfulBasisTelemetry.Name))</c>), and a
/// <c>lawfulbasis.decision</c> event on the current activity of a traced request for every gate decision.
/// </summary>
public static class LawfulBasisTelemetry
{
    /// <summary>The name of the meter: <c>LawfulBasis</c>.</summary>
    public const string Name = "LawfulBasis";

    /// <summary>The name of the event added to the current activity for each decision.</summary>
    public const string DecisionEvent = "lawfulbasis.decision";

    internal static Meter Meter { get; } = new(Name);

    /// <summary>Operations the gate allowed, tagged with <c>purpose</c>.</summary>
    internal static Counter<long> Allowed { get; } =
        Meter.CreateCounter<long>("lawfulbasis.decisions.allowed", "{decision}", "Processing operations the gate allowed, by purpose.");

    /// <summary>Operations the gate denied, tagged with <c>purpose</c> and <c>reason</c>.</summary>
    internal static Counter<long> Denied { get; } =
        Meter.CreateCounter<long>("lawfulbasis.decisions.denied", "{decision}", "Processing operations the gate denied, by purpose and reason.");
}
