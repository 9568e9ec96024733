using System.CommandLine;
using LawfulBasis.Registers;
using LawfulBasis.Rights;

namespace LawfulBasis.Cli.Requests;

/// <summary><c>lawfulbasis requests --registers &lt;folder&gt;</c>: the open data-subject requests and their deadlines.</summary>
internal static class RequestsCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var registers = new Option<DirectoryInfo>("--registers", "-r") { Description = "The application's RegisterPath folder (holding requests.jsonl).", Required = true };
        var command = new Command("requests", """
            List the open data-subject requests (Art. 12) with their deadlines, soonest first; overdue ones are flagged.
            Exit 0 when none is overdue, 1 when some are, 2 when the ledger cannot be read.
            Example: lawfulbasis requests --registers /var/lib/shop/registers
            """)
        {
            registers,
        };

        command.SetAction(parsed =>
        {
            var folder = parsed.GetValue(registers)!;
            var path = Path.Combine(folder.FullName, "requests.jsonl");
            if (!folder.Exists)
            {
                error.WriteLine($"lawfulbasis requests: {folder.FullName} does not exist.");
                return ExitCodes.Usage;
            }

            RequestLedger ledger;
            try
            {
                ledger = new RequestLedger(new JsonLinesRecordStore<SubjectRequest>(path), TimeProvider.System);
            }
            catch (InvalidDataException e)
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
        });
        return command;
    }
}
