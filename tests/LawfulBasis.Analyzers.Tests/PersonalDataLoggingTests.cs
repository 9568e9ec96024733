using static LawfulBasis.Analyzers.Tests.Verifier;

namespace LawfulBasis.Analyzers.Tests;

public class PersonalDataLoggingTests
{
    private const string Declarations = """

        public class Customer
        {
            [ContactData] public string Email { get; set; } = "";
            public Guid Id { get; set; }
            public int Orders { get; set; }
        }
        public record PayCommand(Guid OrderId, [property: FinancialData] string CardNumber);
        public record Ping(Guid Id);
        """;

    [Fact]
    public async Task Personal_data_passed_to_ILogger_is_flagged_in_every_shape()
    {
        await Analyze<PersonalDataLoggingAnalyzer>("""
            using Microsoft.Extensions.Logging;
            public class Service(ILogger<Service> logger)
            {
                public void Run(Customer c, PayCommand command)
                {
                    logger.LogInformation("Mailing {Email}", {|LB0005:c.Email|});
                    logger.LogWarning($"Mailing {{|LB0005:c.Email|}}");
                    logger.LogError("Mailing " + {|LB0005:c.Email|});
                    logger.LogDebug("Mailing {Email}", {|LB0005:c.Email|}.ToUpperInvariant());
                    logger.LogInformation("Paying {@Command}", {|LB0005:command|});
                    logger.LogInformation("Customer {Customer}", {|LB0005:c|});
                    logger.Log(LogLevel.Information, "x {E}", {|LB0005:c.Email|});
                }
            }
            """ + Declarations);
    }

    [Fact]
    public async Task Non_personal_values_are_not_flagged()
    {
        await Analyze<PersonalDataLoggingAnalyzer>("""
            using Microsoft.Extensions.Logging;
            public class Service(ILogger<Service> logger)
            {
                public void Run(Customer c, Ping ping, Exception e)
                {
                    logger.LogInformation("Mailing customer {Id} with {Orders} orders", c.Id, c.Orders);
                    logger.LogInformation($"Customer {c.Id}");
                    logger.LogError(e, "Ping {@Ping}", ping);
                    logger.LogInformation("Field {Name}", nameof(c.Email));
                    Console.WriteLine(c.Orders);
                }
            }
            """ + Declarations);
    }

    [Fact]
    public async Task Console_Trace_and_Debug_are_sinks()
    {
        await Analyze<PersonalDataLoggingAnalyzer>("""
            using System.Diagnostics;
            public class Service
            {
                public void Run(Customer c)
                {
                    Console.WriteLine({|LB0005:c.Email|});
                    Console.Write($"to {{|LB0005:c.Email|}}");
                    Trace.TraceInformation("to {0}", {|LB0005:c.Email|});
                    Debug.WriteLine({|LB0005:c.Email|});
                }
            }
            """ + Declarations);
    }

    [Fact]
    public async Task A_LoggerMessage_method_is_fine_when_its_parameter_is_classified()
    {
        await Analyze<PersonalDataLoggingAnalyzer>("""
            using Microsoft.Extensions.Logging;
            public static partial class Log
            {
                [LoggerMessage(1, LogLevel.Information, "Mailing {Email}")]
                public static partial void Redacted(ILogger logger, [ContactData] string email);

                [LoggerMessage(2, LogLevel.Information, "Mailing {Email}")]
                public static partial void Plain(ILogger logger, string email);

                public static partial void Redacted(ILogger logger, string email) { }
                public static partial void Plain(ILogger logger, string email) { }
            }
            public class Service(ILogger<Service> logger)
            {
                public void Run(Customer c)
                {
                    Log.Redacted(logger, c.Email);
                    Log.Plain(logger, {|LB0005:c.Email|});
                }
            }
            """ + Declarations);
    }
}
