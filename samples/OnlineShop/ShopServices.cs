using LawfulBasis;
using LawfulBasis.Rights;
using Microsoft.Extensions.DependencyInjection;

namespace OnlineShop;

/// <summary>The shop's services over one data folder: the same for the shop itself and for the lawfulbasis tool.</summary>
public static class ShopServices
{
    public static ServiceProvider Create(string data, CustomerStore customers, InvoiceStore invoices, CheckoutStore checkouts)
    {
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
        return services.BuildServiceProvider();
    }
}

/// <summary>
/// Lets <c>lawfulbasis access|erase &lt;customer&gt; --app OnlineShop.dll -- --data &lt;folder&gt;</c> answer requests with
/// the shop's own stores, registers and trail.
/// </summary>
public sealed class ShopToolHost : ILawfulBasisToolHost
{
    public IServiceProvider CreateServices(string[] args)
    {
        if (args is not ["--data", var data] || !Directory.Exists(data))
        {
            throw new ArgumentException("The shop needs its data folder: add '-- --data <folder>' (the folder 'dotnet run --project samples/OnlineShop -- --data <folder>' kept).");
        }

        var shop = Path.Combine(data, "shop");
        return ShopServices.Create(data, new CustomerStore(shop), new InvoiceStore(shop), new CheckoutStore(shop));
    }
}
