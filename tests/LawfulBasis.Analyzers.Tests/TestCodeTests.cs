using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using static LawfulBasis.Analyzers.Tests.Verifier;

namespace LawfulBasis.Analyzers.Tests;

/// <summary>Test code builds customers from made-up values: it is not processing, unless the team opts in.</summary>
public class TestCodeTests
{
    private const string Declarations = """

        public class Customer { [ContactData] public string Email { get; set; } = ""; }
        namespace Xunit { public class FactAttribute : Attribute { } public sealed class TheoryAttribute : FactAttribute { } }
        namespace NUnit.Framework { public sealed class TestAttribute : Attribute { } }
        namespace Microsoft.VisualStudio.TestTools.UnitTesting { public class TestMethodAttribute : Attribute { } }
        """;

    private const string Tests = """
        public class CustomerTests
        {
            [Xunit.Fact] public void Xunit() { var c = new Customer { Email = "ann@example.com" }; Console.WriteLine(c.Email); }
            [Xunit.Theory] public void Theory() { var c = new Customer(); c.Email = "x"; }
            [NUnit.Framework.Test] public void NUnit() { var c = new Customer { Email = "ann@example.com" }; }
            [Microsoft.VisualStudio.TestTools.UnitTesting.TestMethod] public void MSTest() { var e = new Customer().Email; }
        }
        """;

    [Fact]
    public async Task Test_methods_are_silent()
    {
        await Analyze<PersonalDataProcessingAnalyzer>(Tests + """
            public class Helper { public string NotATest(Customer c) => {|LB0001:c.Email|}; }
            """ + Declarations);
        await Analyze<PersonalDataLoggingAnalyzer>(Tests + Declarations);
    }

    [Fact]
    public async Task A_test_project_is_silent()
    {
        var test = new CSharpAnalyzerTest<PersonalDataProcessingAnalyzer, DefaultVerifier>
        {
            TestCode = Usings + "public class Helper { public string M(Customer c) => c.Email; }" + Declarations,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.IsTestProject = true\n"));
        await RunConfigured(test);
    }

    [Fact]
    public async Task A_team_can_opt_in()
    {
        var test = new CSharpAnalyzerTest<PersonalDataProcessingAnalyzer, DefaultVerifier>
        {
            TestCode = Usings + """
                public class CustomerTests
                {
                    [Xunit.Fact] public void Xunit() { var c = new Customer { {|LB0001:Email|} = "ann@example.com" }; }
                }
                public class Helper { public string M(Customer c) => {|LB0001:c.Email|}; }
                """ + Declarations,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", """
            is_global = true
            build_property.IsTestProject = true
            lawfulbasis.analyze_test_code = true
            """));
        await RunConfigured(test);
    }
}
