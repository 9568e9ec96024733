using System.Runtime.CompilerServices;
using LawfulBasis.Processing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LawfulBasis.AspNetCore;

/// <summary>
/// Declares the purpose an endpoint processes personal data for, and gates it: before the handler runs, the
/// processing gate decides for the data subject the request names; a denial is answered with RFC 9457 problem
/// details (403 or 451) and the handler never runs. Every decision is recorded in the audit trail with the endpoint
/// as the code site.
/// </summary>
public static class PurposeEndpointConventionBuilderExtensions
{
    /// <summary>
    /// Gates a minimal-API endpoint for <typeparamref name="TPurpose"/>: <c>app.MapGet("/patients/{id}", ...).RequirePurpose&lt;Treatment&gt;(subject: "id")</c>
    /// or, for the signed-in caller's own data, <c>.RequirePurpose&lt;Newsletter&gt;(subjectClaim: "sub")</c>.
    /// </summary>
    /// <typeparam name="TPurpose">The declared purpose the endpoint serves.</typeparam>
    /// <param name="builder">The endpoint.</param>
    /// <param name="subject">The route parameter naming the data subject.</param>
    /// <param name="subjectClaim">Or: the claim of the signed-in caller naming the data subject.</param>
    /// <param name="operation">The operation recorded; by default derived from the HTTP method (GET reads, POST collects, PUT/PATCH update, DELETE erases).</param>
    /// <param name="file">Filled in by the compiler: recorded as the code site.</param>
    /// <param name="line">Filled in by the compiler: recorded as the code site.</param>
    /// <returns>The endpoint.</returns>
    public static RouteHandlerBuilder RequirePurpose<TPurpose>(
        this RouteHandlerBuilder builder,
        string? subject = null,
        string? subjectClaim = null,
        ProcessingOperation? operation = null,
        [CallerFilePath] string file = "",
        [CallerLineNumber] int line = 0)
    {
        Gate(builder, typeof(TPurpose), SourceOf(subject, subjectClaim), operation, file, line);
        return builder;
    }

    /// <summary>
    /// Gates every endpoint of a group (or any endpoint convention builder) for <typeparamref name="TPurpose"/>.
    /// </summary>
    /// <typeparam name="TPurpose">The declared purpose the endpoints serve.</typeparam>
    /// <param name="builder">The endpoints.</param>
    /// <param name="subject">The route parameter naming the data subject.</param>
    /// <param name="subjectClaim">Or: the claim of the signed-in caller naming the data subject.</param>
    /// <param name="operation">The operation recorded; by default derived from the HTTP method.</param>
    /// <param name="file">Filled in by the compiler: recorded as the code site.</param>
    /// <param name="line">Filled in by the compiler: recorded as the code site.</param>
    /// <returns>The endpoints.</returns>
    public static IEndpointConventionBuilder RequirePurpose<TPurpose>(
        this IEndpointConventionBuilder builder,
        string? subject = null,
        string? subjectClaim = null,
        ProcessingOperation? operation = null,
        [CallerFilePath] string file = "",
        [CallerLineNumber] int line = 0)
    {
        Gate(builder, typeof(TPurpose), SourceOf(subject, subjectClaim), operation, file, line);
        return builder;
    }

