using static LawfulBasis.Analyzers.Tests.Verifier;

namespace LawfulBasis.Analyzers.Tests;

public class PersonalDataProcessingTests
{
    private const string Declarations = """

        [Purpose("Bill customers", LegalBasis.Contract, Categories = [typeof(ContactDataAttribute), typeof(FinancialDataAttribute)])]
        public sealed class Billing;
        [Purpose("Send the newsletter", LegalBasis.Consent)]
        public sealed class Newsletter;
        [Purpose("Match faces", LegalBasis.LegitimateInterests, AssessmentReference = "LIA-1")]
        public sealed class FaceMatching;
        [Purpose("Unlock with a face", LegalBasis.Consent, Condition = SpecialCategoryCondition.ExplicitConsent)]
        public sealed class FaceUnlock;

        public class Customer
        {
            [ContactData] public string Email { get; set; } = "";
            [NameData] public string Name { get; set; } = "";
            public int Orders { get; set; }
            [BiometricData] public float[] FaceTemplate { get; set; } = [];
        }
        """;

    [Fact]
    public async Task Reading_personal_data_in_code_with_no_purpose_is_flagged()
    {
        await Analyze<PersonalDataProcessingAnalyzer>("""
            public class Mailer
            {
                public string To(Customer customer) => {|LB0001:customer.Email|};
                public int Count(Customer customer) => customer.Orders;
            }
            """ + Declarations);
    }

    [Fact]
    public async Task A_purpose_on_the_method_the_type_or_the_assembly_clears_it()
    {
        await Analyze<PersonalDataProcessingAnalyzer>("""
            public class Mailer
            {
                [ProcessingFor<Billing>] public string ByMethod(Customer c) => c.Email;
            }
            [ProcessingFor<Billing>]
            public class Invoicer
            {
                public string ByType(Customer c) => c.Email;
                public class Nested { public string ByOuterType(Customer c) => c.Email; }
            }
            """ + Declarations);

        await Analyze<PersonalDataProcessingAnalyzer>("""
            [assembly: ProcessingFor<Billing>]
            public class Mailer { public string ByAssembly(Customer c) => c.Email; }
            """ + Declarations);
    }

    [Fact]
    public async Task A_purpose_bound_to_the_data_clears_it()
    {
        await Analyze<PersonalDataProcessingAnalyzer>("""
            public class Subscriber { [ContactData, ProcessingFor<Newsletter>] public string Email { get; set; } = ""; }
            [ProcessingFor<Newsletter>] public class Reader { [NameData] public string Name { get; set; } = ""; }
            public class Mailer
            {
                public string To(Subscriber s) => s.Email;
                public string Greet(Reader r) => r.Name;
            }
            """ + Declarations);
    }

    [Fact]
    public async Task Writes_initializers_with_expressions_and_patterns_are_processing()
    {
        await Analyze<PersonalDataProcessingAnalyzer>("""
            public record Contact { [ContactData] public string Email { get; init; } = ""; }
            public class Registrar
            {
                public void Write(Customer c) { {|LB0001:c.Email|} = "a@b.c"; }
                public Customer Create() => new Customer { {|LB0001:Email|} = "a@b.c" };
                public Contact Copy(Contact c) => c with { {|LB0001:Email|} = "x@y.z" };
                public bool Match(Customer c) => c is { {|LB0001:Email|}: "a@b.c" };
            }
            """ + Declarations);
    }

    [Fact]
    public async Task Lambdas_local_functions_and_queries_take_the_purpose_of_their_method()
    {
        await Analyze<PersonalDataProcessingAnalyzer>("""
            public class Exporter
            {
                public IEnumerable<string> Unlawful(List<Customer> all)
                {
                    var viaLambda = all.Select(c => {|LB0001:c.Email|});
                    string Local(Customer c) => {|LB0001:c.Name|};
                    var viaQuery = from c in all where {|LB0001:c.Name|} != "" select {|LB0001:c.Email|};
                    return viaLambda.Concat(viaQuery).Append(Local(all[0]));
                }

                [ProcessingFor<Billing>]
                public IEnumerable<string> Lawful(List<Customer> all)
                {
                    string Local(Customer c) => c.Email;
                    return all.Select(c => c.Email).Concat(from c in all select c.Email).Append(Local(all[0]));
                }
            }
            """ + Declarations);
    }

