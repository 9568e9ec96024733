namespace LawfulBasis.AspNetCore;

/// <summary>
/// Says where a gated controller action (or minimal-API handler) declared with <c>[ProcessingFor&lt;P&gt;]</c> finds the
/// data subject: a route parameter (<c>[ProcessingSubject("id")]</c>) or a claim of the signed-in caller
/// (<c>[ProcessingSubject(Claim = "sub")]</c>). Set exactly one. On a controller it applies to every action.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class ProcessingSubjectAttribute : Attribute
{
    /// <summary>The subject is the signed-in caller; set <see cref="Claim"/>.</summary>
    public ProcessingSubjectAttribute()
    {
    }

    /// <summary>The subject is named by a route parameter.</summary>
    /// <param name="routeParameter">The route parameter's name, for example <c>id</c>.</param>
    public ProcessingSubjectAttribute(string routeParameter)
    {
        RouteParameter = routeParameter;
    }

    /// <summary>The route parameter that holds the subject id, or null.</summary>
    public string? RouteParameter { get; }

    /// <summary>The claim of the signed-in caller that holds the subject id, or null.</summary>
    public string? Claim { get; set; }

    internal SubjectSource? ToSource() => (RouteParameter, Claim) switch
    {
        ({ Length: > 0 } route, null) => SubjectSource.FromRoute(route),
        (null, { Length: > 0 } claim) => SubjectSource.FromClaim(claim),
        _ => null,
    };
}
