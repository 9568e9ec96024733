using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace LawfulBasis.Processing;

/// <summary>
/// The names OpenTelemetry listens to: <c>services.AddOpenTelemetry().WithMetrics(m =&gt; m.AddMeter(LawfulBasisTelemetry.Name))</c>
/// and <c>.WithTracing(t =&gt; t.AddSource(LawfulBasisTelemetry.Name))</c>.
/// </summary>
public static class LawfulBasisTelemetry
{
    /// <summary>The name of the meter and of the activity source: <c>LawfulBasis</c>.</summary>
    public const string Name = "LawfulBasis";

    /// <summary>The activity source LawfulBasis starts activities from (requests, erasure runs).</summary>
    public static ActivitySource ActivitySource { get; } = new(Name);

    internal static Meter Meter { get; } = new(Name);

    /// <summary>Operations the gate allowed, tagged with <c>purpose</c>.</summary>
    internal static Counter<long> Allowed { get; } =
        Meter.CreateCounter<long>("lawfulbasis.decisions.allowed", "{decision}", "Processing operations the gate allowed, by purpose.");

    /// <summary>Operations the gate denied, tagged with <c>purpose</c> and <c>reason</c>.</summary>
    internal static Counter<long> Denied { get; } =
        Meter.CreateCounter<long>("lawfulbasis.decisions.denied", "{decision}", "Processing operations the gate denied, by purpose and reason.");
}
