using LawfulBasis.Processing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace LawfulBasis.AspNetCore;

/// <summary>
/// Wraps an endpoint's request delegate: asks the gate before the handler runs, answers a denial with its problem
/// details, and maps a <see cref="ProcessingDeniedException"/> thrown later in the handler (for example by a gated
/// <c>SaveChanges</c>) the same way. Built once per endpoint; an allowed request allocates nothing here, the gate's own
/// cost aside.
/// </summary>
internal abstract class EndpointGate
{
    private readonly SubjectSource _subject;
    private readonly string? _routeParameter;
    private readonly ProcessingOperation? _operation;

    protected EndpointGate(SubjectSource subject, ProcessingOperation? operation, string codeSite, string file, int line)
    {
        _subject = subject;
        _routeParameter = subject.RouteParameter;
        _operation = operation;
        CodeSite = codeSite;
        File = file;
        Line = line;
    }

    /// <summary>The endpoint's display name, recorded as the code site's member.</summary>
    protected string CodeSite { get; }

    protected string File { get; }

    protected int Line { get; }

    /// <summary>The purpose's name, for problems about an undeclared purpose.</summary>
    protected abstract string PurposeName { get; }

    /// <summary>Creates the gate for a purpose type known only at run time (from <c>[ProcessingFor&lt;P&gt;]</c>).</summary>
    public static EndpointGate Create(Type purpose, IProcessingGate gate, SubjectSource subject, ProcessingOperation? operation, string codeSite, string file, int line) =>
        (EndpointGate)Activator.CreateInstance(typeof(EndpointGate<>).MakeGenericType(purpose), gate, subject, operation, codeSite, file, line)!;

    /// <remarks>
    /// Per request only what the request decides: the subject (one route-value lookup, or one claim), the actor, and the
    /// operation when the endpoint serves several HTTP methods. The code site, the purpose's generic call and an
    /// endpoint's single method's operation are fixed when the endpoint is built.
    /// </remarks>
    public RequestDelegate Wrap(RequestDelegate inner) => context =>
    {
        var subjectId = _routeParameter is not null
            ? context.Request.RouteValues.TryGetValue(_routeParameter, out var value) ? value as string ?? value?.ToString() : null
            : _subject.Read(context);
        if (string.IsNullOrEmpty(subjectId))
        {
            return MissingSubject(context);
        }

        var operation = _operation ?? OperationOf(context.Request.Method);
        // The authentication feature, not HttpContext.User, which would allocate an anonymous principal when nobody signed in.
        var actor = context.Features.Get<IHttpAuthenticationFeature>()?.User?.Identity?.Name;
        if (!Decide(subjectId, operation, new ProcessingContext { Actor = actor }, out var decision))
        {
            return WriteDenial(context, decision);
        }

        Task handled;
        try
        {
            handled = inner(context);
        }
        catch (ProcessingDeniedException e)
        {
            return WriteDenial(context, e.Decision);
        }

        return handled.IsCompletedSuccessfully ? handled : AwaitHandler(handled, context);
    };

    protected abstract bool Decide(string subjectId, ProcessingOperation operation, ProcessingContext processing, out ProcessingDecision decision);

    /// <summary>What an HTTP method does with the data, when the endpoint does not say.</summary>
    internal static ProcessingOperation OperationOf(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) ? ProcessingOperation.Read
        : HttpMethods.IsPost(method) ? ProcessingOperation.Collect
        : HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) ? ProcessingOperation.Update
        : HttpMethods.IsDelete(method) ? ProcessingOperation.Erase
        : ProcessingOperation.Read;

    private async Task AwaitHandler(Task handled, HttpContext context)
    {
        try
        {
            await handled.ConfigureAwait(false);
        }
        catch (ProcessingDeniedException e) when (!context.Response.HasStarted)
        {
            await WriteDenial(context, e.Decision).ConfigureAwait(false);
        }
    }

    private Task WriteDenial(HttpContext context, ProcessingDecision decision)
    {
        var problem = DenialProblem.Create(decision, PurposeName);
        return Results.Problem(problem).ExecuteAsync(context);
    }

    private Task MissingSubject(HttpContext context)
    {
        var claim = _subject.ClaimType is not null;
        var problem = new ProblemDetails
        {
            Status = claim ? StatusCodes.Status401Unauthorized : StatusCodes.Status400BadRequest,
            Title = "No data subject named",
            Detail = claim
                ? $"This endpoint processes the signed-in caller's personal data and needs their {_subject}; sign in first."
                : $"This endpoint processes one data subject's personal data and needs the {_subject}.",
        };
        return Results.Problem(problem).ExecuteAsync(context);
    }
}

/// <summary>The gate of one purpose: the generic call the gate needs, made without reflection per request.</summary>
/// <typeparam name="TPurpose">The purpose.</typeparam>
internal sealed class EndpointGate<TPurpose>(IProcessingGate gate, SubjectSource subject, ProcessingOperation? operation, string codeSite, string file, int line)
    : EndpointGate(subject, operation, codeSite, file, line)
{
    protected override string PurposeName => typeof(TPurpose).Name;

    protected override bool Decide(string subjectId, ProcessingOperation operation, ProcessingContext processing, out ProcessingDecision decision) =>
        gate.TryBegin<TPurpose>(subjectId, operation, out decision, processing, CodeSite, File, Line);
}
