using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Clinic;

/// <summary>
/// The sample's stand-in for real sign-in (OpenID Connect in production): a request carrying the configured
/// <c>X-Staff-Key</c>, or the same key as a bearer token, is the DPO. Only the Development settings configure a key,
/// so elsewhere nobody is.
/// </summary>
public sealed class StaffKeyAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IConfiguration configuration)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "StaffKey";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var expected = configuration["Clinic:DpoKey"];
        // The key as X-Staff-Key (curl), or as a bearer token (the lawfulbasis tool's --token, as with a real identity provider).
        var authorization = Request.Headers.Authorization.ToString();
        string given;
        if (Request.Headers.TryGetValue("X-Staff-Key", out var header))
        {
            given = header.ToString();
        }
        else if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            given = authorization["Bearer ".Length..].Trim();
        }
        else
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (string.IsNullOrEmpty(expected)
            || !System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected)))
        {
            return Task.FromResult(AuthenticateResult.Fail("Unknown staff key."));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "dpo"), new Claim(ClaimTypes.Role, "dpo")], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
