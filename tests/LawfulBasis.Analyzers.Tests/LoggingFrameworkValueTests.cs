using static LawfulBasis.Analyzers.Tests.Verifier;

namespace LawfulBasis.Analyzers.Tests;

/// <summary>
/// LB0005 on what generalises beyond the classified members: framework values that identify a person (the client's IP
/// address, the signed-in user's name and claims, request values under a personal key), unkeyed hashes, parts of dates
/// and names, objects built from personal data, exceptions carrying it, classified parameters, and further sinks
/// (trace spans, metric tags, NLog, log4net, TraceSource); with the look-alikes that stay silent.
/// </summary>
public class LoggingFrameworkValueTests
{
    private const string Declarations = """

        public class Member
        {
            [SubjectId] public int Number { get; set; }
            [NameData] public string FirstName { get; set; } = "";
            [NameData] public string LastName { get; set; } = "";
            [ContactData] public string Email { get; set; } = "";
            [DemographicData] public DateOnly DateOfBirth { get; set; }
            public DateTime JoinedAt { get; set; }
        }

        public record Card(string Name, string Email);

        namespace Microsoft.AspNetCore.Http
        {
            public interface IHeaderDictionary { string this[string key] { get; } }
            public interface IQueryCollection { string this[string key] { get; } }
            public abstract class ConnectionInfo { public abstract System.Net.IPAddress? RemoteIpAddress { get; } public abstract int LocalPort { get; } }
            public abstract class HttpRequest { public abstract IHeaderDictionary Headers { get; } public abstract IQueryCollection Query { get; } }
            public abstract class HttpContext
            {
                public abstract HttpRequest Request { get; }
                public abstract ConnectionInfo Connection { get; }
                public abstract System.Security.Claims.ClaimsPrincipal User { get; }
            }
        }

        namespace Microsoft.AspNetCore.Identity
        {
            public class IdentityUser { public virtual string Id { get; set; } = ""; public virtual string? UserName { get; set; } public virtual string? Email { get; set; } }
        }

        public class AppUser : Microsoft.AspNetCore.Identity.IdentityUser { public string? Theme { get; set; } }

        namespace Microsoft.ApplicationInsights
        {
            public class TelemetryClient { public void TrackTrace(string message) { } }
        }

        namespace Sentry
        {
            public static class SentrySdk { public static void CaptureMessage(string message) { } }
        }

        namespace NLog
        {
            public class Logger { public void Info(string message, params object?[] args) { } }
        }

        namespace log4net
        {
            public interface ILog { void Info(object message); }
        }
        """;

    [Fact]
    public async Task The_client_address_and_the_signed_in_user_are_personal_without_an_attribute()
    {
        await Analyze<PersonalDataLoggingAnalyzer>("""
            using System.Security.Claims;
            using Microsoft.AspNetCore.Http;
            using Microsoft.Extensions.Logging;
            public class Middleware(ILogger<Middleware> logger)
            {
                public void Run(HttpContext context)
                {
                    logger.LogInformation("From {Ip}", {|LB0005:context.Connection.RemoteIpAddress|});
                    var ip = context.Connection.RemoteIpAddress?.ToString() ?? "-";
                    logger.LogInformation("From {Ip}", {|LB0005:ip|});
                    logger.LogInformation("For {Ip}", {|LB0005:context.Request.Headers["X-Forwarded-For"]|});
                    logger.LogInformation("User {Name}", {|LB0005:context.User.Identity?.Name|});
                    logger.LogInformation("Mail {Mail}", {|LB0005:context.User.FindFirst(ClaimTypes.Email)?.Value|});
                    logger.LogInformation("Mail {Mail}", {|LB0005:context.Request.Query["e-mail"]|});
                    logger.LogInformation("Port {Port}", context.Connection.LocalPort);
                    logger.LogInformation("Trace {Id}", context.Request.Headers["traceparent"]);
                    logger.LogInformation("Page {Page}", context.Request.Query["page"]);
                    logger.LogInformation("User {Id}", context.User.FindFirst(ClaimTypes.NameIdentifier)?.Value);
                    logger.LogInformation("Signed in {Yes}", context.User.Identity?.IsAuthenticated);
                    logger.LogInformation("Roles {Roles}", context.User.FindAll(ClaimTypes.Role).Select(c => c.Value));
                }
            }
            """ + Declarations);
    }

    [Fact]
    public async Task An_unkeyed_hash_is_personal_and_a_keyed_one_is_a_pseudonym()
    {
        await Analyze<PersonalDataLoggingAnalyzer>("""
            using System.Security.Cryptography;
            using System.Text;
            using Microsoft.Extensions.Logging;
            public class Service(ILogger<Service> logger, byte[] key)
            {
                public void Run(Member m)
                {
                    var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(m.Email)));
                    logger.LogInformation("Hash {Hash}", {|LB0005:hash|});
                    using var sha = SHA1.Create();
                    logger.LogInformation("Hash {Hash}", {|LB0005:BitConverter.ToString(sha.ComputeHash(Encoding.UTF8.GetBytes(m.Email)))|});
                    var pseudonym = Convert.ToHexString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(m.Email)));
                    logger.LogInformation("Pseudonym {Pseudonym}", pseudonym);
                    using var hmac = new HMACSHA256(key);
                    logger.LogInformation("Pseudonym {Pseudonym}", Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(m.Email))));
                }
            }
            """ + Declarations);
    }

