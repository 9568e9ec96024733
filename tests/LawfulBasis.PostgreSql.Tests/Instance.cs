using System.Diagnostics;
using LawfulBasis.Audit;
using LawfulBasis.PostgreSql.Writer;
using LawfulBasis.Processing;
using LawfulBasis.Registers;
using LawfulBasis.Rights;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LawfulBasis.PostgreSql.Tests;

/// <summary>One application instance in the test process: LawfulBasis on PostgreSQL, in a given schema.</summary>
internal sealed class Instance : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public Instance(string connectionString, string schema, TrailFlushMode mode = TrailFlushMode.Batched, ILoggerProvider? logs = null, TimeSpan? retryFor = null,
        System.Security.Cryptography.ECDsa? signingKey = null, TimeProvider? time = null)
    {
        var services = new ServiceCollection();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        if (logs is not null)
        {
            services.AddLogging(b => b.AddProvider(logs));
        }

        services.AddLawfulBasisPostgreSql(connectionString, o =>
        {
            o.Schema = schema;
            o.WriteRetryTimeout = retryFor ?? o.WriteRetryTimeout;
        });
        services.AddLawfulBasis(o =>
        {
            o.AddAssemblyOf<Ordering>();
            o.FlushMode = mode;
            o.BatchSize = 256;
            if (signingKey is not null)
            {
                o.SignCheckpoints = true;
                o.CheckpointSigningKey = signingKey;
            }
        });
        _services = services.BuildServiceProvider();
    }

    public IProcessingGate Gate => _services.GetRequiredService<IProcessingGate>();

    public IConsentLedger Consents => _services.GetRequiredService<IConsentLedger>();

    public IObjectionRegister Objections => _services.GetRequiredService<IObjectionRegister>();

    public IRestrictionRegister Restrictions => _services.GetRequiredService<IRestrictionRegister>();

    public ProcessingCatalog Catalog => _services.GetRequiredService<ProcessingCatalog>();

    public IRequestLedger Requests => _services.GetRequiredService<IRequestLedger>();

    public ISubjectRights Rights => _services.GetRequiredService<ISubjectRights>();

    public IAuditTrail Trail => _services.GetRequiredService<IAuditTrail>();

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    /// <summary>Runs the writer as a separate process (another instance), returning its exit code and output.</summary>
    public static Task<(int Exit, string Output)> RunProcessAsync(params string[] args) => Task.Run(() =>
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "LawfulBasis.PostgreSql.Writer.dll"));
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    });
}
