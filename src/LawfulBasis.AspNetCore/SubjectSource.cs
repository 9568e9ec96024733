using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace LawfulBasis.AspNetCore;

/// <summary>Where an endpoint finds the identifier of the data subject a request is about.</summary>
public sealed class SubjectSource
{
    private SubjectSource(string? routeParameter, string? claimType)
    {
        RouteParameter = routeParameter;
        ClaimType = claimType;
    }

    /// <summary>The route parameter that holds the subject id (for example <c>id</c> in <c>/patients/{id}</c>), or null.</summary>
    public string? RouteParameter { get; }

    /// <summary>The claim of the signed-in caller that holds the subject id (for example <c>sub</c>), or null.</summary>
    public string? ClaimType { get; }

    /// <summary>The subject is named by a route parameter.</summary>
    /// <param name="parameter">The route parameter's name.</param>
    /// <returns>The source.</returns>
    public static SubjectSource FromRoute(string parameter)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(parameter);
        return new SubjectSource(parameter, null);
    }

    /// <summary>The subject is the signed-in caller, identified by one of their claims (self-service endpoints).</summary>
    /// <param name="claimType">The claim type, for example <c>sub</c> or <see cref="ClaimTypes.NameIdentifier"/>.</param>
    /// <returns>The source.</returns>
    public static SubjectSource FromClaim(string claimType)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(claimType);
        return new SubjectSource(null, claimType);
    }

    /// <summary>Reads the subject id of a request, or null when the request does not carry it.</summary>
    /// <param name="context">The request.</param>
    /// <returns>The subject id, or null.</returns>
    public string? Read(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (RouteParameter is not null)
        {
            return context.Request.RouteValues.TryGetValue(RouteParameter, out var value) ? value as string ?? value?.ToString() : null;
        }

        return context.User.FindFirst(ClaimType!)?.Value;
    }

    /// <inheritdoc />
    public override string ToString() => RouteParameter is not null ? $"route parameter `{RouteParameter}`" : $"claim `{ClaimType}`";
}
