using LawfulBasis.Audit;
using LawfulBasis.Processing;
using LawfulBasis.Registers;
using LawfulBasis.Rights;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LawfulBasis.Tests.Runtime;

public sealed class SubjectRightsTests : IDisposable
{
    private const string Alice = "alice@example.com";
    private readonly RuntimeFixture _runtime = new();

    public SubjectRightsTests()
    {
        _runtime.Accounts.Add(new CustomerAccount(Alice, "Alice Martin", Alice));
        _runtime.Accounts.Add(new CustomerAccount("bob@example.com", "Bob Stone", "bob@example.com"));
        _runtime.InvoiceStore.Add(new InvoiceRecord(Alice, "INV-1", "FR7630006000011234567890189", 42m));
        _runtime.Tickets.Add(new SupportTicket(Alice, "T-1", "My parcel never arrived"));
        _runtime.Tickets.Add(new SupportTicket("bob@example.com", "T-2", "Wrong size"));
        _runtime.Consents.Give<Newsletter>(Alice, "signup checkbox", "notice-v4");
        _runtime.Gate.Begin<Ordering>(Alice, ProcessingOperation.Read);
        _runtime.Gate.Begin<Newsletter>(Alice, ProcessingOperation.Read);
    }

    public void Dispose() => _runtime.Dispose();

    private Guid Verified(SubjectRequestKind kind)
    {
        var request = _runtime.Requests.Receive(Alice, kind);
        _runtime.Requests.VerifyIdentity(request.Id, verified: true);
        return request.Id;
    }

