using System.CommandLine;
using System.Text.Json;
using LawfulBasis.PostgreSql;
using LawfulBasis.Registers;
using LawfulBasis.Rights;

namespace LawfulBasis.Cli.Requests;

/// <summary>
/// <c>lawfulbasis requests --registers &lt;folder&gt;</c> (or <c>--postgres</c>, or a running application's
/// <c>--endpoint</c>): the open data-subject requests and their deadlines.
/// </summary>
internal static class RequestsCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var registers = new Option<DirectoryInfo?>("--registers", "-r") { Description = "The application's RegisterPath folder (holding requests.jsonl)." };
        var postgres = new Option<string?>("--postgres") { Description = "Read the ledger from PostgreSQL instead: the Npgsql connection string (a read-only role is enough)." };
        var schema = new Option<string>("--schema") { Description = "With --postgres: the LawfulBasis schema.", DefaultValueFactory = _ => "lawfulbasis" };
        var endpoint = new Option<string?>("--endpoint") { Description = $"Ask the running application's privacy endpoints instead (MapPrivacyEndpoints), for example https://clinic.example/privacy; or set {PrivacyEndpointClient.EndpointVariable}." };
        var token = new Option<string?>("--token") { Description = $"With --endpoint: the bearer token the endpoints' authorization policy accepts; or set {PrivacyEndpointClient.TokenVariable}." };
        var command = new Command("requests", """
            List the open data-subject requests (Art. 12) with their deadlines, soonest first; overdue ones are flagged.
            Exit 0 when none is overdue, 1 when some are, 2 when the ledger cannot be read.
            Examples: lawfulbasis requests --registers /var/lib/shop/registers
                      lawfulbasis requests --endpoint https://shop.example/privacy --token "$DPO_TOKEN"
                      lawfulbasis requests --postgres "Host=db;Database=shop;Username=dpo" --schema lawfulbasis
            """)
        {
            registers, postgres, schema, endpoint, token,
        };

        command.SetAction((parsed, cancellationToken) => SubjectRequestOptions.GuardAsync("requests", error, async () =>
        {
            var folder = parsed.GetValue(registers);
            var connection = parsed.GetValue(postgres);
            var address = parsed.GetValue(endpoint) is { } given ? PrivacyEndpointClient.AddressOf(given) : folder is null && connection is null ? PrivacyEndpointClient.AddressOf(null) : null;
            if ((folder is null ? 0 : 1) + (connection is null ? 0 : 1) + (address is null ? 0 : 1) != 1)
            {
                error.WriteLine("lawfulbasis requests: name one ledger: the registers folder (--registers), --postgres with a connection string, or the running application's --endpoint.");
                return ExitCodes.Usage;
            }

            if (address is not null)
            {
                var bearer = parsed.GetValue(token) is { Length: > 0 } passed ? passed : Environment.GetEnvironmentVariable(PrivacyEndpointClient.TokenVariable);
                using var client = new PrivacyEndpointClient(address, string.IsNullOrEmpty(bearer) ? null : bearer);
                using var listed = await client.OpenRequestsAsync(cancellationToken);
                return Print(output, listed.RootElement);
            }

            if (folder is { Exists: false })
            {
                error.WriteLine($"lawfulbasis requests: {folder.FullName} does not exist.");
                return ExitCodes.Usage;
            }

            if (folder is not null && !File.Exists(Path.Combine(folder.FullName, "requests.jsonl")))
            {
                // No ledger: either no request was ever received, or this is not the registers folder. Say which it looks like.
                if (!Directory.EnumerateFiles(folder.FullName, "*.jsonl*").Any()) // a register, or the lock of one not written yet
                {
                    error.WriteLine($"lawfulbasis requests: {folder.FullName} holds no register (no *.jsonl file): name the application's RegisterPath folder.");
                    return ExitCodes.Usage;
                }

                output.WriteLine($"0 open requests, 0 overdue (no request was ever recorded: {folder.FullName} has no requests.jsonl yet).");
                return ExitCodes.Success;
            }

            if (folder is not null)
            {
                InputPath.RequireFile(Path.Combine(folder.FullName, "requests.jsonl"), "the request ledger");
            }

            using var database = connection is null ? null : new LawfulBasisDatabase(new PostgreSqlOptions { ConnectionString = PostgresConnectionString.Check(connection), Schema = parsed.GetValue(schema)!, WriteRetryTimeout = TimeSpan.FromSeconds(5) });
            RequestLedger ledger;
            try
            {
                IRecordStore<SubjectRequest> store = database is null
                    ? new JsonLinesRecordStore<SubjectRequest>(Path.Combine(folder!.FullName, "requests.jsonl"), forWriting: false)
                    : new PostgreSqlRecordStore<SubjectRequest>(database.RequireSchema(), Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
                ledger = new RequestLedger(store, TimeProvider.System);
            }
            catch (Exception e) when (e is InvalidDataException or InvalidOperationException or ArgumentException or Npgsql.NpgsqlException)
            {
                error.WriteLine($"lawfulbasis requests: {e.Message}");
                return ExitCodes.Usage;
            }

            var now = TimeProvider.System.GetUtcNow();
            var open = ledger.Open();
            output.WriteLine($"{open.Count} open request{(open.Count == 1 ? string.Empty : "s")}, {open.Count(r => r.IsOverdueAt(now))} overdue.");
            foreach (var request in open)
            {
                var flag = request.IsOverdueAt(now) ? $"OVERDUE by {(now - request.DueAt).Days} days" : $"due in {(request.DueAt - now).Days} days";
                output.WriteLine($"{request.DueAt:yyyy-MM-dd}  {flag,-20} {request.Kind,-13} {request.Id}  received {request.ReceivedAt:yyyy-MM-dd}, identity {request.Identity.ToString().ToLowerInvariant()}{(request.Extension is null ? string.Empty : $", extended: {request.Extension.Reason}")}");
            }

            return open.Any(r => r.IsOverdueAt(now)) ? ExitCodes.Problem : ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>The open requests as the privacy endpoints list them (soonest due first), in the same lines as from a ledger.</summary>
    private static int Print(TextWriter output, JsonElement requests)
    {
        if (requests.ValueKind != JsonValueKind.Array)
        {
            throw new ToolUsageException("the privacy endpoints did not answer a list of requests: is this LawfulBasis's MapPrivacyEndpoints prefix?");
        }

        var now = TimeProvider.System.GetUtcNow();
        var open = requests.EnumerateArray().ToList();
        var overdue = open.Count(r => r.GetProperty("overdue").GetBoolean());
        output.WriteLine($"{open.Count} open request{(open.Count == 1 ? string.Empty : "s")}, {overdue} overdue.");
        foreach (var request in open)
        {
            var due = request.GetProperty("dueAt").GetDateTimeOffset();
            var flag = request.GetProperty("overdue").GetBoolean() ? $"OVERDUE by {(now - due).Days} days" : $"due in {(due - now).Days} days";
            output.WriteLine($"{due:yyyy-MM-dd}  {flag,-20} {request.GetProperty("kind").GetString(),-13} {request.GetProperty("id").GetGuid()}  received {request.GetProperty("receivedAt").GetDateTimeOffset():yyyy-MM-dd}, identity {request.GetProperty("identity").GetString()?.ToLowerInvariant()}");
        }

        return overdue > 0 ? ExitCodes.Problem : ExitCodes.Success;
    }
}
