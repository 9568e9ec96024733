using System.CommandLine;
using LawfulBasis.Audit;
using LawfulBasis.Rights;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace LawfulBasis.Cli.Requests;

/// <summary><c>lawfulbasis erase &lt;subject&gt;</c>: answers a right-to-erasure request (Art. 17) from the command line.</summary>
internal static class EraseCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var options = new SubjectRequestOptions();
        var plan = new Option<bool>("--plan") { Description = "With --app: print what would be erased and what retained (and why) without changing anything." };
        var command = new Command("erase", """
            Answer a right-to-erasure request (Art. 17). With --app, the application's ILawfulBasisToolHost builds its
            services: every source erases the subject's data unless an Art. 17(3) exception requires keeping it, then the
            subject's audit pseudonym key is destroyed; the request is recorded, and completed when every source succeeded.
            With --trail and --keys (the application stopped), only the pseudonym key is destroyed and the erasure chained
            into the trail: the data in the application's stores is NOT touched.
            Exit 0 when done, 1 when a source failed (the request stays open; run again to retry), 2 for bad usage or input.
            Examples: lawfulbasis erase 8b4b985b-29d7-4da3-8b2c-4c22d8054c50 --app bin/Release/net10.0/Shop.dll --identity-verified --plan -- --data /var/lib/shop
                      lawfulbasis erase customer-42 --trail /var/lib/shop/audit/trail.jsonl --keys /var/lib/shop/keys
            """);
        options.AddTo(command);
        command.Add(plan);
        command.SetAction((parsed, cancellationToken) => SubjectRequestOptions.GuardAsync("erase", error, async () =>
        {
            var source = options.Resolve(parsed);
            var subject = parsed.GetValue(options.Subject)!;
            if (source.Application is null)
            {
                if (parsed.GetValue(plan))
                {
                    throw new ToolUsageException("--plan needs --app: only the application knows its sources and retention.");
                }

                return await ForgetInTrailAsync(subject, source.TrailPath!, source.KeysFolder!, output, cancellationToken);
            }

            await using var host = ApplicationHost.Load(source.Application, parsed.GetValue(options.AppArguments) ?? []);
            var rights = host.Services.GetRequiredService<ISubjectRights>();
            if (parsed.GetValue(plan))
            {
                output.WriteLine($"Erasure plan for {subject} (nothing changed):");
                foreach (var step in rights.PlanErasure(subject).Steps)
                {
                    var until = step.RetainUntil is { } date ? $" until {date:yyyy-MM-dd}" : step.RetentionCriterion is { } criterion ? $" for {criterion}" : string.Empty;
                    output.WriteLine($"  {step.Source}: {step.Decision} ({step.Article}){until}. {step.Reason}");
                }

                return ExitCodes.Success;
            }

            var ledger = host.Services.GetRequiredService<IRequestLedger>();
            var request = ledger.Receive(subject, SubjectRequestKind.Erasure);
            ledger.VerifyIdentity(request.Id, verified: true);
            var receipt = await rights.EraseAsync(request.Id, cancellationToken);
            output.WriteLine($"Erasure request {request.Id} for {subject}: {(receipt.IsComplete ? "complete" : "INCOMPLETE, the request stays open")}.");
            foreach (var step in receipt.Steps)
            {
                output.WriteLine($"  {step.Source}: {step.Outcome}");
            }

            output.WriteLine(receipt.ShreddedPseudonym is { } shredded
                ? $"  audit trail: pseudonym {shredded} destroyed; the subject's past entries can no longer be linked to them."
                : "  audit trail: no pseudonym key to destroy (the subject was never recorded, or already erased).");
            return receipt.IsComplete ? ExitCodes.Success : ExitCodes.Problem;
        }));
        return command;
    }

    /// <summary>
    /// Destroys the subject's pseudonym key and chains the erasure into the trail, with the application stopped: the key
    /// store and the trail are locked by their writer, so against a running application this is refused (a
    /// <see cref="Registers.StoreInUseException"/>, reported with the advice to go through the application).
    /// </summary>
    private static async Task<int> ForgetInTrailAsync(string subject, string trailPath, string keysFolder, TextWriter output, CancellationToken cancellationToken)
    {
        using var keys = new FileKeyStore(keysFolder);
        string? shredded;
        try
        {
            // A trail with signed checkpoints gets one after the erasure too, or verify --public-key would see an unsigned tail.
            var checkpoints = File.Exists(Path.Combine(keysFolder, CheckpointSigner.PrivateKeyFile))
                ? new TrailCheckpointing(CheckpointSigner.LoadOrCreate(keysFolder), null, long.MaxValue, TimeSpan.MaxValue)
                : null;
            using var trail = new AuditTrail(new FileTrailSink(trailPath, TimeProvider.System, NullLogger.Instance), TrailFlushMode.Durable, 16, 16, keys,
                TimeProvider.System, NullLogger<AuditTrail>.Instance, checkpoints);
            shredded = await trail.ForgetAsync(subject, cancellationToken);
        }
        catch (InvalidDataException e)
        {
            throw new ToolUsageException(e.Message);
        }

        if (shredded is null)
        {
            output.WriteLine($"Nothing to erase in the trail: the key store holds no key for {subject} (never recorded, or already erased).");
            return ExitCodes.Success;
        }

        output.WriteLine($"Pseudonym {shredded} destroyed and the erasure chained into {trailPath}: the subject's past entries can no longer be linked to them.");
        output.WriteLine("The application's own data about the subject was NOT erased: answer with --app to erase it at every source (Art. 17(1)).");
        return ExitCodes.Success;
    }
}