    [Fact]
    public async Task An_access_report_holds_every_Art_15_item_a_copy_from_every_source_and_the_history()
    {
        var id = Verified(SubjectRequestKind.Access);
        var report = await _runtime.Rights.AccessAsync(id);

        Assert.Equal(["Bookkeeping", "Newsletter", "Ordering", "Support"], report.Purposes.Select(p => p.Name));    // (a)
        Assert.Contains(report.Categories, c => c.Name == "FinancialData");                                           // (b)
        Assert.Contains("Helpdesk provider", report.Purposes.Single(p => p.Name == "Support").Recipients);           // (c)
        Assert.Equal("US", Assert.Single(report.Transfers).Country);                                                  // (c), 15(2)
        Assert.Equal("10 years (P10Y)", report.Purposes.Single(p => p.Name == "Bookkeeping").Retention);             // (d)
        Assert.Contains(report.Rights, r => r.Name == "Withdrawal of consent" && r.Purposes.Contains("Newsletter")); // (e)
        Assert.Contains(report.Rights, r => r.Name == "Data portability" && !r.Purposes.Contains("Bookkeeping"));
        Assert.Contains(report.Rights, r => r.Name == "Objection" && r.Purposes.SequenceEqual(new[] { "Newsletter" }));
        Assert.Contains("Art. 77", report.ComplaintRight, StringComparison.Ordinal);                                  // (f)
        Assert.Equal(4, report.Sources.Count);                                                                         // (g), 15(3): every source searched
        Assert.Empty(report.Sources.Single(s => s.Source == "Medical records").Records);
        Assert.Single(report.Sources.Single(s => s.Source == "Customer accounts").Records);
        Assert.Single(report.Sources.Single(s => s.Source == "Support tickets (file)").Records);
        Assert.Equal(3, report.History.Count);                                                                         // trail
        Assert.Contains(report.History, h => h.Event == "ConsentGiven");

        var json = AccessReportWriter.ToJson(report);
        Assert.Contains("My parcel never arrived", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Wrong size", json, StringComparison.Ordinal); // another person's data (Art. 15(4))
        var markdown = AccessReportWriter.ToMarkdown(report);
        Assert.Contains("## Your rights (Art. 15(1)(e), (f))", markdown, StringComparison.Ordinal);
        Assert.Equal(RequestStatus.Completed, _runtime.Requests.Get(id).Status);
    }

    [Fact]
    public async Task Requests_are_answered_only_after_the_identity_is_verified()
    {
        var request = _runtime.Requests.Receive(Alice, SubjectRequestKind.Access);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => _runtime.Rights.AccessAsync(request.Id));
        Assert.Contains("Art. 12(6)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Portability_exports_only_data_the_subject_provided_under_consent_or_contract()
    {
        var export = await _runtime.Rights.PortabilityAsync(Verified(SubjectRequestKind.Portability));
        Assert.Equal(["Customer accounts", "Support tickets (file)"], export.Sources.Select(s => s.Source));
        Assert.Contains("\"customerId\": \"alice@example.com\"", AccessReportWriter.ToJson(export), StringComparison.Ordinal);
    }

    [Fact]
    public void The_erasure_plan_keeps_invoices_under_a_legal_obligation_for_its_retention_criterion()
    {
        var plan = _runtime.Rights.PlanErasure(Alice);
        var invoices = plan.Steps.Single(s => s.Source == "Invoices");
        Assert.Equal(ErasureDecision.Retain, invoices.Decision);
        Assert.Equal("Art. 17(3)(b)", invoices.Article);

        // Retention runs from the record's own date, which the plan does not read: it states the criterion instead.
        Assert.Null(invoices.RetainUntil);
        Assert.Equal("10 years from the record's collection or the event it records (`Bookkeeping`)", invoices.RetentionCriterion);

        // Health care under Art. 9(2)(h) is no Art. 17(3)(c) exception by itself (only public-health reasons are): erased.
        Assert.All(plan.Steps.Where(s => s.Source is not "Invoices"), s => Assert.Equal(ErasureDecision.Erase, s.Decision));
    }

    [Fact]
    public async Task Erasure_removes_both_sources_keeps_invoices_shreds_the_pseudonym_and_the_gate_then_refuses()
    {
        await _runtime.Trail.FlushAsync();
        var pseudonym = _runtime.Trail.PseudonymOf(Alice);
        Assert.NotNull(pseudonym);
        var requestId = Verified(SubjectRequestKind.Erasure);
        var receipt = await _runtime.Rights.EraseAsync(requestId);

        Assert.True(receipt.IsComplete);
        Assert.Equal(pseudonym, receipt.ShreddedPseudonym);
        Assert.Contains(receipt.Steps, s => s.Source == "Invoices" && s.Outcome.StartsWith("Retained for 10 years from the record's collection", StringComparison.Ordinal));
        Assert.Empty(await _runtime.Accounts.FindAsync(Alice, default));
        Assert.Empty(await _runtime.Tickets.FindAsync(Alice, default));
        Assert.Single(await _runtime.Tickets.FindAsync("bob@example.com", default));
        Assert.Single(await _runtime.InvoiceStore.FindAsync(Alice, default));
        Assert.Equal(0, _runtime.InvoiceStore.EraseCalls);

        Assert.False(_runtime.Gate.TryBegin<Ordering>(Alice, ProcessingOperation.Read, out var denied));
        Assert.Equal(DenialReason.Erased, denied.Reason);
        Assert.True(_runtime.Gate.TryBegin<Bookkeeping>(Alice, ProcessingOperation.Store, out _));

        await _runtime.Trail.FlushAsync();
        Assert.NotEqual(pseudonym, _runtime.Trail.PseudonymOf(Alice)); // the old pseudonym cannot be recomputed any more
        Assert.True(AuditTrailVerifier.Verify(_runtime.TrailPath).IsIntact);

        // Idempotent: running the same request again, or a second erasure request, is safe.
        Assert.True((await _runtime.Rights.EraseAsync(requestId)).IsComplete);
        var again = await _runtime.Rights.EraseAsync(Verified(SubjectRequestKind.Erasure));
        Assert.True(again.IsComplete);
    }

    [Fact]
    public async Task A_source_that_does_not_count_still_answers_and_the_trail_records_each_source_under_the_shredded_pseudonym()
    {
        await _runtime.Trail.FlushAsync();
        var pseudonym = _runtime.Trail.PseudonymOf(Alice);
        var receipt = await _runtime.Rights.EraseAsync(Verified(SubjectRequestKind.Erasure));

        // The test sources implement only EraseAsync(subject): the default reports the outcome without counts.
        var accounts = receipt.Steps.Single(s => s.Source == "Customer accounts");
        Assert.Equal("Erased.", accounts.Outcome);
        Assert.Empty(accounts.Records!);
        var invoices = receipt.Steps.Single(s => s.Source == "Invoices");
        var kept = Assert.Single(invoices.Records!); // a retained source is counted from what it holds
        Assert.Equal(("InvoiceRecord", 0, 0, 1, "Art. 17(3)(b)"), (kept.DataType, kept.Erased, kept.Anonymised, kept.Kept, kept.Article));

        var erased = _runtime.TrailLines().Where(l => l.Contains("\"event\":\"DataErased\"", StringComparison.Ordinal)).ToArray();
        Assert.Equal(3, erased.Length); // the three sources erased (invoices are retained, so nothing was done there)
        Assert.All(erased, l => Assert.Contains($"\"subject\":\"{pseudonym}\"", l, StringComparison.Ordinal));
        Assert.Contains(erased, l => l.Contains("Erasure at Customer accounts: Erased (the source reports no counts)", StringComparison.Ordinal));
        Assert.DoesNotContain(erased, l => l.Contains(Alice, StringComparison.OrdinalIgnoreCase));
        Assert.True(AuditTrailVerifier.Verify(_runtime.TrailPath).IsIntact);
        var markdown = ErasureReceiptWriter.ToMarkdown(receipt);
        Assert.Contains("| Invoices | InvoiceRecord | FinancialData | 0 | 0 | 1 |", markdown, StringComparison.Ordinal);
        Assert.Contains($"entries under `{pseudonym}` can no longer be linked", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_source_that_fails_keeps_the_request_open_and_a_rerun_completes_it()
    {
        _runtime.Accounts.FailNextErase = true;
        var id = Verified(SubjectRequestKind.Erasure);
        var first = await _runtime.Rights.EraseAsync(id);
        Assert.False(first.IsComplete);
        Assert.Null(first.ShreddedPseudonym);
        Assert.Contains(first.Steps, s => s.Source == "Customer accounts" && !s.Done && s.Outcome.Contains("unreachable", StringComparison.Ordinal));
        Assert.Contains(first.Steps, s => s.Source == "Support tickets (file)" && s.Done);
        Assert.Equal(RequestStatus.Open, _runtime.Requests.Get(id).Status);

        var second = await _runtime.Rights.EraseAsync(id);
        Assert.True(second.IsComplete);
        Assert.Contains(second.Steps, s => s.Source == "Support tickets (file)" && s.Outcome == "Erased in an earlier run.");
        Assert.Equal(RequestStatus.Completed, _runtime.Requests.Get(id).Status);
    }

    [Fact]
    public void Restriction_and_objection_requests_feed_the_gate()
    {
        var restriction = _runtime.Requests.Receive(Alice, SubjectRequestKind.Restriction);
        _runtime.Rights.Restrict(restriction.Id, RestrictionGround.AccuracyContested);
        Assert.False(_runtime.Gate.TryBegin<Ordering>(Alice, ProcessingOperation.Read, out var restricted));
        Assert.Equal(DenialReason.Restricted, restricted.Reason);

        var objection = _runtime.Requests.Receive("bob@example.com", SubjectRequestKind.Objection);
        _runtime.Rights.RecordObjection(objection.Id, _runtime.Catalog.GetPurpose<FraudDetection>());
        Assert.False(_runtime.Gate.TryBegin<FraudDetection>("bob@example.com", ProcessingOperation.Profile, out var objected));
        Assert.Equal(DenialReason.Objection, objected.Reason);
        Assert.Equal(RequestStatus.Completed, _runtime.Requests.Get(objection.Id).Status);
    }

    [Fact]
    public void A_personal_data_type_with_no_source_stops_the_host_naming_it()
    {
        var root = Directory.CreateTempSubdirectory("lawfulbasis-rights-").FullName;
        var services = new ServiceCollection();
        services.AddLawfulBasis(options =>
        {
            options.AddAssemblyOf<Ordering>();
            options.TrailPath = Path.Combine(root, "audit", "trail.jsonl");
            options.KeyStorePath = Path.Combine(root, "keys");
            options.RegisterPath = Path.Combine(root, "registers");
            options.ExemptFromSubjectRequests<InvoiceRecord>("kept by the accounting system, which answers requests itself");
        });
        using var provider = services.BuildServiceProvider();
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("No way to answer access or erasure requests for `CustomerAccount`", error.Message, StringComparison.Ordinal);
        Assert.Contains("`SupportTicket`", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("`InvoiceRecord`", error.Message, StringComparison.Ordinal);
        Directory.Delete(root, recursive: true);
    }
}
