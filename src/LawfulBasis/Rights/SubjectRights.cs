using LawfulBasis.Audit;
using LawfulBasis.Registers;
using LawfulBasis.Ropa;
using LawfulBasis.Shared;

namespace LawfulBasis.Rights;

/// <summary>Answers subject requests: Art. 15 items from the declarations, copies from the sources, history from the trail.</summary>
internal sealed class SubjectRights : ISubjectRights
{
    private const string Complaint =
        "You have the right to lodge a complaint with a supervisory authority, in particular in the Member State of your habitual residence, place of work or place of the alleged infringement (Art. 77).";

    private readonly ProcessingCatalog _catalog;
    private readonly IReadOnlyList<ISubjectDataSource> _sources;
    private readonly RequestLedger _ledger;
    private readonly AuditTrail _trail;
    private readonly IRestrictionRegister _restrictions;
    private readonly IObjectionRegister _objections;
    private readonly ErasureRegister _erasures;
    private readonly TimeProvider _time;

    public SubjectRights(
        ProcessingCatalog catalog,
        IEnumerable<ISubjectDataSource> sources,
        RequestLedger ledger,
        AuditTrail trail,
        IRestrictionRegister restrictions,
        IObjectionRegister objections,
        ErasureRegister erasures,
        TimeProvider time)
    {
        _catalog = catalog;
        _sources = [.. sources.OrderBy(s => s.Name, StringComparer.Ordinal)];
        _ledger = ledger;
        _trail = trail;
        _restrictions = restrictions;
        _objections = objections;
        _erasures = erasures;
        _time = time;
    }

    public async Task<AccessReport> AccessAsync(Guid requestId, CancellationToken cancellationToken = default)
    {
        var request = Answerable(requestId, SubjectRequestKind.Access);
        var copies = await CopiesAsync(request.SubjectId, _sources, cancellationToken).ConfigureAwait(false);
        var history = await _trail.HistoryAsync(request.SubjectId, cancellationToken).ConfigureAwait(false);

        var purposes = copies.Where(c => c.Records.Count > 0)
            .SelectMany(c => PurposesOf(_sources.First(s => s.Name == c.Source).DataType))
            .Concat(history.Select(h => h.Purpose).OfType<string>().Select(id => _catalog.Purposes.FirstOrDefault(p => p.Id == id)).OfType<PurposeDeclaration>())
            .Distinct()
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToArray();

        var report = new AccessReport(
            requestId,
            request.SubjectId,
            _time.GetUtcNow(),
            _catalog.Controller,
            [.. purposes.Select(Describe)],
            [.. purposes.SelectMany(p => p.Categories).Distinct().OrderBy(c => c.Name, StringComparer.Ordinal)],
            [.. purposes.SelectMany(p => p.Transfers).Distinct().OrderBy(t => t.Country, StringComparer.Ordinal)],
            RightsFor(purposes),
            Complaint,
            copies,
            history);
        _ledger.Complete(requestId, $"Access report sent: {purposes.Length} purposes, {copies.Sum(c => c.Records.Count)} records from {copies.Count} sources, {history.Count} history entries.");
        return report;
    }

    public async Task<PortabilityExport> PortabilityAsync(Guid requestId, CancellationToken cancellationToken = default)
    {
        var request = Answerable(requestId, SubjectRequestKind.Portability);
        var portable = _sources.Where(s =>
            s.Provenance is DataProvenance.ProvidedBySubject or DataProvenance.ObservedFromSubject
            && PurposesOf(s.DataType).Any(p => p.Basis is LegalBasis.Consent or LegalBasis.Contract));
        var copies = await CopiesAsync(request.SubjectId, portable, cancellationToken).ConfigureAwait(false);
        _ledger.Complete(requestId, $"Portability export sent: {copies.Sum(c => c.Records.Count)} records from {copies.Count} sources (Art. 20).");
        return new PortabilityExport(requestId, request.SubjectId, _time.GetUtcNow(), copies);
    }

    public ErasurePlan PlanErasure(string subjectId)
    {
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        var now = _time.GetUtcNow();
        var steps = new List<ErasureStep>();
        foreach (var source in _sources)
        {
            var keeping = PurposesOf(source.DataType).Select(p => (Purpose: p, Exception: ExceptionOf(p))).Where(x => x.Exception is not null).ToArray();
            if (keeping.Length == 0)
            {
                steps.Add(new ErasureStep(source.Name, source.DataType.Name, ErasureDecision.Erase, "Art. 17(1)",
                    "No purpose requires keeping this data.", null));
                continue;
            }

            var retention = keeping.Select(k => k.Purpose.Retention).OfType<RetentionPeriod>().Select(r => r.AddTo(now)).DefaultIfEmpty().Max();
            var (article, why) = keeping[0].Exception!.Value;
            steps.Add(new ErasureStep(source.Name, source.DataType.Name, ErasureDecision.Retain, article,
                $"Kept for {string.Join(", ", keeping.Select(k => $"`{k.Purpose.Name}`"))}: {why}.", retention == default ? null : retention));
        }

        return new ErasurePlan(subjectId, now, steps);
    }