    [Fact]
    public async Task Parts_of_a_date_of_birth_and_of_a_name_are_personal_and_a_length_is_not()
    {
        await Analyze<PersonalDataLoggingAnalyzer>("""
            using Microsoft.Extensions.Logging;
            public class Service(ILogger<Service> logger)
            {
                public void Run(Member m)
                {
                    var age = DateTime.Today.Year - m.DateOfBirth.Year;
                    logger.LogInformation("Age {Age}", {|LB0005:age|});
                    logger.LogInformation("Month {Month}", {|LB0005:m.DateOfBirth.Month|});
                    logger.LogInformation("Initials {Initials}", $"{{|LB0005:m.FirstName[0]|}}{m.LastName[0]}");
                    logger.LogInformation("Initial {Initial}", char.ToUpperInvariant({|LB0005:m.FirstName[0]|}));
                    logger.LogInformation("Adult {Adult}", age >= 18);
                    logger.LogInformation("Letters {Letters}", m.LastName.Length);
                    logger.LogInformation("Joined {Year}", m.JoinedAt.Year);
                }
            }
            """ + Declarations);
    }

    [Fact]
    public async Task Objects_built_from_personal_data_carry_it()
    {
        await Analyze<PersonalDataLoggingAnalyzer>("""
            using System.Text.Json;
            using Microsoft.Extensions.Logging;
            public class Service(ILogger<Service> logger)
            {
                public void Run(Member m)
                {
                    logger.LogInformation("Contact {@Contact}", new { {|LB0005:m.Email|}, m.Number });
                    logger.LogInformation("Json {Json}", {|LB0005:JsonSerializer.Serialize(new { m.FirstName })|});
                    var card = new Card(m.FirstName, m.Email);
                    logger.LogInformation("Card {Card}", {|LB0005:card|});
                    var office = new Card("Office", "office@example.com");
                    logger.LogInformation("Card {Card}", office);
                    logger.LogInformation("Key {@Key}", new { m.Number });
                    var headline = m.Number switch
                    {
                        0 => "nobody",
                        _ => $"{m.LastName} renewed",
                    };
                    logger.LogInformation({|LB0005:headline|});
                    if (m is { DateOfBirth.Year: var born })
                    {
                        logger.LogInformation("Born {Year}", {|LB0005:born|});
                    }
                }
            }
            """ + Declarations);
    }

    [Fact]
    public async Task An_exception_built_from_personal_data_or_given_it_in_Data_carries_it()
    {
        await Analyze<PersonalDataLoggingAnalyzer>("""
            using Microsoft.Extensions.Logging;
            public class Service(ILogger<Service> logger)
            {
                public void Run(Member m)
                {
                    var failure = new InvalidOperationException($"No mailbox for {m.Email}");
                    logger.LogError({|LB0005:failure|}, "Failed");
                    logger.LogError("Failed: {Reason}", {|LB0005:failure.Message|});
                    var timeout = new TimeoutException("No answer");
                    logger.LogError(timeout, "Failed for {Number}", m.Number);
                    try
                    {
                        Send(m);
                    }
                    catch (Exception ex)
                    {
                        ex.Data["Email"] = m.Email;
                        logger.LogError({|LB0005:ex|}, "Sending failed");
                    }

                    try
                    {
                        Send(m);
                    }
                    catch (Exception ex)
                    {
                        ex.Data["Member"] = m.Number;
                        logger.LogError(ex, "Sending failed for {Number}", m.Number);
                    }
                }

                private static void Send(Member m) => _ = m.Number;
            }
            """ + Declarations);
    }

    [Fact]
    public async Task A_parameter_classified_where_it_is_declared_is_personal()
    {
        await Analyze<PersonalDataLoggingAnalyzer>("""
            using Microsoft.Extensions.Logging;
            public class Sms(ILogger<Sms> logger)
            {
                public void Send([ContactData] string mobile, string body)
                {
                    logger.LogInformation("To {Mobile}", {|LB0005:mobile|});
                    logger.LogInformation("Body of {Length}", body.Length);
                }
            }
            """ + Declarations);
    }