    /// <summary>
    /// Gates every endpoint whose handler, action or controller carries <c>[ProcessingFor&lt;P&gt;]</c>, with the data
    /// subject named by <see cref="ProcessingSubjectAttribute"/>: <c>app.MapControllers().RequireDeclaredPurposes()</c>.
    /// An endpoint with a purpose and no subject binding, or with two purposes, stops the application at start-up.
    /// </summary>
    /// <typeparam name="TBuilder">The convention builder.</typeparam>
    /// <param name="builder">The endpoints (controllers, a route group).</param>
    /// <returns>The endpoints.</returns>
    public static TBuilder RequireDeclaredPurposes<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Finally(endpoint =>
        {
            if (endpoint.Metadata.OfType<PurposeRequirement>().Any())
            {
                return; // gated explicitly with RequirePurpose
            }

            var purposes = endpoint.Metadata.OfType<ProcessingForAttribute>().Select(p => p.Purpose).Distinct().ToArray();
            if (purposes.Length == 0)
            {
                return;
            }

            var name = endpoint.DisplayName ?? "an endpoint";
            if (purposes.Length > 1)
            {
                throw new InvalidOperationException(
                    $"{name} declares {purposes.Length} purposes ({string.Join(", ", purposes.Select(p => p.Name))}): an endpoint must be attributable to one purpose. Keep one [ProcessingFor<P>] on it (a more specific one on the action replaces none on the controller, so split the controller).");
            }

            var source = endpoint.Metadata.OfType<ProcessingSubjectAttribute>().LastOrDefault()?.ToSource()
                ?? throw new InvalidOperationException(
                    $"{name} is declared [ProcessingFor<{purposes[0].Name}>] but does not say whose data it processes: add [ProcessingSubject(\"<route parameter>\")] or [ProcessingSubject(Claim = \"sub\")] to the action or controller.");
            Apply(endpoint, purposes[0], source, null, string.Empty, 0);
        });
        return builder;
    }

    private static SubjectSource SourceOf(string? subject, string? subjectClaim) => (subject, subjectClaim) switch
    {
        ({ Length: > 0 }, null) => SubjectSource.FromRoute(subject),
        (null, { Length: > 0 }) => SubjectSource.FromClaim(subjectClaim),
        (null, null) => throw new ArgumentException("Name the data subject: RequirePurpose<P>(subject: \"<route parameter>\") or RequirePurpose<P>(subjectClaim: \"sub\")."),
        _ => throw new ArgumentException("Name the data subject once: either subject (a route parameter) or subjectClaim, not both, and neither empty."),
    };

    private static void Gate(IEndpointConventionBuilder builder, Type purpose, SubjectSource source, ProcessingOperation? operation, string file, int line)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var requirement = new PurposeRequirement(purpose, source, operation);
        builder.Add(endpoint => endpoint.Metadata.Add(requirement));

        // Finally: the request delegate exists by then, and every other convention has run.
        builder.Finally(endpoint => Apply(endpoint, purpose, source, operation, file, line));
    }

    private static void Apply(EndpointBuilder endpoint, Type purpose, SubjectSource source, ProcessingOperation? operation, string file, int line)
    {
        var name = endpoint.DisplayName ?? "an endpoint";
        var services = endpoint.ApplicationServices;
        var gate = services.GetService<IProcessingGate>()
            ?? throw new InvalidOperationException($"{name} requires purpose `{purpose.Name}`, but LawfulBasis is not registered: call builder.Services.AddLawfulBasis(...) first.");
        var catalog = services.GetRequiredService<ProcessingCatalog>();
        if (!catalog.TryGetPurpose(purpose, out _))
        {
            throw new InvalidOperationException(
                $"{name} requires `{purpose.FullName}`, which is not a declared purpose of the catalog: give it a [Purpose(...)] attribute, and add its assembly with options.AddAssemblyOf<{purpose.Name}>().");
        }

        if (source.RouteParameter is { } parameter && endpoint is RouteEndpointBuilder route && route.RoutePattern.GetParameter(parameter) is null)
        {
            throw new InvalidOperationException(
                $"{name} names its data subject by route parameter `{parameter}`, which its route `{route.RoutePattern.RawText}` does not have: use one of its parameters ({string.Join(", ", route.RoutePattern.Parameters.Select(p => p.Name))}) or subjectClaim.");
        }

        if (!endpoint.Metadata.OfType<PurposeRequirement>().Any())
        {
            endpoint.Metadata.Add(new PurposeRequirement(purpose, source, operation));
        }

        var inner = endpoint.RequestDelegate
            ?? throw new InvalidOperationException($"{name} has no request delegate to gate.");
        // An endpoint that serves one HTTP method has one operation: derived here once rather than per request.
        var fixedOperation = operation
            ?? (endpoint.Metadata.OfType<HttpMethodMetadata>().LastOrDefault()?.HttpMethods is [var only] ? EndpointGate.OperationOf(only) : null);
        endpoint.RequestDelegate = EndpointGate.Create(purpose, gate, source, fixedOperation, name, file, line).Wrap(inner);
    }
}