    public async Task<ErasureReceipt> EraseAsync(Guid requestId, CancellationToken cancellationToken = default)
    {
        var request = Answerable(requestId, SubjectRequestKind.Erasure);
        var plan = PlanErasure(request.SubjectId);
        var results = new List<ErasureStepResult>();
        foreach (var step in plan.Steps)
        {
            if (step.Decision == ErasureDecision.Retain)
            {
                // A receipt that says "retained" must mean something is kept: ask the source (retaining needs no answer from it).
                var until = step.RetainUntil is { } end ? $" until {end:yyyy-MM-dd} at the latest" : string.Empty;
                var retained = $"Retained{until} ({step.Article}): {step.Reason}";
                try
                {
                    var held = await _sources.First(s => s.Name == step.Source).FindAsync(request.SubjectId, cancellationToken).ConfigureAwait(false);
                    retained = held.Count == 0 ? $"Nothing was held (it would have been retained under {step.Article})." : retained;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    retained += $" (Whether anything is held could not be checked: {e.Message}.)";
                }

                results.Add(new ErasureStepResult(step.Source, step.Decision, true, retained));
                continue;
            }

            if (request.CompletedSources.Contains(step.Source))
            {
                results.Add(new ErasureStepResult(step.Source, step.Decision, true, "Erased in an earlier run."));
                continue;
            }

            try
            {
                var outcome = await _sources.First(s => s.Name == step.Source).EraseAsync(request.SubjectId, cancellationToken).ConfigureAwait(false);
                request = _ledger.MarkSourceDone(requestId, step.Source);
                results.Add(new ErasureStepResult(step.Source, step.Decision, true, outcome switch
                {
                    ErasureOutcome.Anonymised => "Anonymised irreversibly.",
                    ErasureOutcome.NothingHeld => "Nothing was held.",
                    _ => "Erased.",
                }));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                results.Add(new ErasureStepResult(step.Source, step.Decision, false, $"Failed ({e.Message}); the request stays open and a re-run retries this source."));
            }
        }

        var complete = results.All(r => r.Done);
        string? shredded = null;
        if (complete && request.Status == RequestStatus.Open) // a completed request run again changes nothing
        {
            shredded = await _trail.ForgetAsync(request.SubjectId, cancellationToken).ConfigureAwait(false);
            var retained = plan.Steps.Where(s => s.Decision == ErasureDecision.Retain)
                .SelectMany(s => PurposesOf(_sources.First(x => x.Name == s.Source).DataType).Where(p => ExceptionOf(p) is not null))
                .Select(p => p.Id).Distinct().ToArray();
            _erasures.Add(new ErasureRecord(request.SubjectId, _time.GetUtcNow(), retained));
            var trail = shredded is null ? "No audit pseudonym key existed." : "The audit pseudonym key was destroyed.";
            _ledger.Complete(requestId, string.Join(" ", results.Select(r => $"{r.Source}: {r.Outcome}").Append(trail)));
        }

        return new ErasureReceipt(requestId, request.SubjectId, _time.GetUtcNow(), complete, results, shredded);
    }

    public SubjectRequest Restrict(Guid requestId, RestrictionGround ground)
    {
        var request = Answerable(requestId, SubjectRequestKind.Restriction, needsVerifiedIdentity: false);
        _restrictions.Restrict(request.SubjectId, ground);
        return _ledger.Complete(requestId, $"Processing restricted on ground Art. 18(1)({(char)('a' + (int)ground)}); only storage is allowed.");
    }

    public SubjectRequest RecordObjection(Guid requestId, PurposeDeclaration? purpose)
    {
        var request = Answerable(requestId, SubjectRequestKind.Objection, needsVerifiedIdentity: false);
        _objections.Raise(request.SubjectId, purpose);
        return _ledger.Complete(requestId, purpose is null ? "Objection recorded for every purpose open to objection (Art. 21)." : $"Objection to `{purpose.Name}` recorded (Art. 21).");
    }

