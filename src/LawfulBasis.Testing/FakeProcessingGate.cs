using System.Runtime.CompilerServices;
using LawfulBasis.Processing;
using LawfulBasis.Shared;

namespace LawfulBasis.Testing;

/// <summary>
/// A processing gate for tests of code that calls <see cref="IProcessingGate"/>: its decisions are scripted
/// (<see cref="Allow{TPurpose}"/>, <see cref="Deny{TPurpose}"/>, <see cref="DenyAll"/>) and every question it is asked is
/// recorded (<see cref="Calls"/>), so a test can make the gate refuse and check what the code did, and check which
/// purpose, subject and operation the code asked about.
/// </summary>
/// <remarks>
/// <para>
/// It applies no GDPR rule itself: when no script matches, a declared purpose is allowed, and a type that is not a
/// declared purpose is denied with <see cref="DenialReason.UndeclaredPurpose"/>, as the real gate denies it. To test the
/// rules themselves (consent, objection, restriction, retention), use the real gate from <c>AddLawfulBasis</c>.
/// </para>
/// <para>Scripts are matched newest first, so a later script overrides an earlier one. Thread-safe.</para>
/// </remarks>
public sealed class FakeProcessingGate : IProcessingGate
{
    private readonly object _gate = new();
    private readonly List<Script> _scripts = [];
    private readonly List<FakeGateCall> _calls = [];
    private readonly PurposeLookup _purposes;
    private readonly TimeProvider _time;
    private readonly FakeAuditTrail? _trail;

    /// <summary>Creates a gate that allows every declared purpose until scripted otherwise.</summary>
    /// <param name="catalog">Where purposes are looked up; when null, each purpose type's own assembly is read (once).</param>
    /// <param name="timeProvider">Stamps <see cref="FakeGateCall.Time"/>; the system clock when null.</param>
    /// <param name="trail">When given, each decision is also recorded there, as the real gate records it.</param>
    public FakeProcessingGate(ProcessingCatalog? catalog = null, TimeProvider? timeProvider = null, FakeAuditTrail? trail = null)
    {
        _purposes = new PurposeLookup(catalog);
        _time = timeProvider ?? TimeProvider.System;
        _trail = trail;
    }

    /// <summary>Every call, oldest first (a snapshot).</summary>
    public IReadOnlyList<FakeGateCall> Calls
    {
        get
        {
            lock (_gate)
            {
                return [.. _calls];
            }
        }
    }

    /// <summary>The latest call, or null when the gate was not asked yet.</summary>
    public FakeGateCall? LastCall
    {
        get
        {
            lock (_gate)
            {
                return _calls.Count == 0 ? null : _calls[^1];
            }
        }
    }

    /// <summary>The calls about one subject, oldest first.</summary>
    /// <param name="subjectId">The data subject.</param>
    /// <returns>The calls.</returns>
    public IReadOnlyList<FakeGateCall> CallsFor(string subjectId)
    {
        lock (_gate)
        {
            return [.. _calls.Where(c => c.SubjectId == subjectId)];
        }
    }

    /// <summary>The calls naming <typeparamref name="TPurpose"/>, oldest first.</summary>
    /// <typeparam name="TPurpose">The purpose type.</typeparam>
    /// <returns>The calls.</returns>
    public IReadOnlyList<FakeGateCall> CallsFor<TPurpose>()
    {
        lock (_gate)
        {
            return [.. _calls.Where(c => c.PurposeType == typeof(TPurpose))];
        }
    }

    /// <summary>Allows operations under <typeparamref name="TPurpose"/>, for one subject or all, one operation or all.</summary>
    /// <typeparam name="TPurpose">The purpose type.</typeparam>
    /// <param name="subjectId">The subject, or null for every subject.</param>
    /// <param name="operation">The operation, or null for every operation.</param>
    /// <returns>This gate, to chain scripts.</returns>
    public FakeProcessingGate Allow<TPurpose>(string? subjectId = null, ProcessingOperation? operation = null) =>
        Add(new Script(typeof(TPurpose), subjectId, operation, DenialReason.None, null));

    /// <summary>Denies operations under <typeparamref name="TPurpose"/> with <paramref name="reason"/>, for one subject or all, one operation or all.</summary>
    /// <typeparam name="TPurpose">The purpose type.</typeparam>
    /// <param name="reason">Why: the decision's <see cref="ProcessingDecision.Reason"/>; its article is the one the real gate gives.</param>
    /// <param name="subjectId">The subject, or null for every subject.</param>
    /// <param name="operation">The operation, or null for every operation.</param>
    /// <param name="explanation">The decision's explanation; a default naming the reason when null.</param>
    /// <returns>This gate, to chain scripts.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is <see cref="DenialReason.None"/> or not a reason.</exception>
    public FakeProcessingGate Deny<TPurpose>(DenialReason reason, string? subjectId = null, ProcessingOperation? operation = null, string? explanation = null) =>
        Add(new Script(typeof(TPurpose), subjectId, operation, RequireDenial(reason), explanation));

    /// <summary>Denies every purpose with <paramref name="reason"/>, for one subject or all (for example an erased subject).</summary>
    /// <param name="reason">Why.</param>
    /// <param name="subjectId">The subject, or null for every subject.</param>
    /// <param name="explanation">The decision's explanation; a default naming the reason when null.</param>
    /// <returns>This gate, to chain scripts.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is <see cref="DenialReason.None"/> or not a reason.</exception>
    public FakeProcessingGate DenyAll(DenialReason reason, string? subjectId = null, string? explanation = null) =>
        Add(new Script(null, subjectId, null, RequireDenial(reason), explanation));

