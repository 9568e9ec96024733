using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using static LawfulBasis.Analyzers.Tests.Verifier;

namespace LawfulBasis.Analyzers.Tests;

/// <summary>Disclosing a whole object processes every personal member it holds, nested members and collections included.</summary>
public class DisclosureTests
{
    private const string Declarations = """

        [Purpose("Take orders", LegalBasis.Contract)]
        public sealed class Ordering;
        [Purpose("Send the newsletter", LegalBasis.Consent)]
        public sealed class Newsletter;

        public class Customer
        {
            public Guid Id { get; set; }
            [ContactData] public string Email { get; set; } = "";
            [NameData] public string Name { get; set; } = "";
        }
        public class Order
        {
            public Guid Id { get; set; }
            public Customer Buyer { get; set; } = new();
        }
        public class Product { public string Title { get; set; } = ""; }
        public class Subscriber { [ContactData, ProcessingFor<Newsletter>] public string Email { get; set; } = ""; }
        public interface IExporter { void Export(object value); }
        [ProcessingFor<Ordering>] public interface IShipper { void Ship(Order order); }
        """;

    [Fact]
    public async Task Serializing_a_whole_object_is_processing_of_its_personal_members()
    {
        await Analyze<PersonalDataProcessingAnalyzer>("""
            using System.Text.Json;
            public class Exporter
            {
                public string One(Customer customer) => JsonSerializer.Serialize({|LB0001:customer|});
                public string Many(List<Order> orders) => JsonSerializer.Serialize({|LB0001:orders|});
                public string Thing(Product product) => JsonSerializer.Serialize(product);
                [ProcessingFor<Ordering>] public string Lawful(Customer customer) => JsonSerializer.Serialize(customer);
            }
            """ + Declarations);
    }

    [Fact]
    public async Task The_message_names_the_members_involved()
    {
        await AnalyzeWithExpected<PersonalDataProcessingAnalyzer>("""
            using System.Text.Json;
            public class Exporter
            {
                public string Many(Order[] orders) => JsonSerializer.Serialize(orders);
            }
            """ + Declarations,
            new DiagnosticResult("LB0001", DiagnosticSeverity.Warning).WithSpan(8, 68, 8, 74).WithArguments(
                "orders", "Buyer.Email, Buyer.Name: ContactData, NameData",
                "is processed here, but neither this code nor the data declares a purpose and lawful basis (GDPR Art. 6(1)); add [ProcessingFor<TPurpose>] to the code or to the data"));
    }

    [Fact]
    public async Task Sending_to_a_purpose_the_data_was_not_collected_for_is_LB0006()
    {
        await Analyze<PersonalDataProcessingAnalyzer>("""
            using System.Text.Json;
            public class Exporter
            {
                [ProcessingFor<Ordering>] public string Bad(Subscriber s) => JsonSerializer.Serialize({|LB0006:s|});
                [ProcessingFor<Newsletter>] public string Good(Subscriber s) => JsonSerializer.Serialize(s);
            }
            """ + Declarations);
    }

    [Fact]
    public async Task HttpClient_JSON_helpers_and_JsonContent_disclose()
    {
        await Analyze<PersonalDataProcessingAnalyzer>("""
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;
            public class Sender(HttpClient http)
            {
                public Task Post(Customer c) => http.PostAsJsonAsync("https://partner.example/people", {|LB0001:c|});
                public HttpContent Content(Customer c) => JsonContent.Create({|LB0001:c|});
                public Task Id(Customer c) => http.PostAsJsonAsync("https://partner.example/ids", c.Id);
            }
            """ + Declarations);
    }

    [Fact]
    public async Task ASP_NET_Core_results_and_handler_return_values_disclose()
    {
        await Analyze<PersonalDataProcessingAnalyzer>("""
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Mvc;
            using LawfulBasis.AspNetCore;
            public static class Endpoints
            {
                public static void Map(WebApplication app, Customer customer, Product product)
                {
                    app.MapGet("/a", () => Results.Ok({|LB0001:customer|}));
                    app.MapGet("/b", () => TypedResults.Ok({|LB0001:customer|}));
                    app.MapGet("/c", () => {|LB0001:customer|});
                    app.MapGet("/d", () => product);
                    app.MapGet("/e", () => customer).RequirePurpose<Ordering>();
                }
            }
            [ApiController]
            public class CustomersController : ControllerBase
            {
                public IActionResult Get(Customer customer) => Ok({|LB0001:customer|});
                public Customer Raw(Customer customer) => {|LB0001:customer|};
                public IActionResult Created(Customer customer) => new OkObjectResult({|LB0001:customer|});
                private Customer Helper(Customer customer) => customer;
            }
            """ + Declarations + AspNetCoreStubs.Source);
    }

    [Fact]
    public async Task An_interface_with_no_purpose_is_out_of_sight_one_with_a_purpose_is_not()
    {
        await Analyze<PersonalDataProcessingAnalyzer>("""
            public class Service(IExporter exporter, IShipper shipper, List<Customer> cache)
            {
                public void Run(Customer c, Order o)
                {
                    exporter.Export({|LB0001:c|});
                    shipper.Ship(o);
                    cache.Add(c);
                    Save(c);
                }

                private void Save(Customer c) { }
            }
            """ + Declarations);
    }

    [Fact]
    public async Task Another_library_sees_the_object_unless_it_keeps_it_in_process()
    {
        var test = new CSharpAnalyzerTest<PersonalDataProcessingAnalyzer, DefaultVerifier>
        {
            TestCode = Usings + """
                public class Service(Mailing.MailingClient mailing)
                {
                    public void Run(Customer c)
                    {
                        mailing.AddMember({|LB0001:c|});
                        Ardalis.GuardClauses.Guard.NotNull(c);
                        Newtonsoft.Json.JsonConvert.SerializeObject({|LB0001:c|});
                        ArgumentNullException.ThrowIfNull(c);
                    }
                }
                """ + Declarations,
        };
        // Compiled as another assembly: out of the analyzer's sight, as a NuGet package would be.
        test.TestState.AdditionalProjects["Libraries"].Sources.Add(("Libraries.cs", """
            namespace Mailing { public class MailingClient { public void AddMember(object member) { } } }
            namespace Ardalis.GuardClauses { public static class Guard { public static T NotNull<T>(T value) => value; } }
            namespace Newtonsoft.Json { public static class JsonConvert { public static string SerializeObject(object? value) => ""; } }
            """));
        test.TestState.AdditionalProjects["Libraries"].AdditionalReferences.AddRange(TestReferences);
        test.TestState.AdditionalProjectReferences.Add("Libraries");
        await RunConfigured(test);
    }

    [Fact]
    public async Task The_type_itself_may_serialize_its_own_data()
    {
        await Analyze<PersonalDataProcessingAnalyzer>("""
            public class Contact
            {
                [ContactData] public string Email { get; set; } = "";
                public string ToJson() => System.Text.Json.JsonSerializer.Serialize(this);
            }
            """ + Declarations);
    }
}