    [Fact]
    public async Task The_declaring_type_nameof_and_attribute_arguments_are_not_processing()
    {
        await Analyze<PersonalDataProcessingAnalyzer>("""
            public class Holder
            {
                [ContactData] private string _email = "";
                [ContactData] public static string? LastEmail;
                public string Email { get => _email; set => _email = value; }
                public void Remember() => LastEmail = _email;
            }
            [AttributeUsage(AttributeTargets.All)] public sealed class NoteAttribute(string text) : Attribute { public string Text { get; } = text; }
            public class Documenter
            {
                [Note(nameof(Customer.Email))]
                public string Name() => nameof(Customer.Email);
            }
            """ + Declarations);
    }

    [Fact]
    public async Task Static_fields_generic_types_partial_classes_and_records_are_checked()
    {
        await Analyze<PersonalDataProcessingAnalyzer>("""
            public static class Cache { [ContactData] public static string? Last; }
            public class Box<T> { [ContactData] public T? Value { get; set; } }
            public record Person([property: NameData] string Name, [NameData] string Nickname);
            public partial class Worker { public string? A() => {|LB0001:Cache.Last|}; }
            public partial class Worker
            {
                public int? B(Box<int> box) => {|LB0001:box.Value|};
                public string C(Person p) => {|LB0001:p.Name|} + {|LB0001:p.Nickname|};
            }
            """ + Declarations);
    }

    [Fact]
    public async Task Biometric_data_under_a_purpose_without_an_Art_9_condition_is_an_error()
    {
        await Analyze<PersonalDataProcessingAnalyzer>("""
            public class Matcher
            {
                [ProcessingFor<FaceMatching>] public float[] Bad(Customer c) => {|LB0002:c.FaceTemplate|};
                [ProcessingFor<FaceUnlock>] public float[] Good(Customer c) => c.FaceTemplate;
            }
            """ + Declarations);
    }

    [Fact]
    public async Task Criminal_data_needs_a_purpose_naming_the_law()
    {
        await Analyze<PersonalDataProcessingAnalyzer>("""
            [Purpose("Vet staff", LegalBasis.Contract)] public sealed class Vetting;
            [Purpose("Vet staff by law", LegalBasis.LegalObligation, LegalReference = "Act 12")] public sealed class LawfulVetting;
            public class Candidate { [CriminalData] public string? Record { get; set; } }
            public class Vetter
            {
                [ProcessingFor<Vetting>] public string? Bad(Candidate c) => {|LB0002:c.Record|};
                [ProcessingFor<LawfulVetting>] public string? Good(Candidate c) => c.Record;
            }
            """ + Declarations);
    }

    [Fact]
    public async Task Using_data_for_a_purpose_it_was_not_collected_for_is_flagged()
    {
        await Analyze<PersonalDataProcessingAnalyzer>("""
            public class Subscriber { [ContactData, ProcessingFor<Newsletter>] public string Email { get; set; } = ""; }
            public class Biller
            {
                [ProcessingFor<Billing>] public string Bad(Subscriber s) => {|LB0006:s.Email|};
                [ProcessingFor<Newsletter>] public string Good(Subscriber s) => s.Email;
            }
            """ + Declarations);
    }

    [Fact]
    public async Task Using_a_category_the_purpose_does_not_list_is_flagged()
    {
        await Analyze<PersonalDataProcessingAnalyzer>("""
            public class Biller
            {
                [ProcessingFor<Billing>] public string Bad(Customer c) => {|LB0006:c.Name|};
                [ProcessingFor<Billing>] public string Good(Customer c) => c.Email;
                [ProcessingFor<Newsletter>] public string NoAllowList(Customer c) => c.Name;
            }
            """ + Declarations);
    }

    [Fact]
    public async Task Incomplete_code_does_not_crash_the_analyzer()
    {
        await AnalyzeIncomplete<PersonalDataProcessingAnalyzer>("""
            public class Broken
            {
                public string M(Customer c) => {|LB0001:c.Email|}.
                [ProcessingFor<Missing>] public string N(Customer c) => {|LB0001:c.Email|};
                public string O(Customer c) => c.Nope + c.
            """ + Declarations);
    }
}
