using static LawfulBasis.Analyzers.Tests.Verifier;

namespace LawfulBasis.Analyzers.Tests;

/// <summary>
/// LB0005 through values computed from personal data, pattern and deconstruction variables, scopes, LoggerMessage.Define
/// delegates and wrappers reached through an interface; and the look-alikes that carry nothing personal.
/// </summary>
public class LoggingDerivedValueTests
{
    private const string Declarations = """

        public class Member
        {
            [ContactData] public string Phone { get; set; } = "";
            [NameData] public string FullName { get; set; } = "";
            [LocationData] public double Latitude { get; set; }
            public Guid Id { get; set; }
            public int MatchCount { get; set; }
        }
        namespace Serilog.Context
        {
            public static class LogContext { public static System.IDisposable PushProperty(string name, object? value, bool destructureObjects = false) => null!; }
        }
        """;

    [Fact]
    public async Task Values_computed_from_personal_data_still_carry_it()
    {
        await Analyze<PersonalDataLoggingAnalyzer>("""
            using System.Text;
            using Microsoft.Extensions.Logging;
            public class Service(ILogger<Service> logger)
            {
                public void Run(Member m)
                {
                    var rounded = Math.Round(m.Latitude, 1);
                    logger.LogTrace("Coarse latitude {Lat}", {|LB0005:rounded|});
                    var first = m.FullName.Split(' ')[0];
                    logger.LogDebug("Hello {First}", {|LB0005:first|});
                    var builder = new StringBuilder();
                    builder.Append("Dear ").Append(m.FullName);
                    logger.LogDebug("Text {Text}", {|LB0005:builder|}.ToString());
                    var counts = new StringBuilder();
                    counts.Append(m.MatchCount);
                    logger.LogDebug("Counts {Counts}", counts.ToString());
                    var matches = Math.Round((double)m.MatchCount, 0);
                    logger.LogDebug("Matches {Matches}", matches);
                    string target;
                    target = m.Phone ?? "";
                    logger.LogDebug("Calling {Target}", {|LB0005:target|});
                    string label;
                    label = m.MatchCount > 3 ? "popular" : "new";
                    logger.LogDebug("Label {Label}", label);
                }
            }
            """ + Declarations);
    }

    [Fact]
    public async Task The_message_of_an_exception_built_from_personal_data_carries_it()
    {
        await Analyze<PersonalDataLoggingAnalyzer>("""
            using Microsoft.Extensions.Logging;
            public class Service(ILogger<Service> logger)
            {
                public void Run(Member m)
                {
                    try
                    {
                        if (m.Phone.Length < 8) { throw new FormatException($"Invalid number {m.Phone}"); }
                    }
                    catch (FormatException ex)
                    {
                        logger.LogWarning({|LB0005:ex.Message|});
                    }

                    try
                    {
                        if (m.MatchCount < 0) { throw new InvalidOperationException($"Bad count {m.MatchCount}"); }
                    }
                    catch (InvalidOperationException ex)
                    {
                        logger.LogWarning(ex.Message);
                    }
                }
            }
            """ + Declarations);
    }

    [Fact]
    public async Task Pattern_and_deconstruction_variables_are_followed_element_by_element()
    {
        await Analyze<PersonalDataLoggingAnalyzer>("""
            using Microsoft.Extensions.Logging;
            public class Service(ILogger<Service> logger)
            {
                public void Run(Member? m, List<Member> all)
                {
                    if (m is { Phone: var phone, MatchCount: var count })
                    {
                        logger.LogTrace("Reach {Phone}", {|LB0005:phone|});
                        logger.LogTrace("Matches {Count}", count);
                    }

                    foreach (var (name, id) in all.Select(x => (x.FullName, x.Id)))
                    {
                        logger.LogTrace("Member {Name}", {|LB0005:name|});
                        logger.LogTrace("Member {Id}", id);
                    }

                    var (fullName, matchCount) = (m!.FullName, m.MatchCount);
                    logger.LogTrace("{Name}", {|LB0005:fullName|});
                    logger.LogTrace("{Count}", matchCount);
                }
            }
            """ + Declarations);
    }

    [Fact]
    public async Task Scopes_Serilog_context_and_LoggerMessage_delegates_are_sinks()
    {
        await Analyze<PersonalDataLoggingAnalyzer>("""
            using Microsoft.Extensions.Logging;
            public class Service(ILogger<Service> logger)
            {
                private static readonly Action<ILogger, string, Exception?> Reached =
                    LoggerMessage.Define<string>(LogLevel.Information, new EventId(1), "Reached {Phone}");
                private static readonly Action<ILogger, Guid, Exception?> Seen =
                    LoggerMessage.Define<Guid>(LogLevel.Information, new EventId(2), "Seen {Id}");

                public void Run(Member m)
                {
                    using (logger.BeginScope(new Dictionary<string, object> { ["Phone"] = {|LB0005:m.Phone|} })) { }
                    using (logger.BeginScope(new Dictionary<string, object> { ["MemberId"] = m.Id })) { }
                    using (Serilog.Context.LogContext.PushProperty("Caller", {|LB0005:m.Phone|})) { }
                    using (Serilog.Context.LogContext.PushProperty("MemberId", m.Id)) { }
                    Reached(logger, {|LB0005:m.Phone|}, null);
                    Seen(logger, m.Id, null);
                    Action<string> notLogging = _ => { };
                    notLogging(m.Phone);
                }
            }
            """ + Declarations);
    }

    [Fact]
    public async Task A_wrapper_called_through_an_interface_is_a_sink_when_an_implementation_logs()
    {
        await Analyze<PersonalDataLoggingAnalyzer>("""
            using Microsoft.Extensions.Logging;
            public interface IAuditLog { void Record(string action, string detail); }
            public interface IMetrics { void Record(string action, string detail); }
            public sealed class AuditLog(ILogger<AuditLog> logger) : IAuditLog
            {
                public void Record(string action, string detail) => logger.LogInformation("AUDIT {Action} {Detail}", action, detail);
            }
            public sealed class Metrics : IMetrics { public void Record(string action, string detail) { } }
            public abstract class Notifier { public abstract void Send(string text); }
            public sealed class LogNotifier(ILogger<LogNotifier> logger) : Notifier
            {
                public override void Send(string text) => logger.LogInformation("{Text}", text);
            }
            public class Service(IAuditLog audit, IMetrics metrics, Notifier notifier)
            {
                public void Run(Member m)
                {
                    audit.Record("reminder", {|LB0005:m.Phone|});
                    audit.Record("reminder", m.Id.ToString());
                    metrics.Record("reminder", m.Phone);
                    notifier.Send({|LB0005:m.FullName|});
                }
            }
            """ + Declarations);
    }
}
