using System.Globalization;
using System.Text;
using LawfulBasis.Notice;
using LawfulBasis.Processing;
using LawfulBasis.Registers;
using LawfulBasis.Rights;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static LawfulBasis.AspNetCore.PrivacyCenter.CenterHtml;

namespace LawfulBasis.AspNetCore.PrivacyCenter;

/// <summary>
/// The signed-in data subject's pages: the notice, their consents with one-click withdrawal, objection, and their
/// requests with status, deadline and downloads. The subject is always the signed-in user, read from the claim the
/// host named; no form field, query string or route value can name another person.
/// </summary>
internal static class SubjectPages
{
    private const string Actor = "data subject (privacy center)";

    /// <summary>The kinds a subject files here; objections are recorded at once in their own section.</summary>
    private static readonly (SubjectRequestKind Kind, string Label, string Hint)[] Kinds =
    [
        (SubjectRequestKind.Access, "Access to my data (Art. 15)", "A copy of your data and what is done with it: purposes, categories, recipients, how long it is kept, your rights, where it came from, and the record of its processing."),
        (SubjectRequestKind.Portability, "My data in a machine-readable file (Art. 20)", "The data you provided, processed by automated means on the basis of your consent or a contract, as JSON you can take to another service."),
        (SubjectRequestKind.Rectification, "Correct my data (Art. 16)", "Inaccurate data corrected, incomplete data completed. The data protection officer contacts you to establish the correction."),
        (SubjectRequestKind.Restriction, "Restrict processing (Art. 18)", "Your data only stored, not otherwise used, while its accuracy, the lawfulness of its processing or an objection is examined, or while you need it for legal claims."),
        (SubjectRequestKind.Erasure, "Erase my data (Art. 17)", "Your data erased. What a law obliges us to keep (Art. 17(3)) is kept, and the answer says what and why."),
    ];

    private static readonly Dictionary<string, string> Done = new(StringComparer.Ordinal)
    {
        ["consent-given"] = "Your consent is recorded. You can withdraw it on this page at any time, with one button.",
        ["consent-withdrawn"] = "Your consent is withdrawn. Processing for this purpose stops from now on (Art. 7(3)).",
        ["objected"] = "Your objection is recorded, and processing for this purpose stops from now on (Art. 21).",
        ["objection-withdrawn"] = "Your objection is withdrawn.",
        ["request-received"] = "Your request is received. The answer is due within one month (Art. 12(3)); its status is shown below.",
    };

