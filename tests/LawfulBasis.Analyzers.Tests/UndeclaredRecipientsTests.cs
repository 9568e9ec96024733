using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static LawfulBasis.Analyzers.Tests.Verifier;

namespace LawfulBasis.Analyzers.Tests;

/// <summary>LB0009: personal data sent over HTTP to another party under a purpose that names no recipients.</summary>
public class UndeclaredRecipientsTests
{
    private const string Http = """
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Text.Json;
        using System.Threading.Tasks;

        """;

    private const string Declarations = """

        [Purpose("Market to customers through the CRM", LegalBasis.Consent)]
        public sealed class CrmMarketing;
        [Purpose("Take payments", LegalBasis.Contract, Recipients = ["payment processor"])]
        public sealed class Payments;
        [Purpose("Ship orders", LegalBasis.Contract, NamedRecipients = ["Colissimo (La Poste SA), parcel carrier"])]
        public sealed class Shipping;
        [Purpose("Rate orders", LegalBasis.LegitimateInterests, Recipients = [])]
        public sealed class Rating;

        public class Customer
        {
            public Guid Id { get; set; }
            [ContactData] public string Email { get; set; } = "";
            [NameData] public string Name { get; set; } = "";
        }
        public class Lead { [ContactData, ProcessingFor<CrmMarketing>] public string Email { get; set; } = ""; }
        public class Product { public string Title { get; set; } = ""; }
        """;

    [Fact]
    public async Task Posting_a_customer_under_a_purpose_with_no_recipients_is_flagged()
    {
        await AnalyzeWithExpected<UndeclaredRecipientsAnalyzer>(Http + """
            public class Crm(HttpClient http)
            {
                [ProcessingFor<CrmMarketing>]
                public Task Sync(Customer customer) => http.PostAsJsonAsync("https://crm.example/contacts", customer);
            }
            """ + Declarations,
            new DiagnosticResult("LB0009", DiagnosticSeverity.Warning).WithSpan(12, 97, 12, 105).WithArguments(
                "customer", "Email, Name: ContactData, NameData", "CrmMarketing"));
    }

    [Fact]
    public async Task Every_HTTP_body_is_flagged_put_patch_JsonContent_and_serialized_StringContent()
    {
        await Analyze<UndeclaredRecipientsAnalyzer>(Http + """
            [ProcessingFor<CrmMarketing>]
            public class Crm(HttpClient http)
            {
                public Task Put(Customer c) => http.PutAsJsonAsync("https://crm.example/c", {|LB0009:c|});
                public Task Patch(Customer c) => http.PatchAsJsonAsync("https://crm.example/c", {|LB0009:c|});
                public Task Content(Customer c) => http.PostAsync("https://crm.example/c", JsonContent.Create({|LB0009:c|}));
                public Task Request(Customer c) => http.SendAsync(new HttpRequestMessage(HttpMethod.Post, "https://crm.example/c") { Content = JsonContent.Create({|LB0009:c|}) });
                public Task Text(Customer c) => http.PostAsync("https://crm.example/c", new StringContent(JsonSerializer.Serialize({|LB0009:c|})));
                public Task Bytes(Customer c) => http.PostAsync("https://crm.example/c", new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes({|LB0009:c|})));
                public Task One(Customer c) => http.PostAsJsonAsync("https://crm.example/c", {|LB0009:c.Email|});
                public Task List(List<Customer> all) => http.PostAsJsonAsync("https://crm.example/c", {|LB0009:all|});
            }
            """ + Declarations);
    }

    [Fact]
    public async Task The_purpose_inherited_from_data_bound_to_it_counts()
    {
        await AnalyzeWithExpected<UndeclaredRecipientsAnalyzer>(Http + """
            public class Crm(HttpClient http)
            {
                public Task Sync(Lead lead) => http.PostAsJsonAsync("https://crm.example/leads", lead.Email);
            }
            """ + Declarations,
            new DiagnosticResult("LB0009", DiagnosticSeverity.Warning).WithSpan(11, 86, 11, 96).WithArguments("Email", "ContactData", "CrmMarketing"));
    }

    [Fact]
    public async Task Declared_recipients_or_named_recipients_are_not_flagged_an_empty_list_is()
    {
        await Analyze<UndeclaredRecipientsAnalyzer>(Http + """
            public class Partners(HttpClient http)
            {
                [ProcessingFor<Payments>] public Task Pay(Customer c) => http.PostAsJsonAsync("https://psp.example/payers", c);
                [ProcessingFor<Shipping>] public Task Ship(Customer c) => http.PostAsJsonAsync("https://carrier.example/parcels", c);
                [ProcessingFor<Rating>] public Task Rate(Customer c) => http.PostAsJsonAsync("https://reviews.example/invites", {|LB0009:c|});
            }
            """ + Declarations);
    }

    [Fact]
    public async Task No_personal_data_in_the_payload_is_not_flagged()
    {
        await Analyze<UndeclaredRecipientsAnalyzer>(Http + """
            [ProcessingFor<CrmMarketing>]
            public class Crm(HttpClient http)
            {
                public Task Product(Product p) => http.PostAsJsonAsync("https://crm.example/products", p);
                public Task Id(Customer c) => http.PostAsJsonAsync("https://crm.example/ids", c.Id);
                public Task<Customer?> Read() => http.GetFromJsonAsync<Customer>("https://crm.example/c");
                public string Local(Customer c) => JsonSerializer.Serialize(c);
            }
            """ + Declarations);
    }

    [Fact]
    public async Task With_no_purpose_only_LB0001_fires()
    {
        var compiled = await Compile(Usings + Http + """
            public class Crm(HttpClient http)
            {
                public Task Sync(Customer customer) => http.PostAsJsonAsync("https://crm.example/contacts", customer);
            }
            """ + Declarations, new UndeclaredRecipientsAnalyzer(), new PersonalDataProcessingAnalyzer());

        Assert.Empty(compiled.Errors);
        Assert.Empty(compiled.AnalyzerExceptions);
        Assert.Equal(["LB0001"], compiled.Diagnostics.Select(d => d.Id));
    }

    [Fact]
    public async Task An_endpoint_returning_the_customer_to_the_caller_is_not_a_recipient()
    {
        await Analyze<UndeclaredRecipientsAnalyzer>("""
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Mvc;
            public static class Endpoints
            {
                [ProcessingFor<CrmMarketing>]
                public static void Map(WebApplication app, Customer customer)
                {
                    app.MapGet("/a", () => Results.Ok(customer));
                    app.MapGet("/b", () => customer);
                }
            }
            [ApiController, ProcessingFor<CrmMarketing>]
            public class CustomersController : ControllerBase
            {
                public IActionResult Get(Customer customer) => Ok(customer);
                public IActionResult Created(Customer customer) => new OkObjectResult(customer);
            }
            """ + Declarations + AspNetCoreStubs.Source);
    }
}
