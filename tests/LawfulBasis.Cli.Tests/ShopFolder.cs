using LawfulBasis.Audit;
using LawfulBasis.Processing;
using Microsoft.Extensions.DependencyInjection;
using OnlineShop;

namespace LawfulBasis.Cli.Tests;

/// <summary>The online-shop sample's data folder, filled as the shop itself fills it.</summary>
internal static class ShopFolder
{
    /// <summary>The shop signs a customer up, as its checkout does: through the gate, into its store, into the trail.</summary>
    public static async Task<string> SignUpAsync(string data, string name, string email)
    {
        var customer = Guid.NewGuid();
        var shop = Path.Combine(data, "shop");
        var customers = new CustomerStore(shop);
        await using (var services = ShopServices.Create(data, customers, new InvoiceStore(shop), new CheckoutStore(shop)))
        {
            services.GetRequiredService<IProcessingGate>().Begin<Ordering>(customer.ToString(), ProcessingOperation.Collect);
            customers.Add(new Customer { Id = customer, Name = name, Email = email, ShippingAddress = "1 Main Street" });
            await services.GetRequiredService<IAuditTrail>().FlushAsync();
        }

        return customer.ToString();
    }
}
