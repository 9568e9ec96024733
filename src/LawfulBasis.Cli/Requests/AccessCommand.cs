using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using LawfulBasis.Audit;
using LawfulBasis.Rights;
using Microsoft.Extensions.DependencyInjection;

namespace LawfulBasis.Cli.Requests;

/// <summary><c>lawfulbasis access &lt;subject&gt;</c>: answers a right-of-access request (Art. 15) from the command line.</summary>
internal static class AccessCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create(TextWriter output, TextWriter error)
    {
        var options = new SubjectRequestOptions();
        var format = new Option<string>("--format", "-f") { Description = "md (default) or json (docs/access-report-schema.md).", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "json");
        var outputFile = new Option<FileInfo?>("--output", "-o") { Description = "Write the answer to this file instead of the console." };
        var command = new Command("access", """
            Answer a right-of-access request (Art. 15). With --app, the application's ILawfulBasisToolHost builds its
            services and the full report is produced (purposes, categories, recipients, retention, rights, copies of the
            data from every source, the processing history); the request is recorded and completed in its ledger. While
            the application runs (it holds its stores), or without --app, --endpoint files and answers the request
            through its privacy endpoints instead, with the bearer token of --token or LAWFULBASIS_TOKEN. With
            --trail and --keys, only the processing history in the audit trail is found (no copies of the data).
            Exit 0 when answered, 1 when the trail the answer relies on fails verification, 2 for bad usage or input.
            Examples: lawfulbasis access 8b4b985b-29d7-4da3-8b2c-4c22d8054c50 --app bin/Release/net10.0/Shop.dll --identity-verified -- --data /var/lib/shop
                      LAWFULBASIS_TOKEN=... lawfulbasis access 8b4b985b-29d7-4da3-8b2c-4c22d8054c50 --endpoint https://shop.example/privacy --identity-verified
                      lawfulbasis access customer-42 --trail /var/lib/shop/audit/trail.jsonl --keys /var/lib/shop/keys --format json
            """);
        options.AddTo(command);
        command.Add(format);
        command.Add(outputFile);
        command.SetAction((parsed, cancellationToken) => SubjectRequestOptions.GuardAsync("access", error, async () =>
        {
            var source = options.Resolve(parsed);
            var subject = parsed.GetValue(options.Subject)!;
            var json = parsed.GetValue(format) == "json";
            if (parsed.GetValue(outputFile) is { } target)
            {
                OutputFile.EnsureWritable(target); // before the request is recorded: a typo must not leave it half-answered
            }

            string answer;
            var exit = ExitCodes.Success;
            if (source.Application is not null || source.Endpoint is not null)
            {
                answer = await SubjectRequestOptions.LocalOrEndpointAsync(
                    source,
                    async () =>
                    {
                        await using var host = ApplicationHost.Load(source.Application!, parsed.GetValue(options.AppArguments) ?? []);
                        var report = await AnswerAsync(host.Services, subject, error, cancellationToken);
                        return json ? AccessReportWriter.ToJson(report) : AccessReportWriter.ToMarkdown(report);
                    },
                    async endpoint =>
                    {
                        // Filed, verified and answered by the running application, as with --app; the report is its own.
                        var request = await endpoint.ReceiveAsync(subject, SubjectRequestKind.Access, cancellationToken);
                        return await endpoint.AnswerAsync(request, json ? null : "markdown", cancellationToken);
                    });
            }
            else
            {
                var verification = AuditTrailVerifier.Verify(source.TrailPath!);
                using var keys = new FileKeyStore(source.KeysFolder!);
                var pseudonym = Pseudonym.Find(keys, subject);
                IReadOnlyList<HistoryEntry> history = pseudonym is null ? [] : await TrailHistory.ReadAsync(source.TrailPath!, pseudonym, cancellationToken);
                answer = json ? TrailAnswerJson(subject, source.TrailPath!, verification, history) : TrailAnswerMarkdown(subject, source.TrailPath!, verification, pseudonym, history);
                if (!verification.IsIntact)
                {
                    error.WriteLine($"lawfulbasis access: the trail fails verification, so this history may be incomplete or altered: {verification.Message}");
                    exit = ExitCodes.Problem;
                }
            }

            if (parsed.GetValue(outputFile) is { } destination)
            {
                await OutputFile.WriteAsync(destination, writer => writer.WriteAsync(answer), cancellationToken);
                output.WriteLine($"wrote the access answer for the subject to {destination.FullName}.");
            }
            else
            {
                output.Write(answer);
            }

            return exit;
        }));
        return command;
    }

    /// <summary>
    /// Records the request, marks the identity verified (the operator confirmed it) and answers it. The rights engine,
    /// and with it the trail, key store and registers, is opened before the request is recorded: a damaged or busy
    /// store stops the command before it writes anything.
    /// </summary>
    private static Task<AccessReport> AnswerAsync(IServiceProvider services, string subject, TextWriter note, CancellationToken cancellationToken)
    {
        var rights = services.GetRequiredService<ISubjectRights>();
        var ledger = services.GetRequiredService<IRequestLedger>();
        var request = SubjectRequestOptions.ReceiveOrResume(ledger, subject, SubjectRequestKind.Access, note, cancellationToken); // the note on stderr: stdout is the report
        return rights.AccessAsync(request.Id, cancellationToken);
    }

    private static string TrailAnswerMarkdown(string subject, string trail, TrailVerification verification, string? pseudonym, IReadOnlyList<HistoryEntry> history)
    {
        var text = new System.Text.StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# Processing history of {subject}, from the audit trail\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Trail: `{trail}` — {verification.Message}\n\n");
        text.Append("This is the history of decisions and register changes recorded about the subject, not a complete answer to an Art. 15 request: ");
        text.Append("it holds no copies of their data and no description of the purposes. Answer with `--app` for the full report.\n\n");
        if (pseudonym is null)
        {
            text.Append("The key store holds no key for this subject: they were never recorded, or they were erased (their past entries can no longer be linked to them).\n");
            return text.ToString();
        }

        text.Append(CultureInfo.InvariantCulture, $"{history.Count} entr{(history.Count == 1 ? "y" : "ies")} under pseudonym `{pseudonym}`.\n\n");
        text.Append("| Time (UTC) | Event | Purpose | Operation | Decision | Explanation | Article |\n|---|---|---|---|---|---|---|\n");
        foreach (var entry in history)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {entry.Time.UtcDateTime:yyyy-MM-dd HH:mm:ss} | {entry.Event} | {entry.Purpose ?? "—"} | {entry.Operation ?? "—"} | {entry.Decision ?? "—"} | {entry.Explanation.Replace("|", "\\|", StringComparison.Ordinal)} | {entry.Article} |\n");
        }

        return text.ToString();
    }

    private static string TrailAnswerJson(string subject, string trail, TrailVerification verification, IReadOnlyList<HistoryEntry> history) =>
        JsonSerializer.Serialize(new
        {
            subjectId = subject,
            trail,
            trailIntact = verification.IsIntact,
            trailVerification = verification.Message,
            complete = false,
            note = "From the audit trail alone: the processing history, without copies of the data or purpose descriptions.",
            history,
        }, Json) + "\n";
}
