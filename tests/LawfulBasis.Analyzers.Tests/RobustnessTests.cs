using static LawfulBasis.Analyzers.Tests.Verifier;

namespace LawfulBasis.Analyzers.Tests;

/// <summary>No input makes an analyzer throw (AD0001): broken code, cycles, recursion, generics.</summary>
public class RobustnessTests
{
    private const string Declarations = """

        public class Node
        {
            [ContactData] public string Email { get; set; } = "";
            public Node? Next { get; set; }
            public List<Node> Children { get; set; } = [];
            public Dictionary<string, Node> ByName { get; set; } = [];
        }
        public record Pair([property: NameData] string Name, string Other);
        """;

    [Fact]
    public async Task Incomplete_code_in_every_new_construct_does_not_crash()
    {
        const string Source = """
            using Microsoft.Extensions.Logging;
            public class Broken(ILogger logger)
            {
                public void A(Node n) { var (x, ) = n; }
                public void B(object o) { if (o is Pair(var name, ) ) { } }
                public void C(List<Pair> all) { foreach (var (a, b, c) in all) { } }
                public string D(Node n) => System.Text.Json.JsonSerializer.Serialize(;
                public void E(Node n) => logger.LogInformation("{E}", n.Email, );
                public void F(Node n) { var l = [ProcessingFor<Missing>] (Node x) => x.Email; }
                public Pair G() => new Pair("a", );
                public void H(Node n) => Wrap(n.);
                private void Wrap(string s) => logger.LogInformation(s);
                public object I(Unknown u) => System.Text.Json.JsonSerializer.Serialize(u);
            """;
        await AnalyzeIncomplete<PersonalDataProcessingAnalyzer>(Source
            .Replace("Pair(var name, )", "Pair({|LB0001:var name|}, )", StringComparison.Ordinal)
            .Replace("\"{E}\", n.Email, )", "\"{E}\", {|LB0001:n.Email|}, )", StringComparison.Ordinal)
            .Replace("=> x.Email;", "=> {|LB0001:x.Email|};", StringComparison.Ordinal) + Declarations);
        await AnalyzeIncomplete<PersonalDataLoggingAnalyzer>(Source + Declarations);
    }

    [Fact]
    public async Task Incomplete_code_in_the_logging_flows_of_the_fifth_round_does_not_crash()
    {
        // Broken code only has to be survived: what LB0005 reports on it is not compared, an analyzer exception fails.
        var compiled = await Compile(Usings + """
            using System.Security.Cryptography;
            using System.Text;
            using Microsoft.Extensions.Logging;
            public class Broken(ILogger logger)
            {
                public void A(Node n) { if (n is { Next.Email: var e, }) logger.LogInformation(e); }
                public void B(Node n) { var f = new InvalidOperationException(n.Email, ); f.Data[] = n.Email; logger.LogError(f, ""); }
                public void C(Node n) { try { } catch (Exception ex) { ex.Data.Add("e", ); logger.LogError(ex, ex.Message); } }
                public void D(Node n) => logger.LogInformation(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(n.Email, ))));
                public void E(Node n) => logger.LogInformation("{X}", n.Children.Select(c => c.).Max(x => x.Email));
                public void F(Node n) { var l = new List<string>(); l.Add(n.Email, 3); l[] = n.Email; logger.LogInformation("{L}", l); }
                public void G(Unknown u) => logger.LogInformation("{U}", u?.Name, new Unknown(u.Email), u.When.AddYears(1));
                public void H(Node n) { var h = n switch { { Email: var m } => m, }; logger.LogInformation(h); }
                public void I(Node n) => System.Diagnostics.Activity.Current?.SetTag("e", n.Email, );
                public void J([ContactData] string) => logger.LogInformation("{P}", );
            """ + Declarations, new PersonalDataLoggingAnalyzer(), new PersonalDataProcessingAnalyzer());

        Assert.NotEmpty(compiled.Errors);
        Assert.Empty(compiled.AnalyzerExceptions);
        Assert.DoesNotContain(compiled.Diagnostics, d => d.Id == "AD0001");
    }

    [Fact]
    public async Task Incomplete_EF_Core_configuration_queries_hand_offs_and_gate_calls_do_not_crash()
    {
        // Issue 12's paths: model configuration and seed data, Include chains, values handed to purposed methods, and
        // gate calls followed into the methods an endpoint calls (with recursion).
        var compiled = await CompileWithEntityFramework(Usings + """
            using System.Text.Json;
            using LawfulBasis.Processing;
            using Microsoft.EntityFrameworkCore;
            using Microsoft.EntityFrameworkCore.Metadata.Builders;
            using Microsoft.AspNetCore.Builder;
            public class Db : DbContext
            {
                public DbSet<Node> Nodes => Set<Node>();
                public DbSet<> Broken => Set<>();
                protected override void OnModelCreating(ModelBuilder b) { b.Entity<Node>().HasMany(n => n.).WithOne(); b.Entity<Node>().HasData(new Node { Email = }, ); }
            }
            public class Config : IEntityTypeConfiguration<Node> { public void Configure(EntityTypeBuilder<Node> b) => b.Property(n => ).HasMaxLength(; }
            public class Queries(Db db)
            {
                public string A() => JsonSerializer.Serialize(db.Nodes.Include(n => n.).ThenInclude().ToList());
                public string B() => JsonSerializer.Serialize(db.Nodes.Include().ToList());
                public string C() => JsonSerializer.Serialize(db.Nodes.Include(n => Missing(n)).ThenInclude(x => x.Next).ToList());
                public string D() => JsonSerializer.Serialize(db.Set<>().Include(n => n.Next.Next).First());
                public string E() => JsonSerializer.Serialize(db.Nodes.Include("").Include(".").Include(null!).ToList());
                public void F(Node n) => Take(n.Email, );
                public void G(Node n) => Take(Take(n.Email));
                [ProcessingFor<Missing>] private string Take(string s) => s;
            }
            public static class Api
            {
                public static void Map(IEndpointRouteBuilder app, IProcessingGate gate)
                {
                    app.MapGet("/a", (Service s) => s.Ping(3).Email);
                    app.MapGet("/b", (Service s) => s.Broken().Email);
                }
            }
            public class Service
            {
                public Node Ping(int n) => n > 0 ? Pong(n - 1) : new Node();
                public Node Pong(int n) => Ping(n);
                public Node Broken() => Missing(;
                partial void Nothing();
            }
            """ + AspNetCoreStubs.Source + Declarations,
            new PersonalDataProcessingAnalyzer(), new UngatedEndpointAnalyzer(), new PersonalDataLoggingAnalyzer());

        Assert.NotEmpty(compiled.Errors);
        Assert.Empty(compiled.AnalyzerExceptions);
        Assert.DoesNotContain(compiled.Diagnostics, d => d.Id == "AD0001");
    }