    /// <summary>The Art. 17(3) exception a purpose's declaration gives, if any.</summary>
    private static (string Article, string Why)? ExceptionOf(PurposeDeclaration purpose) => purpose switch
    {
        { Basis: LegalBasis.LegalObligation } => ("Art. 17(3)(b)", $"a legal obligation requires it ({purpose.LegalReference})"),
        { Basis: LegalBasis.PublicTask } => ("Art. 17(3)(b)", $"a task in the public interest requires it ({purpose.LegalReference})"),
        { Condition: SpecialCategoryCondition.LegalClaims } => ("Art. 17(3)(e)", "it is needed for legal claims"),
        { Condition: SpecialCategoryCondition.PublicHealth or SpecialCategoryCondition.HealthOrSocialCare } =>
            ("Art. 17(3)(c)", "public interest in the area of public health requires it (Art. 9(2)(h), (i))"),
        { Condition: SpecialCategoryCondition.ArchivingResearchStatistics } => ("Art. 17(3)(d)", "archiving, research or statistics under Art. 89(1) require it"),
        _ => null,
    };

    private IEnumerable<PurposeDeclaration> PurposesOf(Type dataType) =>
        _catalog.DataTypes.Where(t => t.Type == dataType).SelectMany(t => t.Purposes.Concat(t.Members.SelectMany(m => m.Purposes))).Distinct();

    private static AccessPurpose Describe(PurposeDeclaration purpose) =>
        new(purpose.Name, purpose.Description, purpose.Basis, PurposeRules.ArticleOf(purpose.Basis), purpose.Condition,
            purpose.Recipients, RopaWording.Retention(purpose), purpose.AutomatedDecision);

    /// <summary>The rights of Art. 15(1)(e) and 16–22, derived from the bases of the purposes.</summary>
    private static List<SubjectRight> RightsFor(IReadOnlyList<PurposeDeclaration> purposes)
    {
        string[] Names(Func<PurposeDeclaration, bool> applies) => [.. purposes.Where(applies).Select(p => p.Name)];
        var rights = new List<SubjectRight>
        {
            new("Access", "Art. 15", [], null),
            new("Rectification", "Art. 16", [], null),
            new("Restriction of processing", "Art. 18", [], null),
        };

        var erasable = Names(p => ExceptionOf(p) is null);
        if (erasable.Length > 0)
        {
            rights.Add(new SubjectRight("Erasure", "Art. 17", erasable, Names(p => ExceptionOf(p) is not null) is { Length: > 0 } kept
                ? $"Data kept for {string.Join(", ", kept)} is retained under an Art. 17(3) exception." : null));
        }

        if (Names(p => p.Basis is LegalBasis.Consent or LegalBasis.Contract) is { Length: > 0 } portable)
        {
            rights.Add(new SubjectRight("Data portability", "Art. 20", portable, "Data you provided, processed by automated means."));
        }

        if (Names(p => p.Basis is LegalBasis.LegitimateInterests or LegalBasis.PublicTask || p.IsDirectMarketing) is { Length: > 0 } objectable)
        {
            rights.Add(new SubjectRight("Objection", "Art. 21", objectable, Names(p => p.IsDirectMarketing) is { Length: > 0 } marketing
                ? $"An objection to direct marketing ({string.Join(", ", marketing)}) is always upheld (Art. 21(3))." : null));
        }

        if (Names(p => p.Basis == LegalBasis.Consent) is { Length: > 0 } consented)
        {
            rights.Add(new SubjectRight("Withdrawal of consent", "Art. 7(3)", consented, "At any time, as easily as it was given; it does not affect earlier processing."));
        }

        if (Names(p => p.AutomatedDecision is not null) is { Length: > 0 } automated)
        {
            rights.Add(new SubjectRight("Human intervention in automated decisions", "Art. 22(3)", automated, "You may obtain human intervention, express your view and contest the decision."));
        }

        return rights;
    }

    private SubjectRequest Answerable(Guid requestId, SubjectRequestKind kind, bool needsVerifiedIdentity = true)
    {
        var request = _ledger.Get(requestId);
        if (request.Kind != kind)
        {
            throw new InvalidOperationException($"Request {requestId} is a {request.Kind} request, not {kind}.");
        }

        if (request.Status != RequestStatus.Open && !(kind == SubjectRequestKind.Erasure && request.Status == RequestStatus.Completed))
        {
            throw new InvalidOperationException($"Request {requestId} is already {request.Status.ToString().ToLowerInvariant()}.");
        }

        if (needsVerifiedIdentity && request.Identity != IdentityVerification.Verified)
        {
            throw new InvalidOperationException(
                $"Verify the requester's identity first (Art. 12(6)): request {requestId} is {request.Identity.ToString().ToLowerInvariant()}. Answering the wrong person would itself be a breach.");
        }

        return request;
    }

    private static async Task<List<SourceCopy>> CopiesAsync(string subjectId, IEnumerable<ISubjectDataSource> sources, CancellationToken cancellationToken)
    {
        var copies = new List<SourceCopy>();
        foreach (var source in sources)
        {
            var records = await source.FindAsync(subjectId, cancellationToken).ConfigureAwait(false);
            copies.Add(new SourceCopy(source.Name, source.DataType.Name, source.Provenance, records));
        }

        return copies;
    }
}
