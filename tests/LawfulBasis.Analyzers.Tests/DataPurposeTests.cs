using Microsoft.CodeAnalysis.Testing;
using static LawfulBasis.Analyzers.Tests.Verifier;

namespace LawfulBasis.Analyzers.Tests;

/// <summary>
/// A purpose on data says what it was collected for; code must still be attributable to one purpose. Code touching data
/// bound to exactly one purpose inherits it; data bound to several makes the code say which one it serves.
/// </summary>
public class DataPurposeTests
{
    private const string Declarations = """

        [Purpose("Take orders", LegalBasis.Contract)]
        public sealed class Ordering;
        [Purpose("Send the newsletter", LegalBasis.Consent)]
        public sealed class Newsletter;

        public class Customer
        {
            [ContactData, ProcessingFor<Ordering>, ProcessingFor<Newsletter>] public string Email { get; set; } = "";
            [NameData, ProcessingFor<Ordering>] public string Name { get; set; } = "";
        }
        """;

    [Fact]
    public async Task Data_bound_to_several_purposes_needs_the_code_to_say_which_one_it_serves()
    {
        await AnalyzeWithExpected<PersonalDataProcessingAnalyzer>("""
            public class Mailer
            {
                public string To(Customer c) => c.Email;
                [ProcessingFor<Newsletter>] public string Subscribe(Customer c) => c.Email;
            }
            """ + Declarations,
            new DiagnosticResult("LB0001", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
                .WithSpan(7, 37, 7, 44)
                .WithArguments("Email", "ContactData",
                    "is collected for Ordering (Contract) and Newsletter (Consent): declare which one this code serves with [ProcessingFor<TPurpose>] (GDPR Art. 5(1)(b), 6(1))"));
    }

    [Fact]
    public async Task Data_bound_to_one_purpose_gives_it_to_the_code()
    {
        await Analyze<PersonalDataProcessingAnalyzer>("""
            public class Greeter
            {
                public string Greet(Customer c) => c.Name;
            }
            """ + Declarations);
    }

    [Fact]
    public async Task Require_code_purpose_makes_every_site_declare_its_purpose()
    {
        var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpAnalyzerTest<PersonalDataProcessingAnalyzer, DefaultVerifier>
        {
            TestCode = Usings + """
                public class Greeter
                {
                    public string Greet(Customer c) => {|LB0001:c.Name|};
                    [ProcessingFor<Ordering>] public string Confirm(Customer c) => c.Name;
                }
                """ + Declarations,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true
            [*.cs]
            lawfulbasis.require_code_purpose = true
            """));
        await RunConfigured(test);
    }
}