    [Fact]
    public async Task Trace_spans_metric_tags_NLog_log4net_and_TraceSource_are_sinks()
    {
        await Analyze<PersonalDataLoggingAnalyzer>("""
            using System.Diagnostics;
            using System.Diagnostics.Metrics;
            public class Service(Counter<int> counter, NLog.Logger nlog, log4net.ILog log4, TraceSource source)
            {
                public void Run(Member m)
                {
                    using var activity = new Activity("renew").Start();
                    activity.SetTag("member.email", {|LB0005:m.Email|});
                    activity.SetTag("member.number", m.Number);
                    Activity.Current?.AddBaggage("member.name", {|LB0005:m.LastName|});
                    counter.Add(1, new KeyValuePair<string, object?>("member", {|LB0005:m.Email|}));
                    counter.Add(1, new KeyValuePair<string, object?>("plan", "gold"));
                    nlog.Info("Renewed {Email}", {|LB0005:m.Email|});
                    nlog.Info("Renewed {Number}", m.Number);
                    log4.Info($"Renewed {{|LB0005:m.FirstName|}}");
                    source.TraceInformation("Renewed " + {|LB0005:m.LastName|});
                    source.TraceInformation("Renewed " + m.Number);
                }
            }
            """ + Declarations);
    }

    [Fact]
    public async Task An_identity_user_and_all_the_claims_of_a_principal_are_personal()
    {
        await Analyze<PersonalDataLoggingAnalyzer>("""
            using System.Security.Claims;
            using Microsoft.Extensions.Logging;
            public class Service(ILogger<Service> logger)
            {
                public void Run(AppUser user, ClaimsPrincipal principal)
                {
                    logger.LogInformation("User {Name}", {|LB0005:user.UserName|});
                    logger.LogInformation("User {Id} theme {Theme}", user.Id, user.Theme);
                    logger.LogInformation("Claims {Claims}", {|LB0005:principal.Claims.Select(c => c.Value)|});
                    logger.LogInformation("Claim types {Types}", principal.Claims.Select(c => c.Type));
                    foreach (var claim in principal.FindAll(ClaimTypes.Email))
                    {
                        logger.LogInformation("Mail {Mail}", {|LB0005:claim.Value|});
                    }
                }
            }
            """ + Declarations);
    }

    [Fact]
    public async Task Collections_filled_after_they_are_created_and_extremes_carry_what_they_hold()
    {
        await Analyze<PersonalDataLoggingAnalyzer>("""
            using Microsoft.Extensions.Logging;
            public class Service(ILogger<Service> logger)
            {
                public void Run(List<Member> members)
                {
                    var names = new List<string>();
                    foreach (var m in members) { names.Add(m.LastName); }
                    logger.LogInformation("Names {Names}", {|LB0005:names|});
                    var numbers = new List<int>();
                    foreach (var m in members) { numbers.Add(m.Number); }
                    logger.LogInformation("Numbers {Numbers}", numbers);
                    var scope = new Dictionary<string, object?>();
                    scope["Email"] = members[0].Email;
                    using (logger.BeginScope({|LB0005:scope|})) { }
                    logger.LogInformation("Youngest born {Date}", {|LB0005:members.Max(m => m.DateOfBirth)|});
                    logger.LogInformation("Members {Count}", members.Count(m => m.DateOfBirth.Year > 2000));
                    logger.LogInformation("Mail {Map}", {|LB0005:members.ToDictionary(m => m.Number, m => m.Email)|});
                    logger.LogInformation("Joined {Map}", members.ToDictionary(m => m.Number, m => m.JoinedAt));
                    logger.LogInformation("Text {Text}", {|LB0005:members.Select(m => m.ToString())|});
                }
            }
            """ + Declarations);
    }

    [Fact]
    public async Task Monitoring_and_error_trackers_are_sinks_and_dates_written_out_stay_personal()
    {
        await Analyze<PersonalDataLoggingAnalyzer>("""
            public class Service(Microsoft.ApplicationInsights.TelemetryClient telemetry)
            {
                public void Run(Member m)
                {
                    telemetry.TrackTrace("Renewed " + {|LB0005:m.Email|});
                    telemetry.TrackTrace("Renewed " + m.Number);
                    Sentry.SentrySdk.CaptureMessage("Born " + {|LB0005:m.DateOfBirth.ToLongDateString()|});
                    Sentry.SentrySdk.CaptureMessage("Adult on " + {|LB0005:m.DateOfBirth.AddYears(18)|});
                    Sentry.SentrySdk.CaptureMessage("Today " + DateTime.Today.ToShortDateString());
                }
            }
            """ + Declarations);
    }

    [Fact]
    public async Task A_delegate_initialised_with_a_logging_lambda_is_a_logging_helper()
    {
        await Analyze<PersonalDataLoggingAnalyzer>("""
            using Microsoft.Extensions.Logging;
            public class Service(ILogger<Service> logger)
            {
                private readonly Action<string, int> _note = (text, level) => logger.LogInformation("{Text} at {Level}", text, level);

                public void Run(Member m)
                {
                    Action<string> log = s => logger.LogInformation(s);
                    log({|LB0005:m.Email|});
                    log("renewed");
                    _note({|LB0005:m.LastName|}, 1);
                    _note("renewed", m.Number);
                    Func<string, int> measure = s => s.Length;
                    measure(m.Email);
                }
            }
            """ + Declarations);
    }
}
