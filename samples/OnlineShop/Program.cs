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
//   dotnet run --project samples/OnlineShop -- --data shop-data  the same, keeping the trail and registers in shop-data/
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

var keep = args is ["--data", _];
var data = keep ? Directory.CreateDirectory(args[1]).FullName : Directory.CreateTempSubdirectory("online-shop-").FullName;
var customers = new CustomerStore();
var invoices = new InvoiceStore();
var checkouts = new CheckoutStore();

var services = new ServiceCollection();
services.AddLogging(); // decisions also go to ILogger; add a provider (console, OpenTelemetry) to see them
services.AddSingleton<ISubjectDataSource>(customers);
services.AddSingleton<ISubjectDataSource>(invoices);
services.AddSingleton<ISubjectDataSource>(checkouts);
services.AddLawfulBasis(options =>
{
    options.AddAssemblyOf<Ordering>();
    options.TrailPath = Path.Combine(data, "audit", "trail.jsonl");
    options.KeyStorePath = Path.Combine(data, "keys");
    options.RegisterPath = Path.Combine(data, "registers");
    options.DefaultActor = "online-shop";
});

await using (var provider = services.BuildServiceProvider())
{
    var shop = new Shop(provider, customers, invoices, checkouts);
    Step(1, "The Record of Processing Activities, generated from the declarations (Art. 30)");
    RopaWriter.Write(provider.GetRequiredService<ProcessingCatalog>(), RopaFormat.Markdown, Console.Out);
    await shop.RunAsync();
}

var verification = AuditTrailVerifier.Verify(Path.Combine(data, "audit", "trail.jsonl"));
Step(9, "Verifying the audit trail after shutdown");
Console.WriteLine($"   {verification.Message}");
if (keep)
{
    Console.WriteLine($"   the trail and registers are in {data}: try 'lawfulbasis verify {Path.Combine(data, "audit", "trail.jsonl")}'");
}
else
{
    Directory.Delete(data, recursive: true);
}
return verification.IsIntact ? 0 : 1;

static void Step(int number, string title) => Console.WriteLine($"\n== {number}. {title}\n");
