using LawfulBasis;
using LawfulBasis.Ropa;

// Builds the catalog of this shop's declarations and prints its Record of Processing Activities (GDPR Art. 30).
// Usage: dotnet run --project samples/OnlineShop [-- markdown|json|csv]

var format = args.FirstOrDefault()?.ToLowerInvariant() switch
{
    null or "markdown" or "md" => RopaFormat.Markdown,
    "json" => RopaFormat.Json,
    "csv" => RopaFormat.Csv,
    _ => (RopaFormat?)null,
};

if (format is null)
{
    Console.Error.WriteLine($"Unknown format '{args[0]}': use markdown, json or csv.");
    return 2;
}

try
{
    var catalog = ProcessingCatalog.FromAssemblies(typeof(OnlineShop.Ordering).Assembly);
    RopaWriter.Write(catalog, format.Value, Console.Out);
    return 0;
}
catch (InvalidDeclarationsException e)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}
