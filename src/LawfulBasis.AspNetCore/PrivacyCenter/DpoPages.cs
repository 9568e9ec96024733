using System.Globalization;
using System.Text;
using LawfulBasis.Audit;
using LawfulBasis.Processing;
using LawfulBasis.Registers;
using LawfulBasis.Rights;
using LawfulBasis.Ropa;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using static LawfulBasis.AspNetCore.PrivacyCenter.CenterHtml;

namespace LawfulBasis.AspNetCore.PrivacyCenter;

/// <summary>
/// The DPO's pages: open requests by deadline with the overdue marked, identity checks, extensions with reasons,
/// erasure plans to approve and their receipts, restriction, rectification and refusal, the record of processing and
/// the trail's verification. URLs carry request numbers only, never a subject.
/// </summary>
internal static class DpoPages
{
    private static readonly Dictionary<string, string> Done = new(StringComparer.Ordinal)
    {
        ["identity-verified"] = "Identity recorded as confirmed (Art. 12(6)).",
        ["identity-failed"] = "Identity recorded as not confirmed. Refuse the request with the reason, or ask the subject for more information.",
        ["extended"] = "Deadline extended; the subject sees the new date and the reason on their page (Art. 12(3)).",
        ["restricted"] = "Processing restricted (Art. 18); the request is answered.",
        ["completed"] = "Request answered.",
        ["refused"] = "Request refused with the reasons and the right to complain (Art. 12(4)).",
    };

