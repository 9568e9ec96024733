using LawfulBasis;
using LawfulBasis.Audit;
using LawfulBasis.PostgreSql;
using LawfulBasis.PostgreSql.Writer;
using LawfulBasis.Processing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

// One application instance, as a process:
//   <connection> <schema> schema          create or upgrade the schema, print the version found before
//   <connection> <schema> write <count>   run <count> processing decisions through the gate, flush, print "wrote <count>"
if (args is not [var connection, var schema, var mode, ..])
{
    Console.Error.WriteLine("usage: <connection> <schema> schema | write <count>");
    return 2;
}

if (mode == "schema")
{
    await using var dataSource = NpgsqlDataSource.Create(connection);
    Console.WriteLine($"version before: {await PostgreSqlSchema.EnsureCreatedAsync(dataSource, schema)}");
    return 0;
}

var count = int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture);
var services = new ServiceCollection();
services.AddLawfulBasis(o => o.AddAssemblyOf<Ordering>());
services.AddLawfulBasisPostgreSql(connection, o => o.Schema = schema);
await using (var provider = services.BuildServiceProvider())
{
    var gate = provider.GetRequiredService<IProcessingGate>();
    for (var i = 0; i < count; i++)
    {
        gate.Begin<Ordering>($"customer-{Environment.ProcessId}-{i % 500}", ProcessingOperation.Read);
    }

    await provider.GetRequiredService<IAuditTrail>().FlushAsync();
}

Console.WriteLine($"wrote {count}");
return 0;
