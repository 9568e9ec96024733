using System.Text.Json;
using System.Text.Json.Serialization;
using LawfulBasis.Registers;
using LawfulBasis.Rights;
using LawfulBasis.Ropa;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LawfulBasis.AspNetCore;

/// <summary>
/// Privacy endpoints for a DPO or a self-service portal: the Record of Processing Activities, subject requests received
/// into the ledger and answered, and the open requests with their deadlines. Opt-in, and secured by default: they are
/// mapped only behind an authorization policy that exists.
/// </summary>
public static class PrivacyEndpointRouteBuilderExtensions
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() }, WriteIndented = true };

    /// <summary>
    /// Maps, under <paramref name="prefix"/> and behind <paramref name="authorizationPolicy"/>:
    /// <list type="bullet">
    /// <item><c>GET ropa?format=json|html|markdown|csv</c>: the record (Art. 30), the application's <see cref="RecordOfProcessing"/> (with the audit trail's signing key and witness when checkpoints are signed);</item>
    /// <item><c>GET requests</c>: open requests with their due dates (Art. 12(3)), overdue ones flagged;</item>
    /// <item><c>POST requests</c> <c>{"subjectId", "kind", "identityVerified"}</c>: receives a request into the ledger;</item>
    /// <item><c>GET requests/{id}/plan</c>: for an erasure request, the erasure plan (Art. 17(1), 17(3)) without changing anything: per source and
    /// related data type, erase or keep and why (JSON, or <c>?format=markdown</c>);</item>
    /// <item><c>POST requests/{id}/answer</c>: answers it — the access report (Art. 15; JSON, or <c>?format=markdown</c>), the portability export
    /// (Art. 20), the erasure receipt (Art. 17, with the records erased, anonymised or kept per data type; JSON, or <c>?format=markdown</c>), or
    /// records the restriction (<c>?ground=</c>, Art. 18) or objection (Art. 21).</item>
    /// </list>
    /// </summary>
    /// <param name="endpoints">The application.</param>
    /// <param name="authorizationPolicy">The policy every privacy endpoint requires (for example one granting the DPO role). Required.</param>
    /// <param name="prefix">The route prefix; <c>/privacy</c> by default.</param>
    /// <returns>The group, for further conventions.</returns>
    /// <exception cref="InvalidOperationException">No policy named, or the policy is not registered.</exception>
    public static RouteGroupBuilder MapPrivacyEndpoints(this IEndpointRouteBuilder endpoints, string authorizationPolicy, string prefix = "/privacy")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (string.IsNullOrWhiteSpace(authorizationPolicy))
        {
            throw new InvalidOperationException(
                "The privacy endpoints list people's requests and answer them with their data: they are mapped only behind an authorization policy. Register one (services.AddAuthorization(o => o.AddPolicy(\"dpo\", p => p.RequireRole(\"dpo\")))) and pass its name.");
        }

        var policies = endpoints.ServiceProvider.GetService<IAuthorizationPolicyProvider>()
            ?? throw new InvalidOperationException("The privacy endpoints need authorization: call services.AddAuthorization(...) and app.UseAuthorization().");
        if (policies.GetPolicyAsync(authorizationPolicy).GetAwaiter().GetResult() is null)
        {
            throw new InvalidOperationException($"The privacy endpoints' authorization policy \"{authorizationPolicy}\" is not registered: add it with services.AddAuthorization(o => o.AddPolicy(\"{authorizationPolicy}\", ...)).");
        }

        var group = endpoints.MapGroup(prefix);
        group.RequireAuthorization(authorizationPolicy);

        group.MapGet("/ropa", (RecordOfProcessing record, string? format) =>
        {
            var (kind, contentType) = (format ?? "json").ToLowerInvariant() switch
            {
                "json" => (RopaFormat.Json, "application/json"),
                "html" => (RopaFormat.Html, "text/html; charset=utf-8"),
                "markdown" or "md" => (RopaFormat.Markdown, "text/markdown; charset=utf-8"),
                "csv" => (RopaFormat.Csv, "text/csv; charset=utf-8"),
                _ => ((RopaFormat?)null, string.Empty),
            };
            return kind is { } f
                ? Results.Text(record.Render(f), contentType)
                : Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown format", detail: $"format \"{format}\" is not one of json, html, markdown, csv.");
        });

        group.MapGet("/requests", (IRequestLedger ledger, TimeProvider time) =>
        {
            var now = time.GetUtcNow();
            return Results.Json(ledger.Open().OrderBy(r => r.DueAt).Select(r => new
            {
                r.Id, r.SubjectId, r.Kind, r.ReceivedAt, r.DueAt, r.Identity, Overdue = r.IsOverdueAt(now),
            }), Json);
        });

        group.MapPost("/requests", (RequestIntake intake, IRequestLedger ledger) =>
        {
            if (string.IsNullOrWhiteSpace(intake.SubjectId))
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "No data subject", detail: "Set subjectId to the identifier of the person the request is about.");
            }

            var request = ledger.Receive(intake.SubjectId, intake.Kind);
            if (intake.IdentityVerified)
            {
                request = ledger.VerifyIdentity(request.Id, verified: true);
            }

            return Results.Json(request, Json, statusCode: StatusCodes.Status201Created);
        });

        group.MapPost("/requests/{requestId:guid}/answer", async (Guid requestId, RestrictionGround? ground, string? format, IRequestLedger ledger, ISubjectRights rights, CancellationToken cancellationToken) =>
        {
            SubjectRequest request;
            try
            {
                request = ledger.Get(requestId);
            }
            catch (Exception e) when (e is KeyNotFoundException or ArgumentException or InvalidOperationException)
            {
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such request", detail: e.Message);
            }

            try
            {
                return request.Kind switch
                {
                    SubjectRequestKind.Access when format is "markdown" or "md" => Results.Text(AccessReportWriter.ToMarkdown(await rights.AccessAsync(requestId, cancellationToken).ConfigureAwait(false)), "text/markdown; charset=utf-8"),
                    SubjectRequestKind.Access => Results.Text(AccessReportWriter.ToJson(await rights.AccessAsync(requestId, cancellationToken).ConfigureAwait(false)), "application/json"),
                    SubjectRequestKind.Portability => Results.Text(AccessReportWriter.ToJson(await rights.PortabilityAsync(requestId, cancellationToken).ConfigureAwait(false)), "application/json"),
                    SubjectRequestKind.Erasure when format is "markdown" or "md" => Results.Text(ErasureReceiptWriter.ToMarkdown(await rights.EraseAsync(requestId, cancellationToken).ConfigureAwait(false)), "text/markdown; charset=utf-8"),
                    SubjectRequestKind.Erasure => Results.Json(await rights.EraseAsync(requestId, cancellationToken).ConfigureAwait(false), Json),
                    SubjectRequestKind.Restriction => Results.Json(rights.Restrict(requestId, ground ?? RestrictionGround.AccuracyContested), Json),
                    SubjectRequestKind.Objection => Results.Json(rights.RecordObjection(requestId, null), Json),
                    _ => Results.Problem(statusCode: StatusCodes.Status501NotImplemented, title: "Not answered here", detail: $"{request.Kind} requests are answered by the application itself."),
                };
            }
            catch (InvalidOperationException e)
            {
                // The rights engine refuses, for example, an unverified identity (Art. 12(6)) or a closed request.
                return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The request cannot be answered yet", detail: e.Message);
            }
        });

        // The plan before the erasure is approved: nothing changes, and the request stays as it is.
        group.MapGet("/requests/{requestId:guid}/plan", (Guid requestId, string? format, IRequestLedger ledger, ISubjectRights rights) =>
        {
            SubjectRequest request;
            try
            {
                request = ledger.Get(requestId);
            }
            catch (Exception e) when (e is KeyNotFoundException or ArgumentException or InvalidOperationException)
            {
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such request", detail: e.Message);
            }

            if (request.Kind != SubjectRequestKind.Erasure)
            {
                return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Not an erasure request",
                    detail: $"Request {requestId} is a {request.Kind} request: only an erasure request has a plan.");
            }

            var plan = rights.PlanErasure(request.SubjectId);
            return format is "markdown" or "md"
                ? Results.Text(ErasureReceiptWriter.ToMarkdown(plan), "text/markdown; charset=utf-8")
                : Results.Json(plan, Json);
        });

        return group;
    }
}

/// <summary>A subject request as received by <c>POST {prefix}/requests</c>.</summary>
/// <param name="SubjectId">The data subject.</param>
/// <param name="Kind">What is asked.</param>
/// <param name="IdentityVerified">Whether the requester's identity was checked (Art. 12(6)); access and erasure need it.</param>
public sealed record RequestIntake(string SubjectId, [property: JsonConverter(typeof(JsonStringEnumConverter<SubjectRequestKind>))] SubjectRequestKind Kind, bool IdentityVerified);
