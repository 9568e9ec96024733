using LawfulBasis.Audit;
using LawfulBasis.Registers;
using LawfulBasis.Ropa;
using LawfulBasis.Shared;

namespace LawfulBasis.Rights;

/// <summary>Answers subject requests: Art. 15 items from the declarations, copies from the sources, history from the trail.</summary>
internal sealed class SubjectRights : ISubjectRights
{
    internal const string Complaint =
        "You have the right to lodge a complaint with a supervisory authority, in particular in the Member State of your habitual residence, place of work or place of the alleged infringement (Art. 77).";

    private readonly ProcessingCatalog _catalog;
    private readonly IReadOnlyList<ISubjectDataSource> _sources;
    private readonly RequestLedger _ledger;
    private readonly IAuditTrail _trail;
    private readonly IAuditRecorder _recorder;
    private readonly IRestrictionRegister _restrictions;
    private readonly IObjectionRegister _objections;
    private readonly ErasureRegister _erasures;
    private readonly ILegalHoldRegister _holds;
    private readonly RegisterEraser _registers;
    private readonly TimeProvider _time;

    public SubjectRights(
        ProcessingCatalog catalog,
        IEnumerable<ISubjectDataSource> sources,
        RequestLedger ledger,
        IAuditTrail trail,
        IAuditRecorder recorder,
        IRestrictionRegister restrictions,
        IObjectionRegister objections,
        ErasureRegister erasures,
        ILegalHoldRegister holds,
        RegisterEraser registers,
        TimeProvider time)
    {
        _catalog = catalog;
        _sources = [.. sources.OrderBy(s => s.Name, StringComparer.Ordinal)];
        _ledger = ledger;
        _trail = trail;
        _recorder = recorder;
        _restrictions = restrictions;
        _objections = objections;
        _erasures = erasures;
        _holds = holds;
        _registers = registers;
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

    public ErasurePlan PlanErasure(string subjectId) => new(subjectId, _time.GetUtcNow(), [.. Plan(subjectId).Select(p => p.Step)]);

    /// <summary>
    /// The plan, with the purposes that retain data at each step. Art. 17(3) applies "to the extent that processing is
    /// necessary", so it is decided per member: a member is kept when one of its purposes has an exception, and erased
    /// when every purpose it serves is erasable. A legal hold keeps all of the subject's data. The related types a source
    /// erases with its own (<see cref="ISubjectDataSource.RelatedDataTypes"/>) are decided the same way, each on its own
    /// members: an order kept for bookkeeping is not deleted because the customer is.
    /// </summary>
    private List<(ErasureStep Step, PurposeDeclaration[] Keeping)> Plan(string subjectId)
    {
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        var holds = _holds.InForce(subjectId);
        var plan = new List<(ErasureStep, PurposeDeclaration[])>();
        foreach (var source in _sources)
        {
            var related = source.RelatedDataTypes.Where(t => t != source.DataType).Distinct().ToArray();
            if (holds.Count > 0)
            {
                var end = holds.All(h => h.Until is not null) ? holds.Max(h => h.Until) : null;
                var reason = $"A legal hold keeps the subject's data for legal claims: {string.Join("; ", holds.Select(h => h.Reason))}.";
                var criterion = end is null ? "until the legal hold is released" : $"until the legal hold ends on {end:yyyy-MM-dd}";
                ErasureStep Held(Type type, IReadOnlyList<ErasureStep>? relatedSteps) =>
                    new(source.Name, type.Name, ErasureDecision.Retain, "Art. 17(3)(e)", reason, end,
                        [.. MembersOf(type)], criterion, CategoriesOf(type), relatedSteps ?? []);
                plan.Add((Held(source.DataType, [.. related.Select(t => Held(t, null))]),
                    [.. PurposesOf(source.DataType)])); // kept as it is, for the purposes it served, so the claim can use it
                continue;
            }

            var (step, keeping) = Decide(source.Name, source.DataType, owner: null);
            var relatedSteps = step.Decision == ErasureDecision.Retain
                // The source is not asked to erase anything, so what belongs to the kept records stays with them.
                ? related.Select(t => new ErasureStep(source.Name, t.Name, ErasureDecision.Retain, step.Article,
                    $"Belongs to the subject's {source.DataType.Name} records, which are kept: the source is not asked to erase anything.", null,
                    [.. MembersOf(t)], step.RetentionCriterion, CategoriesOf(t), [])).ToArray()
                : [.. related.Select(t => Decide(source.Name, t, owner: source.DataType).Step)];
            plan.Add((step with { Related = relatedSteps }, keeping));
        }

        return plan;
    }

    /// <summary>Erase, retain, or erase all but some members of one type, from the purposes of its members.</summary>
    private (ErasureStep Step, PurposeDeclaration[] Keeping) Decide(string source, Type type, Type? owner)
    {
        var declared = _catalog.FindDataType(type);
        var members = declared?.Members ?? [];
        var categories = CategoriesOf(type);
        var belongs = owner is null ? string.Empty : $"Belongs to the subject's {owner.Name} records. ";

        // Purposes bound to the whole type keep every member, classified or not (an invoice's number and total too).
        var typeKeeping = declared?.Purposes.Where(p => p.ErasureException != ErasureException.None).ToArray() ?? [];
        var kept = members
            .Select(m => (Member: m, Keeping: typeKeeping.Length > 0 ? typeKeeping : [.. m.Purposes.Where(p => p.ErasureException != ErasureException.None)]))
            .Where(x => x.Keeping.Length > 0)
            .ToArray();
        var keeping = typeKeeping.Concat(kept.SelectMany(k => k.Keeping)).Distinct().OrderBy(p => p.Name, StringComparer.Ordinal).ToArray();
        if (keeping.Length == 0)
        {
            return (new ErasureStep(source, type.Name, ErasureDecision.Erase, ErasureWording.ErasureArticle,
                $"{belongs}No purpose requires keeping this data.", null, [], null, categories, []), []);
        }

        var whole = typeKeeping.Length > 0 || kept.Length == members.Count;
        var retainedMembers = whole ? members.Select(m => m.Name).ToArray() : kept.Select(k => k.Member.Name).ToArray();
        var article = string.Join(", ", keeping.Select(p => PurposeRules.ArticleOf(p.ErasureException)).Distinct());
        var why = $"{belongs}Kept for {string.Join(", ", keeping.Select(p => $"`{p.Name}` ({PurposeRules.ArticleOf(p.ErasureException)}, {p.ErasureExceptionReference})"))}";
        var reason = whole ? why + "." : $"{why}: {string.Join(", ", retainedMembers)}; every other member is erased.";
        return (new ErasureStep(source, type.Name, whole ? ErasureDecision.Retain : ErasureDecision.EraseExceptRetained,
            article, reason, null, retainedMembers, RetentionCriterion(keeping), categories, []), keeping);
    }

    private string[] MembersOf(Type type) =>
        _catalog.FindDataType(type) is { } declared ? [.. declared.Members.Select(m => m.Name)] : [];

    private DataCategory[] CategoriesOf(Type type) =>
        _catalog.FindDataType(type) is { } declared ? [.. declared.Categories.OrderBy(c => c.Name, StringComparer.Ordinal)] : [];

    /// <summary>How long retained data is kept, in words: each retaining purpose's period, counted from the record's own date.</summary>
    private static string RetentionCriterion(PurposeDeclaration[] keeping) =>
        string.Join("; ", keeping.Select(p => p.Retention is { } retention
            ? $"{retention.Describe()} from the record's collection or the event it records (`{p.Name}`)"
            : $"as long as {PurposeRules.ArticleOf(p.ErasureException)} requires: `{p.Name}` declares no retention period"));

    /// <summary>
    /// When retained records go: the latest of each record's own start plus the longest retention of the retaining
    /// purposes, when the source dates its records and every retaining purpose has a period; otherwise null.
    /// </summary>
    private static DateTimeOffset? RetainedUntil(ISubjectDataSource source, IReadOnlyList<object> records, PurposeDeclaration[] keeping)
    {
        if (records.Count == 0 || keeping.Length == 0 || keeping.Any(p => p.Retention is null))
        {
            return null;
        }

        DateTimeOffset? latest = null;
        foreach (var record in records)
        {
            if (source.RetentionStartOf(record) is not { } start)
            {
                return null;
            }

            var end = keeping.Max(p => p.Retention!.Value.AddTo(start));
            latest = latest is { } so_far && so_far > end ? so_far : end;
        }

        return latest;
    }

    public async Task<ErasureReceipt> EraseAsync(Guid requestId, CancellationToken cancellationToken = default)
    {
        var request = Answerable(requestId, SubjectRequestKind.Erasure);
        var plan = Plan(request.SubjectId);
        var results = new List<ErasureStepResult>();

        // Each source's counts go into the trail under the subject's pseudonym, which the erasure then destroys, so the
        // receipt's pseudonym finds them. A subject the trail does not know (never recorded, or already erased) gets no
        // key made just for this: the entry then names no one.
        await _trail.FlushAsync(cancellationToken).ConfigureAwait(false);
        var trailSubject = _trail.PseudonymOf(request.SubjectId) is null ? null : request.SubjectId;
        foreach (var (step, keeping) in plan)
        {
            // Between sources: a cancelled erasure (^C in the tool) stops here, leaving the request open with the sources
            // done so far marked, so that running it again finishes only what is left.
            cancellationToken.ThrowIfCancellationRequested();
            var source = _sources.First(s => s.Name == step.Source);
            if (step.Decision == ErasureDecision.Retain)
            {
                // A receipt that says "retained" must mean something is kept: ask the source (retaining needs no answer from it).
                string retained;
                ErasureCount[] keptCounts = [];
                try
                {
                    var held = await source.FindAsync(request.SubjectId, cancellationToken).ConfigureAwait(false);
                    var until = step.RetainUntil ?? RetainedUntil(source, held, keeping);
                    retained = held.Count == 0
                        ? $"Nothing was held (it would have been retained under {step.Article})."
                        : $"Retained {(until is { } end ? $"until {end:yyyy-MM-dd}" : $"for {step.RetentionCriterion}")} ({step.Article}): {step.Reason}";
                    keptCounts = held.Count == 0 ? [] : [Count(step, related: false, new ErasedRecords(source.DataType, 0, 0, held.Count))];
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    retained = $"Retained for {step.RetentionCriterion} ({step.Article}): {step.Reason} (Whether anything is held could not be checked: {e.Message}.)";
                }

                results.Add(new ErasureStepResult(step.Source, step.Decision, true, ErasureWording.WithCounts(retained, keptCounts), keptCounts));
                continue;
            }

            if (request.CompletedSources.Contains(step.Source))
            {
                results.Add(new ErasureStepResult(step.Source, step.Decision, true, "Erased in an earlier run.", []));
                continue;
            }

            try
            {
                DateTimeOffset? until = null;
                if (step.Decision == ErasureDecision.EraseExceptRetained)
                {
                    var held = await source.FindAsync(request.SubjectId, cancellationToken).ConfigureAwait(false);
                    until = RetainedUntil(source, held, keeping);
                }

                var done = await source.EraseAsync(request.SubjectId, step, cancellationToken).ConfigureAwait(false);
                var counts = Counts(source, step, done.Records);
                var text = done.Outcome switch
                {
                    ErasureOutcome.NothingHeld when counts.Any(c => c.Kept > 0) => "Nothing was held beyond what is retained.",
                    ErasureOutcome.NothingHeld => "Nothing was held.",
                    _ when step.Decision == ErasureDecision.EraseExceptRetained =>
                        $"{(done.Outcome == ErasureOutcome.Anonymised ? "Anonymised" : "Erased")} except {string.Join(", ", step.RetainedMembers!)}, retained {(until is { } end ? $"until {end:yyyy-MM-dd}" : $"for {step.RetentionCriterion}")} ({step.Article}).",
                    ErasureOutcome.Anonymised => "Anonymised irreversibly.",
                    _ => "Erased.",
                };

                RecordInTrail(trailSubject, step, done.Outcome, counts);
                request = _ledger.MarkSourceDone(requestId, step.Source);
                results.Add(new ErasureStepResult(step.Source, step.Decision, true, ErasureWording.WithCounts(text, counts), counts));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                results.Add(new ErasureStepResult(step.Source, step.Decision, false, $"Failed ({e.Message}); the request stays open and a re-run retries this source.", []));
            }
        }

        var complete = results.All(r => r.Done);
        string? shredded = null;
        if (complete && request.Status == RequestStatus.Open) // a completed request run again changes nothing
        {
            shredded = await _trail.ForgetAsync(request.SubjectId, cancellationToken).ConfigureAwait(false);
            var retained = plan.SelectMany(p => p.Keeping).Select(p => p.Id).Distinct().Order(StringComparer.Ordinal).ToArray();
            _erasures.Add(new ErasureRecord(request.SubjectId, _time.GetUtcNow(), retained));
            var registers = _registers.Forget(request.SubjectId, retained);
            var trail = shredded is null ? "No audit pseudonym key existed." : "The audit pseudonym key was destroyed.";
            _ledger.Complete(requestId, string.Join(" ", results.Select(r => $"{r.Source}: {r.Outcome}").Append(trail).Append(registers)));
        }

        return new ErasureReceipt(requestId, request.SubjectId, _time.GetUtcNow(), complete, results, shredded);
    }

    /// <summary>
    /// The receipt's lines for what a source reports: each type it reached, with the plan's categories, retained members
    /// and article (its own step's, or its related step's); a type the plan did not foresee is listed too, as reported.
    /// </summary>
    private ErasureCount[] Counts(ISubjectDataSource source, ErasureStep step, IReadOnlyList<ErasedRecords> records) =>
        [.. records
            .GroupBy(r => r.DataType)
            .OrderBy(g => g.Key == source.DataType ? 0 : 1) // the source's own type first, then the related ones as reported
            .Select(g =>
            {
                var related = g.Key != source.DataType;
                var sum = new ErasedRecords(g.Key, g.Sum(r => r.Erased), g.Sum(r => r.Anonymised), g.Sum(r => r.Kept));
                return Count(related ? step.Related?.FirstOrDefault(r => r.DataType == g.Key.Name) ?? Unplanned(step, g.Key) : step, related, sum);
            })];

    /// <summary>A related type the source reached without listing it in <see cref="ISubjectDataSource.RelatedDataTypes"/>: it was erased under Art. 17(1).</summary>
    private ErasureStep Unplanned(ErasureStep step, Type type) =>
        new(step.Source, type.Name, ErasureDecision.Erase, ErasureWording.ErasureArticle, "Reached by the source without being listed in its plan.", null, [], null, CategoriesOf(type), []);

    private static ErasureCount Count(ErasureStep planned, bool related, ErasedRecords records) =>
        new(planned.DataType, planned.Categories ?? [], related, records.Erased, records.Anonymised, records.Kept,
            records.Anonymised + records.Kept > 0 ? planned.RetainedMembers ?? [] : [], planned.Article);

    /// <summary>
    /// Records one source's part of the erasure in the trail, under the subject's pseudonym (destroyed once every source is
    /// done) or, for a subject the trail does not know, under none: counts, types, categories and articles, never a value,
    /// a date from the records or the subject's id.
    /// </summary>
    private void RecordInTrail(string? subjectId, ErasureStep step, ErasureOutcome outcome, ErasureCount[] counts)
    {
        var what = counts.Length > 0 ? string.Join("; ", counts.Select(ErasureWording.Describe)) : $"{outcome} (the source reports no counts)";
        var article = string.Join(", ", new[] { ErasureWording.ErasureArticle }.Concat(counts.Where(c => c.RetainedMembers.Count > 0).Select(c => c.Article)).Distinct());
        _recorder.Record(new AuditRecord(_time.GetUtcNow(), AuditEventKind.DataErased, null, default, default,
            $"Erasure at {step.Source}: {what}", article, null, null, null, 0, default, subjectId));
    }

    public SubjectRequest Restrict(Guid requestId, RestrictionGround ground, PurposeDeclaration? purpose = null)
    {
        var request = Answerable(requestId, SubjectRequestKind.Restriction, needsVerifiedIdentity: false);
        _restrictions.Restrict(request.SubjectId, ground, purpose);
        var scope = purpose is null ? string.Empty : $" for `{purpose.Name}`";
        return _ledger.Complete(requestId, $"Processing restricted{scope} on ground Art. 18(1)({(char)('a' + (int)ground)}); only storage is allowed.");
    }

    public SubjectRequest RecordObjection(Guid requestId, PurposeDeclaration? purpose)
    {
        var request = Answerable(requestId, SubjectRequestKind.Objection, needsVerifiedIdentity: false);
        if (purpose is not null && !ObjectionRegister.IsOpenToObjection(purpose))
        {
            // Recording it would tell the subject something changed when nothing does: refuse, with the reason (Art. 12(4)).
            var instead = ConsentLedger.NeedsConsent(purpose) ? " You may withdraw your consent instead, at any time (Art. 7(3))." : string.Empty;
            return _ledger.Refuse(requestId,
                $"`{purpose.Name}` relies on {DeclarationWording.Basis(purpose.Basis)}, and the right to object covers only processing for a public task or legitimate interests (Art. 21(1)) and direct marketing (Art. 21(2)).{instead}");
        }

        _objections.Raise(request.SubjectId, purpose);
        var scope = purpose switch
        {
            null => "Objection recorded for every purpose open to objection (Art. 21).",
            { IsDirectMarketing: true } => $"Objection to direct marketing recorded: `{purpose.Name}` and every other direct-marketing purpose stop (Art. 21(3)).",
            _ => $"Objection to `{purpose.Name}` recorded (Art. 21(1)); processing stops unless compelling legitimate grounds are demonstrated.",
        };
        return _ledger.Complete(requestId, scope);
    }

    private IEnumerable<PurposeDeclaration> PurposesOf(Type dataType) =>
        _catalog.DataTypes.Where(t => t.Type == dataType).SelectMany(t => t.Purposes.Concat(t.Members.SelectMany(m => m.Purposes))).Distinct();

    private static AccessPurpose Describe(PurposeDeclaration purpose) =>
        new(purpose.Name, purpose.Description, purpose.Basis, PurposeRules.ArticleOf(purpose.Basis), purpose.Condition,
            purpose.Recipients, DeclarationWording.Retention(purpose), purpose.AutomatedDecision,
            purpose.NamedRecipients);

    /// <summary>The rights of Art. 15(1)(e) and 16–22, derived from the bases of the purposes.</summary>
    internal static List<SubjectRight> RightsFor(IReadOnlyList<PurposeDeclaration> purposes)
    {
        string[] Names(Func<PurposeDeclaration, bool> applies) => [.. purposes.Where(applies).Select(p => p.Name)];
        var rights = new List<SubjectRight>
        {
            new("Access", "Art. 15", [], null),
            new("Rectification", "Art. 16", [], null),
            new("Restriction of processing", "Art. 18", [], null),
        };

        var erasable = Names(p => p.ErasureException == ErasureException.None);
        if (erasable.Length > 0)
        {
            rights.Add(new SubjectRight("Erasure", "Art. 17", erasable, Names(p => p.ErasureException != ErasureException.None) is { Length: > 0 } kept
                ? $"Data kept for {string.Join(", ", kept)} is retained under an Art. 17(3) exception, to the extent necessary." : null));
        }

        if (Names(p => p.Basis is LegalBasis.Consent or LegalBasis.Contract || p.Condition == SpecialCategoryCondition.ExplicitConsent) is { Length: > 0 } portable)
        {
            rights.Add(new SubjectRight("Data portability", "Art. 20", portable, "Data you provided, processed by automated means."));
        }

        if (Names(ObjectionRegister.IsOpenToObjection) is { Length: > 0 } objectable)
        {
            rights.Add(new SubjectRight("Objection", "Art. 21", objectable, Names(p => p.IsDirectMarketing) is { Length: > 0 } marketing
                ? $"An objection to direct marketing ({string.Join(", ", marketing)}) is always upheld (Art. 21(3))." : null));
        }

        if (Names(ConsentLedger.NeedsConsent) is { Length: > 0 } consented)
        {
            rights.Add(new SubjectRight("Withdrawal of consent", "Art. 7(3)", consented, "At any time, as easily as it was given; it does not affect earlier processing."));
        }

        // Art. 22(3) safeguards belong to decisions based on a contract or explicit consent; a law that authorises
        // decisions lays down its own (22(2)(b)).
        if (Names(p => p.AutomatedDecisionGround is "Art. 22(2)(a)" or "Art. 22(2)(c)") is { Length: > 0 } automated)
        {
            rights.Add(new SubjectRight("Human intervention in automated decisions", "Art. 22(3)", automated, "You may obtain human intervention, express your view and contest the decision."));
        }

        if (Names(p => p.AutomatedDecisionGround == "Art. 22(2)(b)") is { Length: > 0 } authorised)
        {
            rights.Add(new SubjectRight("Safeguards of the law that authorises automated decisions", "Art. 22(2)(b)", authorised, "The law the decision rests on lays down the measures that protect your rights and interests."));
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