    /// <summary>Allows every purpose, for one subject or all, overriding earlier denials.</summary>
    /// <param name="subjectId">The subject, or null for every subject.</param>
    /// <returns>This gate, to chain scripts.</returns>
    public FakeProcessingGate AllowAll(string? subjectId = null) => Add(new Script(null, subjectId, null, DenialReason.None, null));

    /// <summary>Forgets the recorded calls; the scripts stay.</summary>
    public void ClearCalls()
    {
        lock (_gate)
        {
            _calls.Clear();
        }
    }

    /// <summary>Forgets the scripts: every declared purpose is allowed again.</summary>
    public void ClearScripts()
    {
        lock (_gate)
        {
            _scripts.Clear();
        }
    }

    /// <inheritdoc />
    public ProcessingDecision Begin<TPurpose>(
        string subjectId,
        ProcessingOperation operation,
        ProcessingContext context = default,
        [CallerMemberName] string member = "",
        [CallerFilePath] string file = "",
        [CallerLineNumber] int line = 0)
    {
        var decision = Decide(typeof(TPurpose), subjectId, operation, context, member, file, line, throws: true);
        return decision.IsAllowed ? decision : throw new ProcessingDeniedException(decision);
    }

    /// <inheritdoc />
    public bool TryBegin<TPurpose>(
        string subjectId,
        ProcessingOperation operation,
        out ProcessingDecision decision,
        ProcessingContext context = default,
        [CallerMemberName] string member = "",
        [CallerFilePath] string file = "",
        [CallerLineNumber] int line = 0)
    {
        decision = Decide(typeof(TPurpose), subjectId, operation, context, member, file, line, throws: false);
        return decision.IsAllowed;
    }

    /// <summary>The article the real gate gives for a denial reason (its most common one where it gives several).</summary>
    internal static string ArticleOf(DenialReason reason) => reason switch
    {
        DenialReason.UndeclaredPurpose => "Art. 6(1)",
        DenialReason.NoConsent => "Art. 6(1)(a)",
        DenialReason.ConsentWithdrawn => "Art. 7(3)",
        DenialReason.ConsentNotExplicit => "Art. 9(2)(a)",
        DenialReason.Objection => "Art. 21(1)",
        DenialReason.DirectMarketingObjection => "Art. 21(3)",
        DenialReason.Restricted => "Art. 18(2)",
        DenialReason.RetentionExpired => "Art. 5(1)(e)",
        DenialReason.Erased => "Art. 17(1)",
        DenialReason.LegalHold => "Art. 17(3)(e)",
        _ => "Art. 6(1)",
    };

    private ProcessingDecision Decide(Type purposeType, string subjectId, ProcessingOperation operation, ProcessingContext context, string member, string file, int line, bool throws)
    {
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        var purpose = _purposes.Find(purposeType);
        ProcessingDecision decision;
        lock (_gate)
        {
            var script = _scripts.LastOrDefault(s => s.Matches(purposeType, subjectId, operation));
            decision = script switch
            {
                { Reason: not DenialReason.None } denial => new ProcessingDecision(purpose, operation, denial.Reason,
                    denial.Explanation ?? $"Denied by the fake gate's script: {denial.Reason}", ArticleOf(denial.Reason)),
                null when purpose is null => new ProcessingDecision(null, operation, DenialReason.UndeclaredPurpose,
                    $"`{purposeType.Name}` is not a declared purpose, so the processing has no lawful basis", ArticleOf(DenialReason.UndeclaredPurpose)),
                _ => new ProcessingDecision(purpose, operation, DenialReason.None,
                    purpose is null ? $"`{purposeType.Name}` allowed by the fake gate's script" : $"{purpose.Basis} purpose `{purpose.Name}`",
                    purpose is null ? "Art. 6(1)" : PurposeRules.ArticleOf(purpose.Basis)),
            };
            _calls.Add(new FakeGateCall(purposeType, subjectId, operation, context, decision, _time.GetUtcNow(), member, file, line, throws && !decision.IsAllowed));
        }

        _trail?.Record(subjectId, "Decision", decision.Explanation, decision.Article, purpose?.Name ?? purposeType.Name, operation.ToString(),
            decision.IsAllowed ? "Allowed" : decision.Reason.ToString());
        return decision;
    }

    private FakeProcessingGate Add(Script script)
    {
        lock (_gate)
        {
            _scripts.Add(script);
        }

        return this;
    }

    private static DenialReason RequireDenial(DenialReason reason) =>
        reason is not DenialReason.None && Enum.IsDefined(reason)
            ? reason
            : throw new ArgumentOutOfRangeException(nameof(reason), reason, "Deny with a reason the real gate gives (NoConsent, Objection, Restricted, …); to allow, call Allow or AllowAll.");

    /// <summary>One scripted answer: null fields match anything.</summary>
    private sealed record Script(Type? Purpose, string? SubjectId, ProcessingOperation? Operation, DenialReason Reason, string? Explanation)
    {
        public bool Matches(Type purpose, string subjectId, ProcessingOperation operation) =>
            (Purpose is null || Purpose == purpose) && (SubjectId is null || SubjectId == subjectId) && (Operation is null || Operation == operation);
    }
}