    [Fact]
    public async Task Odd_types_about_a_person_do_not_crash_discovery()
    {
        // The sixth round's per-type signal on partial, generic, nested, record and broken types: survived, never AD0001.
        var compiled = await Compile(Usings + """
            public partial class Learner { public string FirstName { get; set; } = ""; }
            public partial class Learner { public decimal HoursDriven { get; set; } public Learner? Self { get; set; } }
            public class Result<T> { public Guid EmployeeId { get; set; } public T Value { get; set; } = default!; public int Score { get; set; } }
            public class Outer { public class Payslip { public int EmployeeId { get; set; } public decimal NetPay { get; set; } public Payslip? Previous { get; set; } } }
            public record Rider(string FirstName, int Rating, Rider? Referrer);
            public record struct Mark(Guid StudentId, int Score);
            public class Broken { public Guid PatientId { get; set; } public Unknown Value { get; set; } public int { get; set; } public decimal Amount }
            public class Cycle { public Guid LearnerId { get; set; } public Cycle2 Other { get; set; } = null!; public int Level { get; set; } }
            public class Cycle2 { public Cycle Back { get; set; } = null!; public string Surname { get; set; } = ""; public int Points { get; set; } }
            public class @class { public int @int { get; set; } public string _ { get; set; } = ""; public int Id2Id { get; set; } }
            """, new UnclassifiedPersonalDataAnalyzer(), new LikelyPersonalDataAnalyzer());

        Assert.NotEmpty(compiled.Errors);
        Assert.Empty(compiled.AnalyzerExceptions);
        Assert.DoesNotContain(compiled.Diagnostics, d => d.Id == "AD0001");
        Assert.Contains(compiled.Diagnostics, d => d.Id == "LB0004" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("'HoursDriven' describes Learner", StringComparison.Ordinal));
        Assert.Contains(compiled.Diagnostics, d => d.Id == "LB0004" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("'NetPay' describes the Employee in EmployeeId", StringComparison.Ordinal));
        Assert.DoesNotContain(compiled.Diagnostics, d => d.Id == "LB0008" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("HoursDriven", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Incomplete_HTTP_sends_under_purposes_with_and_without_recipients_do_not_crash()
    {
        // LB0009's paths: HTTP JSON helpers, JsonContent, serialized request bodies, purposes broken or missing.
        var compiled = await Compile(Usings + """
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Text.Json;
            [Purpose("Sync the CRM", LegalBasis.Consent, Recipients = [null!, ])] public sealed class Crm;
            [Purpose("Broken", LegalBasis.Consent, NamedRecipients = )] public sealed class Broken;
            [ProcessingFor<Crm>]
            public class Sender(HttpClient http)
            {
                public void A(Node n) => http.PostAsJsonAsync("x", );
                public void B(Node n) => http.PutAsJsonAsync(, n);
                public void C(Node n) => http.PostAsync("x", JsonContent.Create());
                public void D(Node n) => http.PostAsync("x", new StringContent(JsonSerializer.Serialize(n, ), ));
                public void E(Unknown u) => http.PatchAsJsonAsync("x", u.Email);
                [ProcessingFor<Broken>] public void F(Node n) => http.PostAsJsonAsync("x", n);
                [ProcessingFor<Missing>] public void G(Node n) => http.PostAsJsonAsync("x", n.);
            """ + Declarations, new UndeclaredRecipientsAnalyzer(), new PersonalDataProcessingAnalyzer());

        Assert.NotEmpty(compiled.Errors);
        Assert.Empty(compiled.AnalyzerExceptions);
        Assert.DoesNotContain(compiled.Diagnostics, d => d.Id == "AD0001");
        Assert.Contains(compiled.Diagnostics, d => d.Id == "LB0009");
    }

    [Fact]
    public async Task Recursive_types_and_recursive_wrappers_terminate()
    {
        await Analyze<PersonalDataLoggingAnalyzer>("""
            using Microsoft.Extensions.Logging;
            public class Service(ILogger logger)
            {
                public void Ping(string text, int depth) { if (depth > 0) Pong(text, depth - 1); else logger.LogInformation(text); }
                public void Pong(string text, int depth) => Ping(text, depth);
                public void Run(Node node)
                {
                    Ping({|LB0005:node.Email|}, 3);
                    logger.LogInformation("{Node}", {|LB0005:node|});
                    logger.LogInformation("{Nodes}", {|LB0005:node.Children|});
                }
            }
            """ + Declarations);
    }
}
