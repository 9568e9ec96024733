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
            While the application runs (it holds its stores), or without --app, --endpoint files and answers the request
            through its privacy endpoints instead, with the bearer token of --token or LAWFULBASIS_TOKEN (never --plan).
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
            if (source.Application is null && source.Endpoint is null)
            {
                if (parsed.GetValue(plan))
                {
                    throw new ToolUsageException("--plan needs --app: only the application knows its sources and retention.");
                }

                return await ForgetInTrailAsync(subject, source.TrailPath!, source.KeysFolder!, output, cancellationToken);
            }

            if (parsed.GetValue(plan))
            {
                // Never through the endpoints: a plan changes nothing, and falling back there would file and answer the erasure.
                return source.Application is null
                    ? throw new ToolUsageException("--plan needs --app: the plan is read from the application's sources without changing anything.")
                    : await EraseWithApplicationAsync(source.Application, parsed.GetValue(options.AppArguments) ?? [], subject, plan: true, output, cancellationToken);
            }

            return await SubjectRequestOptions.LocalOrEndpointAsync(
                source,
                () => EraseWithApplicationAsync(source.Application!, parsed.GetValue(options.AppArguments) ?? [], subject, plan: false, output, cancellationToken),
                endpoint => EraseThroughEndpointAsync(endpoint, subject, output, cancellationToken));
        }));
        return command;
    }

    /// <summary>Erases with the application's own services (its stores must be free: the application stopped).</summary>
    private static async Task<int> EraseWithApplicationAsync(string application, string[] arguments, string subject, bool plan, TextWriter output, CancellationToken cancellationToken)
    {
        await using var host = ApplicationHost.Load(application, arguments);
        var rights = host.Services.GetRequiredService<ISubjectRights>();
        if (plan)
        {
            output.WriteLine($"Erasure plan for {subject} (nothing changed):");
            foreach (var step in rights.PlanErasure(subject).Steps)
            {
                var until = step.RetainUntil is { } date ? $" until {date:yyyy-MM-dd}" : step.RetentionCriterion is { } criterion ? $" for {criterion}" : string.Empty;
                output.WriteLine($"  {step.Source}: {step.Decision} ({step.Article}){until}. {step.Reason}");
                foreach (var related in step.Related ?? [])
                {
                    // Related data the source erases with its own (an order, an allergy note), each decided on its own members.
                    var categories = ErasureReceiptWriter.Categories(related.Categories ?? []);
                    output.WriteLine($"    related {related.DataType} ({categories}): {related.Decision} ({related.Article}). {related.Reason}");
                }
            }

            return ExitCodes.Success;
        }

        var ledger = host.Services.GetRequiredService<IRequestLedger>();
        var request = SubjectRequestOptions.ReceiveOrResume(ledger, subject, SubjectRequestKind.Erasure, output, cancellationToken);
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
    }

    /// <summary>Files and answers the erasure through the running application's privacy endpoints; prints its receipt.</summary>
    private static async Task<int> EraseThroughEndpointAsync(PrivacyEndpointClient endpoint, string subject, TextWriter output, CancellationToken cancellationToken)
    {
        var request = await endpoint.ReceiveAsync(subject, SubjectRequestKind.Erasure, cancellationToken);
        using var receipt = System.Text.Json.JsonDocument.Parse(await endpoint.AnswerAsync(request, null, cancellationToken));
        var root = receipt.RootElement;
        var complete = root.TryGetProperty("isComplete", out var done) && done.ValueKind == System.Text.Json.JsonValueKind.True;
        output.WriteLine($"Erasure request {request} for {subject}, answered by {endpoint.Endpoint}: {(complete ? "complete" : "INCOMPLETE, the request stays open")}.");
        if (root.TryGetProperty("steps", out var steps) && steps.ValueKind == System.Text.Json.JsonValueKind.Array)
        {
            foreach (var step in steps.EnumerateArray())
            {
                output.WriteLine($"  {step.GetProperty("source").GetString()}: {step.GetProperty("outcome").GetString()}");
            }
        }

        output.WriteLine(root.TryGetProperty("shreddedPseudonym", out var shredded) && shredded.GetString() is { } pseudonym
            ? $"  audit trail: pseudonym {pseudonym} destroyed; the subject's past entries can no longer be linked to them."
            : "  audit trail: no pseudonym key to destroy (the subject was never recorded, or already erased).");
        return complete ? ExitCodes.Success : ExitCodes.Problem;
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
            // The key store's record of its trail: a deleted or replaced trail is refused here too, not restarted as a new chain.
            var anchor = new TrailAnchor(keys.Directory, acceptTrailChange: null, TimeProvider.System, NullLogger.Instance);
            using var trail = new AuditTrail(new FileTrailSink(trailPath, TimeProvider.System, NullLogger.Instance, anchor), TrailFlushMode.Durable, 16, 16, keys,
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
