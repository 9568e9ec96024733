using LawfulBasis.AspNetCore.PrivacyCenter;
using LawfulBasis.Notice;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LawfulBasis.AspNetCore;

/// <summary>
/// The privacy center: server-rendered pages where the signed-in data subject reads the notice, withdraws consent,
/// objects and makes requests, and where the DPO follows requests and deadlines. Plain HTML and one stylesheet from the
/// library, no script, no CDN; every form carries an anti-forgery token; every page and action goes through the
/// processing gate, so it is in the audit trail like any other processing.
/// </summary>
public static class PrivacyCenterEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the privacy center under <paramref name="prefix"/>:
    /// <list type="bullet">
    /// <item><c>{prefix}/me</c>: the signed-in subject's page (their id from <see cref="PrivacyCenterOptions.SubjectClaim"/>);</item>
    /// <item><c>{prefix}/dpo</c>: the DPO's pages, behind <see cref="PrivacyCenterOptions.DpoPolicy"/>;</item>
    /// <item><c>{prefix}/center.css</c>: the stylesheet.</item>
    /// </list>
    /// The routes do not collide with <see cref="PrivacyEndpointRouteBuilderExtensions.MapPrivacyEndpoints"/> under the
    /// same prefix. The host needs authentication, <c>services.AddAuthorization()</c> with the DPO policy, and
    /// <c>services.AddAntiforgery()</c>.
    /// </summary>
    /// <param name="endpoints">The application.</param>
    /// <param name="prefix">The route prefix, for example <c>/privacy</c>.</param>
    /// <param name="configure">Names the subject claim, the DPO policy and the purpose the center's processing serves.</param>
    /// <returns>The group, for further conventions.</returns>
    /// <exception cref="InvalidOperationException">Something the center needs is missing; the message says what and how to add it.</exception>
    public static RouteGroupBuilder MapPrivacyCenter(this IEndpointRouteBuilder endpoints, string prefix, Action<PrivacyCenterOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(configure);
        if (string.IsNullOrWhiteSpace(prefix) || !prefix.StartsWith('/'))
        {
            throw new ArgumentException($"The privacy center's prefix \"{prefix}\" must be a path starting with '/', for example \"/privacy\".", nameof(prefix));
        }

        prefix = prefix.TrimEnd('/');
        var options = new PrivacyCenterOptions();
        configure(options);
        var services = endpoints.ServiceProvider;
        var catalog = Validate(options, services);
        var notice = services.GetService<PrivacyNotice>() ?? NoticeFor(catalog, options.DataSubject);
        var center = new CenterContext(options, prefix, catalog, notice);

        var group = endpoints.MapGroup(prefix);
        group.MapGet("/center.css", () => Results.Text(CenterStylesheet.Css, "text/css; charset=utf-8")).AllowAnonymous();

        var me = group.MapGroup("/me");
        me.RequireAuthorization(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireClaim(options.SubjectClaim!).Build());
        me.AddEndpointFilter(SecurityHeaders);
        SubjectPages.Map(me, center);

        var dpo = group.MapGroup("/dpo");
        dpo.RequireAuthorization(options.DpoPolicy!);
        dpo.AddEndpointFilter(SecurityHeaders);
        DpoPages.Map(dpo, center);
        return group;
    }

    /// <summary>
    /// Pages that hold one person's data are never cached, framed, sniffed or sent as a referrer, and may load nothing
    /// but the center's own stylesheet and post nowhere but to the center.
    /// </summary>
    private static async ValueTask<object?> SecurityHeaders(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var headers = context.HttpContext.Response.Headers;
        headers.CacheControl = "no-store";
        headers["Content-Security-Policy"] = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XContentTypeOptions = "nosniff";
        return await next(context).ConfigureAwait(false);
    }

    private static ProcessingCatalog Validate(PrivacyCenterOptions options, IServiceProvider services)
    {
        if (string.IsNullOrWhiteSpace(options.SubjectClaim))
        {
            throw new InvalidOperationException(
                "The privacy center shows each signed-in person their own data: name the claim that holds their data-subject id (options.SubjectClaim = \"sub\"). It is never read from a form.");
        }

        if (string.IsNullOrWhiteSpace(options.DpoPolicy))
        {
            throw new InvalidOperationException(
                "The privacy center's DPO pages list everyone's requests: they are mapped only behind an authorization policy. Register one (services.AddAuthorization(o => o.AddPolicy(\"dpo\", p => p.RequireRole(\"dpo\")))) and set options.DpoPolicy to its name.");
        }

        var policies = services.GetService<IAuthorizationPolicyProvider>()
            ?? throw new InvalidOperationException("The privacy center needs authorization: call services.AddAuthorization(...) and app.UseAuthentication(); app.UseAuthorization().");
        if (policies.GetPolicyAsync(options.DpoPolicy).GetAwaiter().GetResult() is null)
        {
            throw new InvalidOperationException($"The privacy center's DPO policy \"{options.DpoPolicy}\" is not registered: add it with services.AddAuthorization(o => o.AddPolicy(\"{options.DpoPolicy}\", ...)).");
        }

        if (services.GetService<IAntiforgery>() is null)
        {
            throw new InvalidOperationException("The privacy center protects every form with an anti-forgery token: call services.AddAntiforgery().");
        }

        if (options.RequestsPurpose is not { } purpose)
        {
            throw new InvalidOperationException(
                "The privacy center's own processing (showing a subject their requests, taking and answering them) is recorded in the audit trail under a declared purpose: declare one, usually [Purpose(\"Answer data subjects' requests\", LegalBasis.LegalObligation, LegalReference = \"GDPR Art. 12 to 22\")], and name it with options.RecordUnder<TPurpose>().");
        }

        var catalog = services.GetService<ProcessingCatalog>()
            ?? throw new InvalidOperationException("The privacy center needs LawfulBasis: call builder.AddLawfulBasis(...) first.");
        if (!catalog.TryGetPurpose(purpose, out _))
        {
            throw new InvalidOperationException($"The privacy center's purpose `{purpose.Name}` is not in the catalog: add [Purpose(...)] to it and its assembly to AddLawfulBasis (options.AddAssemblyOf<{purpose.Name}>()).");
        }

        return catalog;
    }

    private static PrivacyNotice NoticeFor(ProcessingCatalog catalog, string? dataSubject)
    {
        if (dataSubject is not null)
        {
            return PrivacyNotice.For(catalog, dataSubject);
        }

        var notices = PrivacyNotice.For(catalog);
        return notices.Count == 1
            ? notices[0]
            : throw new InvalidOperationException(
                $"The declarations name several kinds of data subject ({string.Join(", ", notices.Select(n => n.DataSubject))}): set options.DataSubject to the kind that signs in to the privacy center, or register its PrivacyNotice as a service.");
    }
}
