using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static LawfulBasis.Analyzers.Tests.Verifier;

namespace LawfulBasis.Analyzers.Tests;

/// <summary>LB0005 follows personal data the way real code carries it to a log.</summary>
public class LoggingFlowTests
{
    private const string Declarations = """

        public class Customer
        {
            [ContactData] public string Email { get; set; } = "";
            [NameData] public string Name { get; set; } = "";
            public Guid Id { get; set; }
            public Address? Home { get; set; }
        }
        public class Address { [LocationData] public string Street { get; set; } = ""; public string Country { get; set; } = ""; }
        namespace Serilog
        {
            public interface ILogger { void Information(string messageTemplate, params object?[]? propertyValues); void Warning<T>(string messageTemplate, T propertyValue); }
            public static class Log { public static void Error(System.Exception? exception, string messageTemplate, params object?[]? propertyValues) { } }
        }
        """;

    [Fact]
    public async Task Locals_conditional_access_and_projections_are_followed()
    {
        await Analyze<PersonalDataLoggingAnalyzer>("""
            using Microsoft.Extensions.Logging;
            public class Service(ILogger<Service> logger)
            {
                public void Run(Customer? c, List<Customer> all)
                {
                    var email = c!.Email;
                    var upper = email.ToUpperInvariant();
                    logger.LogInformation("Mailing {Email}", {|LB0005:email|});
                    logger.LogInformation("Mailing {Email}", {|LB0005:upper|});
                    logger.LogInformation($"Street {{|LB0005:c?.Home?.Street|}}");
                    logger.LogInformation("All {Emails}", {|LB0005:all.Select(x => x.Email)|});
                    logger.LogInformation("All {Customers}", {|LB0005:all|});
                    logger.LogInformation("Count {Count}", all.Count);
                    logger.LogInformation("Any {Any}", all.Any(x => x.Email == ""));
                    var id = c.Id;
                    logger.LogInformation("Customer {Id} in {Country}", id, c.Home?.Country);
                    foreach (var name in all.Select(x => x.Name)) { logger.LogInformation("Hello {Name}", {|LB0005:name|}); }
                }
            }
            """ + Declarations);
    }

    [Fact]
    public async Task Console_Out_and_Error_and_Serilog_are_sinks()
    {
        await Analyze<PersonalDataLoggingAnalyzer>("""
            public class Service(Serilog.ILogger log)
            {
                public void Run(Customer c, Exception e)
                {
                    Console.Error.WriteLine({|LB0005:c.Email|});
                    Console.Out.Write($"to {{|LB0005:c.Name|}}");
                    log.Information("Customer {Email}", {|LB0005:c.Email|});
                    log.Warning("Customer {@Customer}", {|LB0005:c|});
                    Serilog.Log.Error(e, "Failed for {Id}", c.Id);
                    Serilog.Log.Error(e, "Failed for {Name}", {|LB0005:c.Name|});
                }
            }
            """ + Declarations);
    }

    [Fact]
    public async Task A_method_whose_parameter_reaches_a_log_becomes_a_sink()
    {
        await AnalyzeWithExpected<PersonalDataLoggingAnalyzer>("""
            using Microsoft.Extensions.Logging;
            public static class AuditLog
            {
                public static void Note(this ILogger logger, string what, Guid who) => logger.LogInformation("{What} by {Who}", what, who);
                public static void Relay(ILogger logger, string text) => Note(logger, "relay: " + text, Guid.Empty);
            }
            public class Service(ILogger<Service> logger)
            {
                public void Run(Customer c)
                {
                    logger.Note(c.Email, c.Id);
                    AuditLog.Relay(logger, c.Name);
                    logger.Note("saved", c.Id);
                }
            }
            """ + Declarations,
            new DiagnosticResult("LB0005", DiagnosticSeverity.Warning).WithSpan(15, 21, 15, 28)
                .WithArguments("Email", "ContactData", "Note (which writes it to ILogger.LogInformation)"),
            new DiagnosticResult("LB0005", DiagnosticSeverity.Warning).WithSpan(16, 32, 16, 38)
                .WithArguments("Name", "NameData", "Relay (which writes it to ILogger.LogInformation)"));
    }

    [Fact]
    public async Task A_whole_object_names_the_members_it_holds()
    {
        await AnalyzeWithExpected<PersonalDataLoggingAnalyzer>("""
            using Microsoft.Extensions.Logging;
            public class Service(ILogger<Service> logger)
            {
                public void Run(Customer c) => logger.LogInformation("{@Customer}", c);
            }
            """ + Declarations,
            new DiagnosticResult("LB0005", DiagnosticSeverity.Warning).WithSpan(8, 73, 8, 74)
                .WithArguments("c", "Email, Name, Home.Street: ContactData, NameData, LocationData", "ILogger.LogInformation"));
    }
}
