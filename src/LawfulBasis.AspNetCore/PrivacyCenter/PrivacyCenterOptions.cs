using LawfulBasis.Processing;

namespace LawfulBasis.AspNetCore;

/// <summary>
/// What the privacy center needs from the host: where the signed-in data subject's id is, which policy admits the DPO,
/// which declared purpose the center's own processing serves, and how fast requests may arrive. Nothing has a default
/// that could expose someone's data: a center without a subject claim, a DPO policy or a purpose is not mapped.
/// </summary>
public sealed class PrivacyCenterOptions
{
    private Func<IProcessingGate, string, ProcessingOperation, ProcessingContext, string, string, int, ProcessingDecision>? _decide;

    /// <summary>
    /// The claim of the signed-in user that holds their data-subject id (for example <c>sub</c>). The subject pages read
    /// the id from this claim only, never from a form field, a query string or a route value.
    /// </summary>
    public string? SubjectClaim { get; set; }

    /// <summary>The authorization policy that admits the DPO to the DPO pages (for example one requiring the <c>dpo</c> role). Required.</summary>
    public string? DpoPolicy { get; set; }

    /// <summary>
    /// The kind of data subject whose privacy notice the subject pages show (a <c>[DataSubject]</c> name, for example
    /// <c>patient</c>). Unused when the host registers a <see cref="Notice.PrivacyNotice"/> itself; otherwise required
    /// when the declarations name several kinds.
    /// </summary>
    public string? DataSubject { get; set; }

    /// <summary>
    /// How many requests (access, erasure, …) one subject may file within <see cref="IntakeWindow"/> before the center
    /// answers 429; 10 by default. This slows automated floods only: a person may exercise their rights as often as they
    /// wish (Art. 12(5) lets the controller refuse manifestly excessive requests, with proof, not cap them).
    /// </summary>
    public int IntakePermitLimit { get; set; } = 10;

    /// <summary>The window <see cref="IntakePermitLimit"/> counts over; one hour by default.</summary>
    public TimeSpan IntakeWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The purpose type the center's own processing is recorded under, or null when none is named yet.</summary>
    public Type? RequestsPurpose { get; private set; }

    /// <summary>
    /// Names the declared purpose the center's processing serves — answering requests and recording privacy choices,
    /// usually <see cref="LegalBasis.LegalObligation"/> with GDPR Art. 12 as its legal reference. Every page shown and
    /// every action taken goes through the processing gate under this purpose, so it is in the audit trail like any
    /// other processing, with the center's code site.
    /// </summary>
    /// <typeparam name="TPurpose">A purpose type declared with <see cref="PurposeAttribute"/> and in the catalog.</typeparam>
    /// <returns>The options.</returns>
    public PrivacyCenterOptions RecordUnder<TPurpose>()
    {
        RequestsPurpose = typeof(TPurpose);
        _decide = static (gate, subject, operation, context, member, file, line) =>
        {
            gate.TryBegin<TPurpose>(subject, operation, out var decision, context, member, file, line);
            return decision;
        };
        return this;
    }

    /// <summary>Decides and records one of the center's operations under the named purpose.</summary>
    internal ProcessingDecision Decide(IProcessingGate gate, string subjectId, ProcessingOperation operation, ProcessingContext context, string member, string file, int line) =>
        (_decide ?? throw new InvalidOperationException("No purpose named for the privacy center."))(gate, subjectId, operation, context, member, file, line);
}
