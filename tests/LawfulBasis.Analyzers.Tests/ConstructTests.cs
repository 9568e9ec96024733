using static LawfulBasis.Analyzers.Tests.Verifier;

namespace LawfulBasis.Analyzers.Tests;

/// <summary>The ways real code reaches personal data beyond a plain member access.</summary>
public class ConstructTests
{
    private const string Declarations = """

        [Purpose("Bill customers", LegalBasis.Contract)]
        public sealed class Billing;
        [Purpose("Send the newsletter", LegalBasis.Consent)]
        public sealed class Newsletter;

        public class Customer
        {
            [ContactData] public string Email { get; set; } = "";
            [NameData] public string Name { get; set; } = "";
            public int Orders { get; set; }
        }
        public record Person([property: NameData] string Name, [property: ContactData] string Email, int Visits);
        public class Card
        {
            [FinancialData] public string Number { get; set; } = "";
            public string Brand { get; set; } = "";
            public void Deconstruct(out string number, out string brand) { number = Number; brand = Brand; }
        }
        """;

    [Fact]
    public async Task A_purpose_on_a_lambda_or_a_local_function_counts_for_its_body_once()
    {
        await Analyze<PersonalDataProcessingAnalyzer>("""
            public class Exporter
            {
                public IEnumerable<string> Export(List<Customer> all)
                {
                    var lawful = all.Select([ProcessingFor<Billing>] (Customer c) => c.Email);
                    var unlawful = all.Select((Customer c) => {|LB0001:c.Email|});
                    [ProcessingFor<Billing>] string Local(Customer c) => c.Name;
                    string Other(Customer c) => {|LB0001:c.Name|};
                    return lawful.Concat(unlawful).Append(Local(all[0])).Append(Other(all[0]));
                }
            }
            """ + Declarations);
    }

    [Fact]
    public async Task A_minimal_API_endpoint_declares_its_purpose_with_RequirePurpose()
    {
        await Analyze<PersonalDataProcessingAnalyzer>("""
            using Microsoft.AspNetCore.Builder;
            using LawfulBasis.AspNetCore;
            public static class Endpoints
            {
                public static void Map(WebApplication app, Customer customer)
                {
                    app.MapGet("/lawful", () => customer.Email).WithName("mail").RequirePurpose<Billing>();
                    app.MapGet("/unlawful", () => {|LB0001:customer.Email|}).WithName("other");
                }
            }
            """ + Declarations + AspNetCoreStubs.Source);
    }

    [Fact]
    public async Task A_handler_passed_as_a_method_group_takes_its_endpoints_RequirePurpose_and_discloses_what_it_returns()
    {
        await Analyze<PersonalDataProcessingAnalyzer>("""
            using Microsoft.AspNetCore.Builder;
            using LawfulBasis.AspNetCore;
            public static class Endpoints
            {
                public static void Map(WebApplication app)
                {
                    app.MapGet("/lawful", Handlers.Email).WithName("mail").RequirePurpose<Billing>();
                    app.MapGet("/unlawful", Handlers.Name);
                    app.MapGet("/twice", Handlers.Both).RequirePurpose<Billing>();
                    app.MapPost("/twice", Handlers.Both);
                    app.MapGet("/whole", Handlers.Whole);
                    app.MapGet("/whole-lawful", Handlers.WholeLawful).RequirePurpose<Billing>();
                }
            }
            public static class Handlers
            {
                public static string Email(Customer customer) => customer.Email;
                public static string Name(Customer customer) => {|LB0001:customer.Name|};
                public static string Both(Customer customer) => {|LB0001:customer.Email|};
                public static Customer Whole(Customer customer) => {|LB0001:customer|};
                public static Customer WholeLawful(Customer customer) => customer;
                public static Customer NotAHandler(Customer customer) => customer;
            }
            """ + Declarations + AspNetCoreStubs.Source);
    }

    [Fact]
    public async Task Each_processing_site_is_reported_once_wherever_the_lambda_sits()
    {
        await Analyze<PersonalDataProcessingAnalyzer>("""
            public class Sites
            {
                private readonly Func<Customer, string> _field = c => {|LB0001:c.Email|};
                private readonly Func<Customer, string> _declared = [ProcessingFor<Billing>] (Customer c) => c.Email;
                public Func<Customer, string> Property => c => {|LB0001:c.Name|};
                public Sites() { Func<Customer, string> f = static c => {|LB0001:c.Email|}; }
                public string Getter
                {
                    get
                    {
                        static string Local(Customer c) => {|LB0001:c.Email|};
                        [ProcessingFor<Billing>] static string Declared(Customer c) => c.Email;
                        return Local(new()) + Declared(new());
                    }
                }
                public IEnumerable<string> Nested(List<Customer> all) =>
                    all.Select([ProcessingFor<Billing>] (Customer c) => all.Select(d => d.Email + c.Email).First());
            }
            """ + Declarations);
    }

    [Fact]
    public async Task Deconstruction_reads_the_members_it_names()
    {
        await Analyze<PersonalDataProcessingAnalyzer>("""
            public class Reader
            {
                public string Read(Person person, Card card, List<Person> people)
                {
                    var ({|LB0001:name|}, _, visits) = person;
                    var ({|LB0001:number|}, brand) = card;
                    foreach (var (_, {|LB0001:email|}, _) in people) { }
                    (string a, int b) = ("x", 1);
                    return name + number + brand + visits + a + b;
                }

                [ProcessingFor<Billing>]
                public string Lawful(Person person)
                {
                    var (name, email, _) = person;
                    return name + email;
                }
            }
            """ + Declarations);
    }

    [Fact]
    public async Task Positional_patterns_and_switch_arms_read_the_members_they_match()
    {
        await Analyze<PersonalDataProcessingAnalyzer>("""
            public class Matcher
            {
                public bool Is(object o) => o is Person(_, {|LB0001:var email|}, _) && email != "";
                public int Visits(object o) => o is Person(_, _, var visits) ? visits : 0;
                public string Label(Person p) => p switch
                {
                    ({|LB0001:"Ann"|}, _, _) => "ann",
                    (_, _, > 3) => "regular",
                    _ => "other",
                };
            }
            """ + Declarations);
    }

    [Fact]
    public async Task A_record_positional_constructor_writes_personal_data()
    {
        await Analyze<PersonalDataProcessingAnalyzer>("""
            public class Factory
            {
                public Person Create() => new Person({|LB0001:"Ann"|}, {|LB0001:"ann@example.com"|}, 1);
                [ProcessingFor<Billing>] public Person Lawful() => new("Ann", "ann@example.com", 1);
            }
            """ + Declarations);
    }

    [Fact]
    public async Task Classification_is_inherited_through_overrides_and_interfaces_both_ways()
    {
        await Analyze<PersonalDataProcessingAnalyzer>("""
            public interface IContact { [ContactData] string Email { get; } }
            public class Lead : IContact { public string Email { get; set; } = ""; }
            public interface IHasPhone { string Phone { get; } }
            public class Member : IHasPhone { [ContactData] public string Phone { get; set; } = ""; public string Nick { get; set; } = ""; }
            public abstract class Party { [NameData] public abstract string FullName { get; } }
            public class Company : Party { public override string FullName => "Acme"; }
            public class Reader
            {
                public string A(Lead lead) => {|LB0001:lead.Email|};
                public string B(IHasPhone phone) => {|LB0001:phone.Phone|};
                public string C(Company company) => {|LB0001:company.FullName|};
                public string D(Member member) => member.Nick;
            }
            """ + Declarations);
    }
}
