using System.Security.Claims;
using System.Text.Encodings.Web;
using LawfulBasis;
using LawfulBasis.EntityFrameworkCore;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Clinic;

/// <summary>
/// The sample's development sign-in, so a newcomer can open the privacy center without an identity provider: one
/// button signs in as a new demo patient, another as the DPO. Mapped only in Development; production signs people in
/// with OpenID Connect and puts the patient id in the same <c>patient_id</c> claim.
/// </summary>
public static class DevelopmentSignIn
{
    /// <summary>The claim that carries the signed-in patient's id; the privacy center reads the subject from it.</summary>
    public const string PatientClaim = "patient_id";

    public const string Path = "/dev/sign-in";

    public const string AccessDeniedPath = "/dev/access-denied";

    public static void Map(WebApplication app)
    {
        app.MapGet(Path, (HttpContext http, IAntiforgery antiforgery, string? returnUrl) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(http);
            // Back to the page that asked for sign-in, if any; otherwise each button goes to its own page.
            var field = $"<input type=\"hidden\" name=\"{tokens.FormFieldName}\" value=\"{tokens.RequestToken}\">"
                + (returnUrl is null ? string.Empty : $"<input type=\"hidden\" name=\"returnUrl\" value=\"{HtmlEncoder.Default.Encode(LocalOr(returnUrl, "/"))}\">");
            return Html("Development sign-in", $"""
                <h1>Development sign-in</h1>
                <p>This page exists only when the clinic runs in Development. It stands in for the clinic's real sign-in.</p>
                <form method="post" action="{Path}/patient">{field}<button type="submit">Sign in as a new demo patient</button></form>
                <form method="post" action="{Path}/dpo">{field}<button type="submit">Sign in as the DPO</button></form>
                <p><a href="/privacy/me">The patient's privacy page</a> · <a href="/privacy/dpo">The DPO's page</a></p>
                """);
        });

        app.MapGet(AccessDeniedPath, () => Html("Access denied", "<h1>Access denied</h1><p>Your sign-in does not give access to this page.</p><p><a href=\"/dev/sign-in\">Sign in as someone else</a></p>", StatusCodes.Status403Forbidden));

        app.MapPost(Path + "/patient", SignInPatientAsync);
        app.MapPost(Path + "/dpo", async (HttpContext http, IAntiforgery antiforgery) =>
        {
            await antiforgery.ValidateRequestAsync(http);
            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "dpo"), new Claim(ClaimTypes.Role, "dpo")], CookieAuthenticationDefaults.AuthenticationScheme);
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
            return Results.Redirect(LocalOr(http.Request.Form["returnUrl"], "/privacy/dpo"));
        });
        app.MapPost("/dev/sign-out", async (HttpContext http, IAntiforgery antiforgery) =>
        {
            await antiforgery.ValidateRequestAsync(http);
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect(Path);
        });
    }

    /// <summary>Registers a demo patient the way the clinic's registration does, and signs in as them.</summary>
    [ProcessingFor<Appointments>]
    private static async Task<IResult> SignInPatientAsync(HttpContext http, IAntiforgery antiforgery, ClinicDb db)
    {
        await antiforgery.ValidateRequestAsync(http);
        var patient = new Patient { Id = Guid.NewGuid(), Name = "Alice Martin (demo)", Email = "alice.demo@example.com", Phone = "+33 6 12 34 56 78" };
        db.Patients.Add(patient);
        using (ProcessingPurpose.Use<Appointments>())
        {
            await db.SaveChangesAsync(http.RequestAborted);
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "demo patient"), new Claim(PatientClaim, patient.Id.ToString())], CookieAuthenticationDefaults.AuthenticationScheme);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return Results.Redirect(LocalOr(http.Request.Form["returnUrl"], "/privacy/me"));
    }

    /// <summary>Only a path on this site: a sign-in form must not redirect anywhere else.</summary>
    private static string LocalOr(string? url, string fallback) =>
        url is { Length: > 1 } && url[0] == '/' && url[1] != '/' && url[1] != '\\' ? url : fallback;

    private static IResult Html(string title, string body, int status = StatusCodes.Status200OK) =>
        Results.Content($"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title><link rel=\"stylesheet\" href=\"/privacy/center.css\"></head><body><main id=\"main\">{body}</main></body></html>",
            "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
}