    public static void Map(RouteGroupBuilder dpo, CenterContext center)
    {
        dpo.MapGet("/", (HttpContext http, IAntiforgery antiforgery, IRequestLedger requests, TimeProvider time, string? done) =>
        {
            var now = time.GetUtcNow();
            var open = requests.Open().OrderBy(r => r.DueAt).ToArray();
            var page = CenterContext.Page(http, antiforgery, center.Prefix);
            page.Heading(1, "Data protection officer");
            page.Status(done is not null && Done.TryGetValue(done, out var message) ? message : null);
            page.Heading(2, "Open requests", "requests");
            var overdue = open.Count(r => r.IsOverdueAt(now));
            page.Paragraph($"{open.Length} open, {overdue} overdue. Soonest due first; each is due one month after receipt unless extended (Art. 12(3)).");
            if (open.Length > 0)
            {
                page.Table("Open requests, soonest due first", ["Request", "Kind", "Data subject", "Received", "Due", "Identity", "Handle"],
                    open.Select(r => new[]
                    {
                        Encode(Short(r.Id)),
                        Encode(SubjectPages.KindText(r.Kind)),
                        Encode(r.SubjectId),
                        Encode(Day(r.ReceivedAt)),
                        (r.IsOverdueAt(now) ? "<strong class=\"overdue\">Overdue</strong> since " : string.Empty) + Encode(Day(r.DueAt))
                            + (r.Extension is { } e ? $" <span class=\"hint\">(extended by {e.Months})</span>" : string.Empty),
                        Encode(IdentityText(r.Identity)),
                        $"<a href=\"{Encode($"{center.Prefix}/dpo/requests/{r.Id}")}\">Handle request {Encode(Short(r.Id))}</a>",
                    }), id: "open-requests");
            }

            page.Heading(2, "Records");
            page.Raw($"<ul>\n<li><a href=\"{Encode(center.Prefix)}/dpo/ropa\">Record of processing activities (Art. 30)</a></li>\n<li><a href=\"{Encode(center.Prefix)}/dpo/trail\">Audit trail verification</a></li>\n</ul>\n");
            return Send(page.Document("Data protection officer", center.SiteName, Navigation(center)));
        });

        dpo.MapGet("/requests/{requestId:guid}", (Guid requestId, HttpContext http, IAntiforgery antiforgery, IProcessingGate gate, IRequestLedger requests, ISubjectRights rights, TimeProvider time, string? done) =>
        {
            if (Find(requests, requestId) is not { } request)
            {
                return NotFound(http, antiforgery, center);
            }

            var decision = center.Record(gate, request.SubjectId, ProcessingOperation.Read, ActorOf(http), $"show a request to the DPO ({request.Kind})");
            if (!decision.IsAllowed)
            {
                return SubjectPages.Refused(http, antiforgery, center, decision);
            }

            var now = time.GetUtcNow();
            var page = CenterContext.Page(http, antiforgery, center.Prefix);
            page.Heading(1, $"Request {Short(request.Id)}: {SubjectPages.KindText(request.Kind)}");
            page.Status(done is not null && Done.TryGetValue(done, out var message) ? message : null);
            page.Table("The request", ["Item", "Value"],
            [
                [Encode("Data subject"), Encode(request.SubjectId)],
                [Encode("Received"), Encode(Date(request.ReceivedAt))],
                [Encode("Due"), Encode(Date(request.DueAt)) + (request.IsOverdueAt(now) ? " <strong class=\"overdue\">Overdue</strong>" : string.Empty)],
                [Encode("Extension"), Encode(request.Extension is { } e ? $"{e.Months} month(s): {e.Reason} (subject told {Day(e.SubjectToldAt)})" : "None")],
                [Encode("Identity (Art. 12(6))"), Encode(IdentityText(request.Identity))],
                [Encode("Status"), Encode(request.Status.ToString()) + (request.Outcome is null ? string.Empty : ": " + Encode(request.Outcome))],
            ]);

            if (request.Status != RequestStatus.Open)
            {
                return Send(page.Document("Request", center.SiteName, Navigation(center)));
            }

            page.Heading(2, "Identity (Art. 12(6))");
            page.Paragraph("Confirm the requester is the data subject before access, portability or erasure is answered; ask for more information only where there is reasonable doubt.", "hint");
            page.Form($"/dpo/requests/{request.Id}/identity", Hidden("verified", "true"), "Identity confirmed", "inline");
            page.Form($"/dpo/requests/{request.Id}/identity", Hidden("verified", "false"), "Identity not confirmed", "inline");

            page.Heading(2, "Answer");
            switch (request.Kind)
            {
                case SubjectRequestKind.Access or SubjectRequestKind.Portability:
                    page.Paragraph(request.Identity == IdentityVerification.Verified
                        ? "The subject downloads the answer from their privacy page, generated at that moment; the request closes then."
                        : "Once the identity is confirmed, the subject can download the answer from their privacy page.");
                    break;
                case SubjectRequestKind.Erasure:
                    var plan = rights.PlanErasure(request.SubjectId);
                    // The related data a source erases with its own (an order, an allergy note) is listed under it, decided on its own.
                    page.Table("Erasure plan: what is erased and what is kept, and why (Art. 17(1), 17(3))", ["Source", "Data", "Categories", "Decision", "Article", "Why", "Kept until"],
                        plan.Steps.SelectMany(s => new[] { (Step: s, Related: false) }.Concat((s.Related ?? []).Select(r => (Step: r, Related: true))))
                            .Select(x => new[]
                            {
                                Encode(x.Step.Source), Encode((x.Related ? "related: " : string.Empty) + x.Step.DataType), Encode(ErasureReceiptWriter.Categories(x.Step.Categories ?? [])),
                                Encode(x.Step.Decision.ToString()), Encode(x.Step.Article), Encode(x.Step.Reason), Encode(ErasureReceiptWriter.KeptFor(x.Step)),
                            }), id: "erasure-plan");
                    page.Form($"/dpo/requests/{request.Id}/erase", string.Empty, "Approve and erase");
                    break;
                case SubjectRequestKind.Restriction:
                    page.Form($"/dpo/requests/{request.Id}/restrict",
                        "<label for=\"ground\">Ground (Art. 18(1))</label>\n<select id=\"ground\" name=\"ground\">\n"
                        + "<option value=\"AccuracyContested\">(a) accuracy contested, while it is verified</option>\n"
                        + "<option value=\"UnlawfulProcessing\">(b) processing unlawful, subject opposes erasure</option>\n"
                        + "<option value=\"NeededForLegalClaims\">(c) no longer needed, but the subject needs it for legal claims</option>\n"
                        + "<option value=\"ObjectionPending\">(d) objection pending verification of the grounds</option>\n</select>\n",
                        "Restrict processing");
                    break;
                case SubjectRequestKind.Rectification:
                    page.Form($"/dpo/requests/{request.Id}/complete",
                        "<label for=\"outcome\">What was corrected or completed (Art. 16), and which recipients were told (Art. 19)</label>\n<textarea id=\"outcome\" name=\"outcome\" required></textarea>\n",
                        "Record as answered");
                    break;
                default:
                    page.Paragraph("Objections are recorded when the subject makes them.");
                    break;
            }

            page.Heading(2, "Extend the deadline (Art. 12(3))");
            page.Form($"/dpo/requests/{request.Id}/extend",
                "<label for=\"months\">Further months</label>\n<select id=\"months\" name=\"months\"><option value=\"1\">1</option><option value=\"2\">2</option></select>\n"
                + "<label for=\"reason\">Reason, shown to the subject: the complexity or number of requests</label>\n<textarea id=\"reason\" name=\"reason\" required></textarea>\n",
                "Extend and tell the subject");

            page.Heading(2, "Refuse (Art. 12(4), 12(5))");
            page.Form($"/dpo/requests/{request.Id}/refuse",
                "<label for=\"refusal\">Reason, shown to the subject with their right to complain</label>\n<textarea id=\"refusal\" name=\"reason\" required></textarea>\n",
                "Refuse the request");
            return Send(page.Document("Request", center.SiteName, Navigation(center)));
        });

        dpo.MapPost("/requests/{requestId:guid}/identity", (Guid requestId, HttpContext http, IAntiforgery antiforgery, IProcessingGate gate, IRequestLedger requests) =>
            ActAsync(http, antiforgery, gate, requests, requestId, "record the identity check", request =>
            {
                var verified = http.Request.Form["verified"] == "true";
                requests.VerifyIdentity(request.Id, verified);
                return Back(center, request.Id, verified ? "identity-verified" : "identity-failed");
            }, center));

        dpo.MapPost("/requests/{requestId:guid}/extend", (Guid requestId, HttpContext http, IAntiforgery antiforgery, IProcessingGate gate, IRequestLedger requests, TimeProvider time) =>
            ActAsync(http, antiforgery, gate, requests, requestId, "extend the deadline", request =>
            {
                var form = http.Request.Form;
                if (!int.TryParse(form["months"], NumberStyles.None, CultureInfo.InvariantCulture, out var months) || string.IsNullOrWhiteSpace(form["reason"]))
                {
                    return SubjectPages.Problem(http, antiforgery, center, StatusCodes.Status400BadRequest, "Say how long and why", "Choose 1 or 2 further months and give the reason the subject will read (Art. 12(3)).");
                }

                // The subject is told now: the new date and the reason appear on their page at once.
                requests.Extend(request.Id, months, form["reason"].ToString().Trim(), time.GetUtcNow());
                return Back(center, request.Id, "extended");
            }, center));

        dpo.MapPost("/requests/{requestId:guid}/restrict", (Guid requestId, HttpContext http, IAntiforgery antiforgery, IProcessingGate gate, IRequestLedger requests, ISubjectRights rights) =>
            ActAsync(http, antiforgery, gate, requests, requestId, "restrict processing", request =>
            {
                if (!Enum.TryParse<RestrictionGround>(http.Request.Form["ground"], ignoreCase: false, out var ground) || !Enum.IsDefined(ground))
                {
                    return SubjectPages.Problem(http, antiforgery, center, StatusCodes.Status400BadRequest, "Choose the ground", "Pick one of the Art. 18(1) grounds listed.");
                }

                rights.Restrict(request.Id, ground);
                return Results.Redirect($"{center.Prefix}/dpo?done=restricted", permanent: false);
            }, center, SubjectRequestKind.Restriction));

        // Closing a request with words the subject reads: what was corrected (Art. 16, 19), or why it is refused (Art. 12(4)).
        MapClose(dpo, center, "complete", "outcome", "record a rectification", SubjectRequestKind.Rectification, "completed",
            ("Say what was done", "Describe the correction, which the subject will read."), (requests, id, text) => requests.Complete(id, text));
        MapClose(dpo, center, "refuse", "reason", "refuse a request", null, "refused",
            ("Give the reasons", "A refusal states its reasons (Art. 12(4)); a request is refused as manifestly unfounded or excessive only with proof (Art. 12(5))."),
            (requests, id, text) => requests.Refuse(id, text));

        dpo.MapPost("/requests/{requestId:guid}/erase", async (Guid requestId, HttpContext http, IAntiforgery antiforgery, IProcessingGate gate, IRequestLedger requests, ISubjectRights rights, CancellationToken cancellationToken) =>
        {
            if (await SubjectPages.RejectForgeryAsync(http, antiforgery, center).ConfigureAwait(false) is { } forged)
            {
                return forged;
            }

            if (Find(requests, requestId) is not { Kind: SubjectRequestKind.Erasure } request)
            {
                return NotFound(http, antiforgery, center);
            }

            var decision = center.Record(gate, request.SubjectId, ProcessingOperation.Update, ActorOf(http), "approve an erasure");
            if (!decision.IsAllowed)
            {
                return SubjectPages.Refused(http, antiforgery, center, decision);
            }

            ErasureReceipt receipt;
            try
            {
                receipt = await rights.EraseAsync(request.Id, cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidOperationException e)
            {
                return SubjectPages.Problem(http, antiforgery, center, StatusCodes.Status409Conflict, "The erasure cannot be done yet", e.Message);
            }

            var page = CenterContext.Page(http, antiforgery, center.Prefix);
            page.Heading(1, $"Erasure receipt for request {Short(request.Id)}");
            page.Table("What was erased and what was kept", ["Source", "Decision", "Done", "Outcome"],
                receipt.Steps.Select(s => new[] { Encode(s.Source), Encode(s.Decision.ToString()), Encode(s.Done ? "Yes" : "No: run the erasure again"), Encode(s.Outcome) }),
                id: "erasure-receipt");
            var counts = receipt.Steps.SelectMany(s => (s.Records ?? []).Select(c => (s.Source, Count: c))).ToArray();
            if (counts.Length > 0)
            {
                page.Table("Records per data type, related data included (counts only, never values)", ["Source", "Data", "Categories", "Erased", "Anonymised", "Kept", "Kept members", "Article"],
                    counts.Select(x => new[]
                    {
                        Encode(x.Source), Encode((x.Count.Related ? "related: " : string.Empty) + x.Count.DataType), Encode(ErasureReceiptWriter.Categories(x.Count.Categories)),
                        Encode(Number(x.Count.Erased)), Encode(Number(x.Count.Anonymised)), Encode(Number(x.Count.Kept)),
                        Encode(x.Count.RetainedMembers.Count == 0 ? "—" : string.Join(", ", x.Count.RetainedMembers)), Encode(x.Count.Article),
                    }), id: "erasure-records");
            }

            page.Paragraph(receipt.Steps.All(s => s.Done)
                ? "The request is answered; the subject's audit-trail pseudonym key is destroyed, so past entries can no longer be linked to them."
                : "Some sources failed: the request stays open, and approving again retries only what is left.");
            return Send(page.Document("Erasure receipt", center.SiteName, Navigation(center)));
        });

        dpo.MapGet("/ropa", (HttpContext http, IAntiforgery antiforgery, RecordOfProcessing record) =>
        {
            var page = CenterContext.Page(http, antiforgery, center.Prefix);
            page.Raw(BodyOf(record.Render(RopaFormat.Html), levels: 0));
            return Send(page.Document("Record of processing activities", center.SiteName, Navigation(center)));
        });

        dpo.MapGet("/trail", async (HttpContext http, IAntiforgery antiforgery, IAuditTrail trail, IOptions<LawfulBasisOptions> options, IServiceProvider services, CancellationToken cancellationToken) =>
        {
            var page = CenterContext.Page(http, antiforgery, center.Prefix);
            page.Heading(1, "Audit trail verification");
            if (!File.Exists(trail.Path))
            {
                page.Paragraph($"This trail ({trail.Path}) is not a file this page can read; verify it with `lawfulbasis verify` (for PostgreSQL: `--postgres`).");
                return Send(page.Document("Audit trail", center.SiteName, Navigation(center)));
            }

            await trail.FlushAsync(cancellationToken).ConfigureAwait(false);
            var (check, signing, witness) = TrailCheck.For(options.Value, services);
            TrailVerification result;
            using (check.PublicKey)
            {
                result = AuditTrailVerifier.Verify(trail.Path, check);
            }

            page.Raw(result.IsIntact
                ? $"<p class=\"status\" role=\"status\" id=\"trail-status\">Intact: {result.EntriesVerified.ToString(CultureInfo.InvariantCulture)} entries verified{(check.PublicKey is null ? string.Empty : ", every checkpoint signed by the writer's key")}{(check.Witness is null ? string.Empty : ", and the trail holds everything the witness saw")}.</p>\n"
                : $"<p class=\"error\" role=\"alert\" id=\"trail-status\">Broken: {Encode(result.Message)}</p>\n");
            page.Table("Verification", ["Item", "Value"],
            [
                [Encode("Entries verified"), Encode(result.EntriesVerified.ToString(CultureInfo.InvariantCulture))],
                [Encode("Signed checkpoints"), Encode($"{result.Checkpoints.ToString(CultureInfo.InvariantCulture)} ({signing})")],
                [Encode("Entries after the last checkpoint"), Encode(result.UnsignedEntries.ToString(CultureInfo.InvariantCulture))],
                [Encode("Witness"), Encode(witness)],
                [Encode("Last chain hash"), Encode(result.LastHash ?? "—")],
                [Encode("Result"), Encode(result.Message)],
            ]);
            page.Paragraph("What the trail proves, and what it cannot: docs/trail-guarantees.md. Auditors re-check it with `lawfulbasis verify --public-key --witness`.", "hint");
            return Send(page.Document("Audit trail", center.SiteName, Navigation(center)));
        });
    }

    private static void MapClose(
        RouteGroupBuilder dpo, CenterContext center, string action, string field, string description, SubjectRequestKind? kind, string done,
        (string Title, string Detail) missing, Func<IRequestLedger, Guid, string, SubjectRequest> close) =>
        dpo.MapPost($"/requests/{{requestId:guid}}/{action}", (Guid requestId, HttpContext http, IAntiforgery antiforgery, IProcessingGate gate, IRequestLedger requests) =>
            ActAsync(http, antiforgery, gate, requests, requestId, description, request =>
            {
                var text = http.Request.Form[field].ToString().Trim();
                if (text.Length == 0)
                {
                    return SubjectPages.Problem(http, antiforgery, center, StatusCodes.Status400BadRequest, missing.Title, missing.Detail);
                }

                close(requests, request.Id, text);
                return Results.Redirect($"{center.Prefix}/dpo?done={done}", permanent: false);
            }, center, kind));

    private static async Task<IResult> ActAsync(
        HttpContext http, IAntiforgery antiforgery, IProcessingGate gate, IRequestLedger requests, Guid requestId, string action,
        Func<SubjectRequest, IResult> act, CenterContext center, SubjectRequestKind? kind = null)
    {
        if (await SubjectPages.RejectForgeryAsync(http, antiforgery, center).ConfigureAwait(false) is { } forged)
        {
            return forged;
        }

        if (Find(requests, requestId) is not { } request || (kind is { } expected && request.Kind != expected))
        {
            return NotFound(http, antiforgery, center);
        }

        var decision = center.Record(gate, request.SubjectId, ProcessingOperation.Update, ActorOf(http), action);
        if (!decision.IsAllowed)
        {
            return SubjectPages.Refused(http, antiforgery, center, decision);
        }

        try
        {
            return act(request);
        }
        catch (InvalidOperationException e)
        {
            // The ledger and the rights engine refuse what the law does not allow (a third month, a closed request, …).
            return SubjectPages.Problem(http, antiforgery, center, StatusCodes.Status409Conflict, "Not done", e.Message);
        }
    }

    private static SubjectRequest? Find(IRequestLedger requests, Guid id)
    {
        try
        {
            return requests.Get(id);
        }
        catch (KeyNotFoundException)
        {
            return null;
        }
    }

    private static IResult NotFound(HttpContext http, IAntiforgery antiforgery, CenterContext center) =>
        SubjectPages.Problem(http, antiforgery, center, StatusCodes.Status404NotFound, "No such request", "The ledger has no request of this kind with this number.");

    private static IResult Back(CenterContext center, Guid requestId, string done) =>
        Results.Redirect($"{center.Prefix}/dpo/requests/{requestId}?done={done}", permanent: false);

    /// <summary>The DPO as recorded in the trail: the signed-in name (the trail must name who acted, CNIL 2021-122).</summary>
    private static string ActorOf(HttpContext http) => $"dpo:{http.User.Identity?.Name ?? "unnamed"} (privacy center)";

    private static string Short(Guid id) => id.ToString("N")[^8..];

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string IdentityText(IdentityVerification identity) => identity switch
    {
        IdentityVerification.Verified => "Confirmed",
        IdentityVerification.Failed => "Not confirmed",
        _ => "To check",
    };

    private static IEnumerable<(string, string)> Navigation(CenterContext center) =>
    [
        ($"{center.Prefix}/dpo", "Open requests"),
        ($"{center.Prefix}/dpo/ropa", "Record of processing"),
        ($"{center.Prefix}/dpo/trail", "Audit trail"),
    ];

}
