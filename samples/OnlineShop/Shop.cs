using LawfulBasis;
using LawfulBasis.Audit;
using LawfulBasis.Notice;
using LawfulBasis.Processing;
using LawfulBasis.Registers;
using LawfulBasis.Rights;
using Microsoft.Extensions.DependencyInjection;

namespace OnlineShop;

/// <summary>A customer's life in the shop: sign-up, orders, newsletter, a change of mind, access and erasure.</summary>
internal sealed class Shop(IServiceProvider services, CustomerStore customers, InvoiceStore invoices, CheckoutStore checkouts)
{
    private readonly IProcessingGate _gate = services.GetRequiredService<IProcessingGate>();
    private readonly IConsentLedger _consents = services.GetRequiredService<IConsentLedger>();
    private readonly IRequestLedger _requests = services.GetRequiredService<IRequestLedger>();
    private readonly ISubjectRights _rights = services.GetRequiredService<ISubjectRights>();
    private readonly IAuditTrail _trail = services.GetRequiredService<IAuditTrail>();

    // The e-mail address is collected for Ordering and Newsletter, the IBAN for Ordering and Bookkeeping: the code says
    // which purpose each step serves (LB0001 otherwise), and the gate checks it at run time.
    [ProcessingFor<Ordering>]
    private void SignUp(Guid id, string name, string email, string address)
    {
        _gate.Begin<Ordering>(id.ToString(), ProcessingOperation.Collect);
        customers.Add(new Customer { Id = id, Name = name, Email = email, ShippingAddress = address });
    }

    [ProcessingFor<Bookkeeping>]
    private void Invoice(Guid customerId, string billedTo, string iban, decimal total)
    {
        _gate.Begin<Bookkeeping>(customerId.ToString(), ProcessingOperation.Collect);
        invoices.Add(new Invoice { CustomerId = customerId, BilledTo = billedTo, Iban = iban, Total = total, IssuedOn = DateTimeOffset.UtcNow });
    }

    /// <summary>Runs the walkthrough; returns the customer who stays (the other one is erased).</summary>
    public async Task<Guid> RunAsync()
    {
        var id = Guid.NewGuid();
        var subject = id.ToString();

        Step(2, "A customer signs up and places an order (Contract, Art. 6(1)(b))");
        SignUp(id, "Alice Martin", "alice@example.com", "3 rue Lepic, Paris");
        Invoice(id, "Alice Martin", "FR7630006000011234567890189", 59.90m);
        _gate.Begin<FraudPrevention>(subject, ProcessingOperation.Profile);
        checkouts.Add(new CheckoutAttempt { CustomerId = id, IpAddress = "203.0.113.7", CardFingerprint = "fp-41c9" });
        Say($"customer {subject}: account, invoice and checkout recorded; every step went through the gate");
        var other = Guid.NewGuid();
        SignUp(other, "Bruno Costa", "bruno@example.com", "12 Rua Augusta, Lisboa");
        Say($"customer {other}: account recorded (he stays a customer)");

        Step(3, "The newsletter needs consent (Art. 6(1)(a), 7)");
        Report(_gate.TryBegin<Newsletter>(subject, ProcessingOperation.Read, out var before), before);
        // The receipt names the exact notice shown: its version is a hash of what the notice says (Art. 7(1), 13).
        var notice = PrivacyNotice.For(services.GetRequiredService<ProcessingCatalog>(), "customer");
        _consents.Give<Newsletter>(subject, "checkout page, unticked box", notice.Version);
        Report(_gate.TryBegin<Newsletter>(subject, ProcessingOperation.Read, out var after), after);

        Step(4, "She withdraws consent, as easily as she gave it (Art. 7(3))");
        _consents.Withdraw<Newsletter>(subject, "unsubscribe link");
        Report(_gate.TryBegin<Newsletter>(subject, ProcessingOperation.Read, out var withdrawn), withdrawn);

        Step(5, "She asks what the shop holds about her (Art. 15)");
        var access = _requests.Receive(subject, SubjectRequestKind.Access);
        Say($"request {access.Id} received; due by {access.DueAt:yyyy-MM-dd} (Art. 12(3))");
        _requests.VerifyIdentity(access.Id, verified: true);
        var report = await _rights.AccessAsync(access.Id);
        Say($"purposes: {string.Join(", ", report.Purposes.Select(p => $"{p.Name} ({p.BasisArticle})"))}");
        Say($"copies: {string.Join(", ", report.Sources.Select(s => $"{s.Source}: {s.Records.Count}"))}; history: {report.History.Count} trail entries");
        Say($"rights: {string.Join(", ", report.Rights.Select(r => $"{r.Name} ({r.Article})"))}");
        Say($"the full report is {AccessReportWriter.ToMarkdown(report).Length:N0} characters of Markdown (or JSON, docs/access-report-schema.md)");

        Step(6, "She asks for erasure (Art. 17): the plan first");
        var erasure = _requests.Receive(subject, SubjectRequestKind.Erasure);
        _requests.VerifyIdentity(erasure.Id, verified: true);
        foreach (var step in _rights.PlanErasure(subject).Steps)
        {
            Say($"{step.Source}: {step.Decision} ({step.Article}){(step.RetainUntil is { } until ? $" until {until:yyyy-MM-dd}" : step.RetentionCriterion is { } criterion ? $" for {criterion}" : string.Empty)}");
        }

        Step(7, "Erasure, and its receipt");
        var receipt = await _rights.EraseAsync(erasure.Id);
        foreach (var result in receipt.Steps)
        {
            Say($"{result.Source}: {result.Outcome}");
        }

        Say($"audit pseudonym {receipt.ShreddedPseudonym} can no longer be linked to her; request is {_requests.Get(erasure.Id).Status}");

        Step(8, "After erasure, the gate refuses her processing");
        Report(_gate.TryBegin<Ordering>(subject, ProcessingOperation.Read, out var erased), erased);
        await _trail.FlushAsync();
        return other;
    }

    private static void Step(int number, string title) => Console.WriteLine($"\n== {number}. {title}\n");

    private static void Say(string line) => Console.WriteLine($"   {line}");

    private static void Report(bool allowed, ProcessingDecision decision) => Say($"{(allowed ? "allowed" : "DENIED ")}: {decision.Explanation} ({decision.Article})");
}
