using LawfulBasis.Processing;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace LawfulBasis.AspNetCore;

/// <summary>
/// Answers a <see cref="ProcessingDeniedException"/> that escaped a handler (a gate call inside a service, a gated
/// <c>SaveChanges</c>) with its problem details instead of a 500. Registered by <c>builder.AddLawfulBasis(...)</c>;
/// active once the application calls <c>app.UseExceptionHandler()</c>.
/// </summary>
internal sealed class ProcessingDeniedExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not ProcessingDeniedException denied)
        {
            return false;
        }

        var problem = DenialProblem.Create(denied.Decision, denied.Decision.Purpose?.Name ?? "?");
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception }).ConfigureAwait(false);
    }
}