    public static void Map(RouteGroupBuilder me, CenterContext center)
    {
        me.MapGet("/", (HttpContext http, IAntiforgery antiforgery, IProcessingGate gate, IConsentLedger consents, IObjectionRegister objections, IRequestLedger requests, TimeProvider time, string? done) =>
        {
            var subject = SubjectOf(http, center);
            var decision = center.Record(gate, subject, ProcessingOperation.Read, Actor, "show the subject's page");
            if (decision is { IsAllowed: false, Reason: DenialReason.Erased })
            {
                return Erased(http, antiforgery, center, requests.ForSubject(subject), time.GetUtcNow());
            }

            if (!decision.IsAllowed)
            {
                return Refused(http, antiforgery, center, decision);
            }

            var page = CenterContext.Page(http, antiforgery, center.Prefix);
            page.Heading(1, "Your privacy");
            page.Paragraph($"This page shows the consents you gave {center.Catalog.Controller?.Name ?? "us"}, your objections and your requests about your data, and lets you change them. You are identified by your sign-in; nothing here asks who you are.");
            page.Status(done is not null && Done.TryGetValue(done, out var message) ? message : null);
            WriteConsents(page, center, consents.History(subject));
            WriteObjections(page, center, objections.History(subject));
            WriteRequests(page, requests.ForSubject(subject), time.GetUtcNow());
            WriteNotice(page, center.Notice);
            return Send(page.Document("Your privacy", center.SiteName, Navigation(center)));
        });

        me.MapPost("/consents", async (HttpContext http, IAntiforgery antiforgery, IProcessingGate gate, IConsentLedger consents) =>
        {
            if (await RejectForgeryAsync(http, antiforgery, center) is { } forged)
            {
                return forged;
            }

            var subject = SubjectOf(http, center);
            var form = http.Request.Form;
            if (center.FindPurpose(form["purpose"]) is not { } purpose || !center.ConsentPurposes().Contains(purpose))
            {
                return Problem(http, antiforgery, center, StatusCodes.Status400BadRequest, "No such consent", "The form named no purpose that rests on consent. Go back to your privacy page and use its buttons.");
            }

            var give = form["decision"] == "give";
            var decision = center.Record(gate, subject, ProcessingOperation.Update, Actor, give ? $"give consent ({purpose.Name})" : $"withdraw consent ({purpose.Name})");
            if (!decision.IsAllowed)
            {
                return Refused(http, antiforgery, center, decision);
            }

            if (give)
            {
                center.Give(consents, purpose, subject, "privacy center: one-click button");
            }
            else
            {
                CenterContext.Withdraw(consents, purpose, subject, "privacy center: one-click button");
            }

            return Results.Redirect($"{center.Prefix}/me?done={(give ? "consent-given" : "consent-withdrawn")}#consents", permanent: false);
        });

        me.MapPost("/objections", async (HttpContext http, IAntiforgery antiforgery, IProcessingGate gate, IObjectionRegister objections, IRequestLedger requests, ISubjectRights rights) =>
        {
            if (await RejectForgeryAsync(http, antiforgery, center) is { } forged)
            {
                return forged;
            }

            var subject = SubjectOf(http, center);
            var form = http.Request.Form;
            if (center.FindPurpose(form["purpose"]) is not { } purpose || !center.ObjectablePurposes().Contains(purpose))
            {
                return Problem(http, antiforgery, center, StatusCodes.Status400BadRequest, "No such purpose", "The form named no purpose open to objection. Go back to your privacy page and use its buttons.");
            }

            var withdraw = form["decision"] == "withdraw";
            var decision = center.Record(gate, subject, ProcessingOperation.Update, Actor, withdraw ? $"withdraw objection ({purpose.Name})" : $"object ({purpose.Name})");
            if (!decision.IsAllowed)
            {
                return Refused(http, antiforgery, center, decision);
            }

            if (withdraw)
            {
                objections.Withdraw(subject, purpose);
                return Results.Redirect($"{center.Prefix}/me?done=objection-withdrawn#objection", permanent: false);
            }

            // Recorded as a request answered at once, so the ledger shows it beside the others; the register stops the processing.
            var request = requests.Receive(subject, SubjectRequestKind.Objection);
            var answered = rights.RecordObjection(request.Id, purpose);
            return answered.Status == RequestStatus.Refused
                ? Problem(http, antiforgery, center, StatusCodes.Status409Conflict, "Objection not possible", answered.Outcome ?? "This purpose is not open to objection.")
                : Results.Redirect($"{center.Prefix}/me?done=objected#objection", permanent: false);
        });

        me.MapPost("/requests", async (HttpContext http, IAntiforgery antiforgery, IProcessingGate gate, IRequestLedger requests) =>
        {
            if (await RejectForgeryAsync(http, antiforgery, center) is { } forged)
            {
                return forged;
            }

            var subject = SubjectOf(http, center);
            if (!Enum.TryParse<SubjectRequestKind>(http.Request.Form["kind"], ignoreCase: false, out var kind) || !Kinds.Any(k => k.Kind == kind))
            {
                return Problem(http, antiforgery, center, StatusCodes.Status400BadRequest, "Choose what you ask for", "Pick one of the requests listed and send the form again.");
            }

            if (!center.TryTakeIntakePermit(subject))
            {
                http.Response.Headers.RetryAfter = ((int)center.Options.IntakeWindow.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                return Problem(http, antiforgery, center, StatusCodes.Status429TooManyRequests, "Too many requests in a short time",
                    "Many requests were sent from your account in a short time, so this one was not taken. Please try again later. This only slows automated submissions: there is no limit on how often you may exercise your rights.");
            }

            var decision = center.Record(gate, subject, ProcessingOperation.Collect, Actor, $"receive a request ({kind})");
            if (!decision.IsAllowed)
            {
                return Refused(http, antiforgery, center, decision);
            }

            requests.Receive(subject, kind);
            return Results.Redirect($"{center.Prefix}/me?done=request-received#requests", permanent: false);
        });

        me.MapPost("/requests/{requestId:guid}/download", async (Guid requestId, HttpContext http, IAntiforgery antiforgery, IProcessingGate gate, IRequestLedger requests, ISubjectRights rights, CancellationToken cancellationToken) =>
        {
            if (await RejectForgeryAsync(http, antiforgery, center) is { } forged)
            {
                return forged;
            }

            var subject = SubjectOf(http, center);
            // Only the subject's own requests exist for them: another id is "not found", never "not yours".
            var request = requests.ForSubject(subject).FirstOrDefault(r => r.Id == requestId);
            if (request is null || request.Kind is not (SubjectRequestKind.Access or SubjectRequestKind.Portability))
            {
                return Problem(http, antiforgery, center, StatusCodes.Status404NotFound, "No such request", "You have no access or portability request with this number.");
            }

            if (request.Status != RequestStatus.Open || request.Identity != IdentityVerification.Verified)
            {
                return Problem(http, antiforgery, center, StatusCodes.Status409Conflict, "Not ready", request.Status != RequestStatus.Open
                    ? "This request is already answered. Ask again for a new copy: there is no limit on how often you may."
                    : "Your identity has not been confirmed yet (Art. 12(6)). The download appears once it is.");
            }

            var decision = center.Record(gate, subject, ProcessingOperation.Read, Actor, $"send the answer to a request ({request.Kind})");
            if (!decision.IsAllowed)
            {
                return Refused(http, antiforgery, center, decision);
            }

            // Generated now, from the data as it is, and never stored: the download is the only copy.
            var stamp = DateTime.UtcNow.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            try
            {
                return request.Kind == SubjectRequestKind.Access
                    ? Results.File(Encoding.UTF8.GetBytes(AccessReportWriter.ToMarkdown(await rights.AccessAsync(requestId, cancellationToken).ConfigureAwait(false))),
                        "text/markdown; charset=utf-8", $"access-report-{stamp}.md")
                    : Results.File(Encoding.UTF8.GetBytes(AccessReportWriter.ToJson(await rights.PortabilityAsync(requestId, cancellationToken).ConfigureAwait(false))),
                        "application/json", $"my-data-{stamp}.json");
            }
            catch (InvalidOperationException e)
            {
                // The rights engine refuses what changed meanwhile (the request was answered or refused in another tab).
                return Problem(http, antiforgery, center, StatusCodes.Status409Conflict, "Not ready", e.Message);
            }
        });
    }

    /// <summary>The subject id from the claim the host named (the group's policy guarantees the claim is there).</summary>
    private static string SubjectOf(HttpContext http, CenterContext center) =>
        http.User.FindFirst(center.Options.SubjectClaim!)?.Value is { Length: > 0 } id
            ? id
            : throw new InvalidOperationException($"The signed-in user has no `{center.Options.SubjectClaim}` claim; the subject pages' policy should have refused them.");

    private static IEnumerable<(string, string)> Navigation(CenterContext center) =>
    [
        ($"{center.Prefix}/me#consents", "Consents"),
        ($"{center.Prefix}/me#objection", "Objection"),
        ($"{center.Prefix}/me#requests", "Requests"),
        ($"{center.Prefix}/me#notice", "Privacy notice"),
    ];

    private static void WriteConsents(CenterHtml page, CenterContext center, IReadOnlyList<ConsentRecord> history)
    {
        page.Heading(2, "Your consents", "consents");
        var purposes = center.ConsentPurposes().ToArray();
        if (purposes.Length == 0)
        {
            page.Paragraph("Nothing here rests on your consent.");
            return;
        }

        page.Paragraph("Withdrawing is as easy as giving: one button either way (Art. 7(3)). Withdrawal stops the processing from then on; it does not make what was done before unlawful.", "hint");
        foreach (var purpose in purposes)
        {
            var current = history.LastOrDefault(r => r.PurposeId == purpose.Id);
            page.Heading(3, purpose.Description);
            var state = current switch
            {
                { Action: ConsentAction.Given } receipt => $"Given on {Day(receipt.At)}{(receipt.NoticeVersion is null ? string.Empty : ", after the privacy notice version " + receipt.NoticeVersion)}.",
                { Action: ConsentAction.Withdrawn } withdrawn => $"Withdrawn on {Day(withdrawn.At)}.",
                _ => "Not given.",
            };
            page.Paragraph($"Status: {state}");
            var given = current?.Action == ConsentAction.Given;
            var label = given
                ? $"Withdraw consent: {purpose.Description}"
                : CenterContext.NeedsExplicitConsent(purpose) ? $"I explicitly consent: {purpose.Description}" : $"Give consent: {purpose.Description}";
            page.Form("/me/consents", Hidden("purpose", purpose.Id) + Hidden("decision", given ? "withdraw" : "give"),
                given ? "Withdraw consent" : CenterContext.NeedsExplicitConsent(purpose) ? "I explicitly consent" : "Give consent", "inline", label);
        }
    }

    private static void WriteObjections(CenterHtml page, CenterContext center, IReadOnlyList<ObjectionRecord> history)
    {
        page.Heading(2, "Your right to object (Art. 21)", "objection");
        var purposes = center.ObjectablePurposes().ToArray();
        if (purposes.Length == 0)
        {
            page.Paragraph("No processing here is open to objection: it rests on a contract, a legal obligation, vital interests or your consent (withdraw the consent instead).");
            return;
        }

        foreach (var purpose in purposes)
        {
            page.Heading(3, purpose.Description);
            page.Paragraph(purpose.IsDirectMarketing
                ? "Direct marketing: you may object at any time, without giving reasons, and it then stops, with no exception (Art. 21(2)–(3))."
                : "You may object on grounds relating to your particular situation; the processing then stops unless compelling legitimate grounds that override your interests are demonstrated (Art. 21(1)).", "hint");
            var latest = history.LastOrDefault(r => r.PurposeId is null || r.PurposeId == purpose.Id
                || (purpose.IsDirectMarketing && center.FindPurpose(r.PurposeId)?.IsDirectMarketing == true));
            var objected = latest?.Action is ObjectionAction.Raised or ObjectionAction.Overridden;
            page.Paragraph(latest switch
            {
                { Action: ObjectionAction.Raised } raised => $"Status: you objected on {Day(raised.At)}; the processing has stopped.",
                { Action: ObjectionAction.Overridden } overridden => $"Status: you objected; on {Day(overridden.At)} compelling legitimate grounds were documented ({overridden.Reference}).",
                _ => "Status: no objection.",
            });
            page.Form("/me/objections", Hidden("purpose", purpose.Id) + Hidden("decision", objected ? "withdraw" : "object"),
                objected ? "Withdraw my objection" : "Object", "inline", (objected ? "Withdraw my objection: " : "Object: ") + purpose.Description);
        }
    }

    /// <summary>
    /// The page of a subject whose data was erased: not an error, but the answer Art. 12(3) and 17 owe them — their
    /// erasure request and when it was completed, what was kept and why (its outcome), and their other requests, read
    /// from the request ledger, which the controller keeps to show the requests were answered (Art. 5(2)). Nothing else
    /// about them is shown (their consents and objections went with their data), and no form is offered (the gate refuses
    /// any new processing of them). The visit is in the trail as the gate's denial, as every refused processing is.
    /// </summary>
    private static IResult Erased(HttpContext http, IAntiforgery antiforgery, CenterContext center, IReadOnlyList<SubjectRequest> requests, DateTimeOffset now)
    {
        var page = CenterContext.Page(http, antiforgery, center.Prefix);
        page.Heading(1, "Your data was erased");
        var erasure = requests.Where(r => r.Kind == SubjectRequestKind.Erasure && r.Status == RequestStatus.Completed).MaxBy(r => r.ClosedAt);
        page.Status(erasure is null
            ? "Your data was erased (Art. 17)."
            : $"Your erasure request (Art. 17) of {Day(erasure.ReceivedAt)} was completed on {Day(erasure.ClosedAt ?? erasure.ReceivedAt)}.");
        if (erasure?.Outcome is { Length: > 0 } outcome)
        {
            page.Paragraph($"What was done: {outcome}");
        }

        page.Paragraph("Nothing else about you is processed here any more: your consents and objections were removed with your data, and the record of what was done with your data before can no longer be linked to you. Data a law obliges us to keep (Art. 17(3)) is kept only for that reason and only as long as that law requires.");
        var controller = center.Catalog.Controller;
        var contact = controller?.DataProtectionOfficer ?? controller?.Contact;
        page.Paragraph((contact is null ? "If you have a question about your erasure, contact us." : $"If you have a question about your erasure, contact {contact}.")
            + " You may also lodge a complaint with a supervisory authority (Art. 77).");
        WriteRequests(page, requests, now, canRequest: false);
        return Send(page.Document("Your data was erased", center.SiteName, [(center.Prefix + "/me#requests", "Your requests")]));
    }

    private static void WriteRequests(CenterHtml page, IReadOnlyList<SubjectRequest> requests, DateTimeOffset now, bool canRequest = true)
    {
        page.Heading(2, "Your requests", "requests");
        page.Paragraph("Every request is answered free of charge within one month of receipt. That month can be extended by two more for complex or numerous requests; you are then told why within the first month (Art. 12(3)). Before access, portability or erasure is answered, your identity is confirmed (Art. 12(6)).", "hint");
        if (requests.Count > 0)
        {
            page.Table("Your requests, newest first", ["Request", "Received", "Answer due", "Identity", "Status", "Answer"],
                requests.OrderByDescending(r => r.ReceivedAt).Select(r => new[]
                {
                    Encode(KindText(r.Kind)),
                    Encode(Day(r.ReceivedAt)),
                    Encode(Day(r.DueAt)) + (r.Extension is { } e ? $"<br><span class=\"hint\">Extended by {e.Months} month{(e.Months > 1 ? "s" : string.Empty)}: {Encode(e.Reason)}</span>" : string.Empty)
                        + (r.IsOverdueAt(now) ? " <span class=\"overdue\">(overdue)</span>" : string.Empty),
                    Encode(r.Identity switch
                    {
                        IdentityVerification.Verified => "Confirmed",
                        IdentityVerification.Failed => "Could not be confirmed",
                        _ => "Being checked",
                    }),
                    Encode(r.Status switch
                    {
                        RequestStatus.Completed => $"Answered on {Day(r.ClosedAt ?? r.ReceivedAt)}",
                        RequestStatus.Refused => $"Refused on {Day(r.ClosedAt ?? r.ReceivedAt)}",
                        _ => "Open",
                    }),
                    AnswerCell(page, r),
                }));
        }
        else
        {
            page.Paragraph("You have made no request yet.");
        }

        if (!canRequest)
        {
            return;
        }

        var choices = new StringBuilder("<fieldset>\n<legend>What do you ask for?</legend>\n");
        foreach (var (kind, label, hint) in Kinds)
        {
            var id = $"kind-{kind.ToString().ToLowerInvariant()}";
            choices.Append(CultureInfo.InvariantCulture, $"<label class=\"choice\" for=\"{id}\"><input type=\"radio\" id=\"{id}\" name=\"kind\" value=\"{kind}\" required aria-describedby=\"{id}-hint\"> {Encode(label)}</label>\n");
            choices.Append(CultureInfo.InvariantCulture, $"<p class=\"hint\" id=\"{id}-hint\">{Encode(hint)}</p>\n");
        }

        choices.Append("</fieldset>\n");
        page.Heading(3, "Make a request");
        page.Form("/me/requests", choices.ToString(), "Send request", label: "Make a request");
    }

    private static string AnswerCell(CenterHtml page, SubjectRequest request)
    {
        if (request.Status != RequestStatus.Open)
        {
            return Encode(request.Outcome);
        }

        if (request.Kind is SubjectRequestKind.Access or SubjectRequestKind.Portability && request.Identity == IdentityVerification.Verified)
        {
            var button = request.Kind == SubjectRequestKind.Access ? "Download your access report" : "Download your data (JSON)";
            return page.FormMarkup($"/me/requests/{request.Id}/download", string.Empty, button, "inline");
        }

        return Encode("Not answered yet.");
    }

    private static void WriteNotice(CenterHtml page, PrivacyNotice notice)
    {
        page.Heading(2, "Privacy notice", "notice");
        page.Paragraph($"How your data is processed and your rights (Art. 13 and 14). Version {notice.Version}: the consents you give name this version.");
        page.Raw("<details>\n<summary>Read the privacy notice</summary>\n");
        page.Raw(BodyOf(notice.Render(NoticeFormat.Html), levels: 2));
        page.Raw("</details>\n");
    }

    public static string KindText(SubjectRequestKind kind) => kind switch
    {
        SubjectRequestKind.Access => "Access (Art. 15)",
        SubjectRequestKind.Portability => "Portability (Art. 20)",
        SubjectRequestKind.Erasure => "Erasure (Art. 17)",
        SubjectRequestKind.Rectification => "Rectification (Art. 16)",
        SubjectRequestKind.Restriction => "Restriction (Art. 18)",
        SubjectRequestKind.Objection => "Objection (Art. 21)",
        _ => kind.ToString(),
    };

    /// <summary>A check failed before anything was done: the anti-forgery token is missing or wrong.</summary>
    internal static async Task<IResult?> RejectForgeryAsync(HttpContext http, IAntiforgery antiforgery, CenterContext center) =>
        await antiforgery.IsRequestValidAsync(http).ConfigureAwait(false)
            ? null
            : Problem(http, antiforgery, center, StatusCodes.Status400BadRequest, "The form could not be accepted",
                "The form was not sent from this site's own page, or it expired. Go back, reload the page and try again. Nothing was changed.");

    /// <summary>A page that says what went wrong and what to do, with the right status code.</summary>
    internal static IResult Problem(HttpContext http, IAntiforgery antiforgery, CenterContext center, int status, string title, string detail)
    {
        var page = CenterContext.Page(http, antiforgery, center.Prefix);
        page.Heading(1, title);
        page.Raw($"<p class=\"error\" role=\"alert\">{Encode(detail)}</p>\n");
        return Send(page.Document(title, center.SiteName, [(center.Prefix + "/me", "Your privacy")]), status);
    }

    /// <summary>The gate refused the center's own processing (for example after the subject's erasure): say why.</summary>
    internal static IResult Refused(HttpContext http, IAntiforgery antiforgery, CenterContext center, ProcessingDecision decision) =>
        Problem(http, antiforgery, center, DenialProblem.StatusCodeOf(decision.Reason),
            decision.Reason == DenialReason.Erased ? "Your data was erased" : "This cannot be done now",
            $"{decision.Explanation} ({decision.Article}).");
}
