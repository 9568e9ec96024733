using LawfulBasis.Audit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace LawfulBasis.AspNetCore;

/// <summary>Health checks for the audit trail and the pseudonym key store.</summary>
public static class LawfulBasisHealthChecks
{
    /// <summary>
    /// Adds <c>lawfulbasis-trail</c> (the trail's folder is writable, and its hash chain was intact when first checked)
    /// and <c>lawfulbasis-keys</c> (the key store answers a lookup, which reaches the database when the keys are in
    /// PostgreSQL). Both are tagged <c>lawfulbasis</c>.
    /// </summary>
    /// <param name="builder">The health checks builder (<c>services.AddHealthChecks()</c>).</param>
    /// <returns>The builder.</returns>
    public static IHealthChecksBuilder AddLawfulBasis(this IHealthChecksBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<AuditTrailHealthCheck>();
        return builder
            .AddCheck<AuditTrailHealthCheck>("lawfulbasis-trail", tags: ["lawfulbasis"])
            .AddCheck<KeyStoreHealthCheck>("lawfulbasis-keys", tags: ["lawfulbasis"]);
    }
}

/// <summary>The file trail: writable now, and its chain intact when first checked (verifying it is a full read, done once).</summary>
internal sealed class AuditTrailHealthCheck(IOptions<LawfulBasisOptions> options, IAuditTrail trail) : IHealthCheck
{
    private TrailVerification? _atStart;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var path = options.Value.TrailPath;
        if (string.IsNullOrEmpty(path))
        {
            return Task.FromResult(HealthCheckResult.Healthy($"The trail is kept by its storage package ({trail.Path})."));
        }

        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
            var probe = Path.Combine(folder, $".lawfulbasis-health-{Guid.NewGuid():N}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"The audit trail's folder cannot be written: {e.Message}", e));
        }

        _atStart ??= File.Exists(path) ? AuditTrailVerifier.Verify(path) : null;
        return Task.FromResult(_atStart is { IsIntact: false } broken
            ? HealthCheckResult.Unhealthy($"The audit trail's chain was broken at start: {broken.Message}")
            : HealthCheckResult.Healthy(_atStart is null ? "The audit trail is writable (no entry yet)." : $"The audit trail is writable; at start: {_atStart.Message}"));
    }
}

/// <summary>The pseudonym key store answers a lookup (a database round trip when it is in PostgreSQL).</summary>
internal sealed class KeyStoreHealthCheck(IPseudonymKeyStore keys) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            _ = keys.Find("lawfulbasis-health-probe");
            return Task.FromResult(HealthCheckResult.Healthy("The pseudonym key store answers."));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"The pseudonym key store does not answer: {e.Message}", e));
        }
    }
}
