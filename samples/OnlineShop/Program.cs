using LawfulBasis;
using LawfulBasis.Audit;
using LawfulBasis.Processing;
using LawfulBasis.Registers;
using LawfulBasis.Rights;
using LawfulBasis.Ropa;
using Microsoft.Extensions.DependencyInjection;
using OnlineShop;

// The shop's whole LawfulBasis story, step by step:
//   dotnet run --project samples/OnlineShop                      the walkthrough (record, gate, consent, requests, trail)
//   dotnet run --project samples/OnlineShop -- --data shop-data  the same, keeping the data, trail and registers in shop-data/
//   dotnet run --project samples/OnlineShop -- ropa [json|csv]   only the Record of Processing Activities

if (args is ["ropa", ..])
{
    var format = args.Length > 1 ? args[1].ToLowerInvariant() : "markdown";
    RopaFormat? chosen = format switch { "markdown" or "md" => RopaFormat.Markdown, "json" => RopaFormat.Json, "csv" => RopaFormat.Csv, _ => null };
    if (chosen is null)
    {
        Console.Error.WriteLine($"Unknown format '{format}': use markdown, json or csv.");
        return 2;
    }

    RopaWriter.Write(ProcessingCatalog.FromAssemblies(typeof(Ordering).Assembly), chosen.Value, Console.Out);
    return 0;
}

// A damaged register, a tampered trail, a store another process holds: the shop says why it cannot start, in one line,
// instead of crashing with a stack trace.
try
{
    var keep = args is ["--data", _];
    var data = keep ? Directory.CreateDirectory(args[1]).FullName : Directory.CreateTempSubdirectory("online-shop-").FullName;
    var customers = new CustomerStore(Path.Combine(data, "shop"));
    var invoices = new InvoiceStore(Path.Combine(data, "shop"));
    var checkouts = new CheckoutStore(Path.Combine(data, "shop"));
    Guid staying;
    await using (var provider = ShopServices.Create(data, customers, invoices, checkouts))
    {
        var shop = new Shop(provider, customers, invoices, checkouts);
        Step(1, "The Record of Processing Activities, generated from the declarations (Art. 30)");
        RopaWriter.Write(provider.GetRequiredService<ProcessingCatalog>(), RopaFormat.Markdown, Console.Out);
        staying = await shop.RunAsync();
    }

    var verification = AuditTrailVerifier.Verify(Path.Combine(data, "audit", "trail.jsonl"));
    Step(9, "Verifying the audit trail after shutdown");
    Console.WriteLine($"   {verification.Message}");
    if (keep)
    {
        var app = typeof(ShopToolHost).Assembly.Location;
        Console.WriteLine($"   the shop's data, trail and registers are in {data}. Try the tool (dotnet run --project src/LawfulBasis.Cli -- ...):");
        Console.WriteLine($"   lawfulbasis verify {Path.Combine(data, "audit", "trail.jsonl")}");
        Console.WriteLine($"   lawfulbasis access {staying} --app {app} --identity-verified -- --data {data}");
        Console.WriteLine($"   lawfulbasis erase {staying} --app {app} --identity-verified -- --data {data}");
    }
    else
    {
        Directory.Delete(data, recursive: true);
    }
    return verification.IsIntact ? 0 : 1;
}
catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException or InvalidDeclarationsException
    or Microsoft.Extensions.Options.OptionsValidationException)
{
    Console.Error.WriteLine($"OnlineShop could not start: {e.Message}");
    return 2;
}

static void Step(int number, string title) => Console.WriteLine($"\n== {number}. {title}\n");
