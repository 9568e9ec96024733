using static LawfulBasis.Analyzers.Tests.Verifier;

namespace LawfulBasis.Analyzers.Tests;

/// <summary>LB0007: endpoint handlers that read personal data with no gate decision.</summary>
public class UngatedEndpointTests
{
    // The declarations the endpoints read, with the ASP.NET Core and LawfulBasis.AspNetCore surface the rule recognises
    // (the stubs every analyzer test shares; docs/rules/LB0007.md's snippet is compiled against them too).
    internal const string Web = AspNetCoreStubs.Source + """

        [Purpose("Send the newsletter", LegalBasis.Consent, Retention = "P2Y")]
        public sealed class Newsletter;

        [DataSubject("customer")]
        public sealed class Customer
        {
            [SubjectId] public string Id { get; set; } = "";
            [ContactData, ProcessingFor<Newsletter>] public string Email { get; set; } = "";
        }

        public sealed class Store
        {
            public Customer Find(string id) => new() { Id = id };
        }
        """;

    [Fact]
    public async Task A_minimal_API_lambda_returning_personal_data_without_a_gate_is_flagged()
    {
        await Analyze<UngatedEndpointAnalyzer>("""
            using Microsoft.AspNetCore.Builder;
            public static class Api
            {
                public static void Map(IEndpointRouteBuilder app)
                {
                    {|LB0007:app.MapGet("/customers/{id}/email", (string id, Store store) => store.Find(id).Email)|};
                }
            }
            """ + Web);
    }

    [Fact]
    public async Task A_method_handler_in_the_same_file_is_read_too()
    {
        await Analyze<UngatedEndpointAnalyzer>("""
            using LawfulBasis.AspNetCore;
            using Microsoft.AspNetCore.Builder;
            public static class Api
            {
                public static void Map(IEndpointRouteBuilder app)
                {
                    {|LB0007:app.MapGet("/customers/{id}/email", Email)|};
                    app.MapGet("/customers/{id}/mail", Email).WithName("mail").RequirePurpose<Newsletter>(subject: "id");
                }

                private static string Email(string id, Store store) => store.Find(id).Email;
            }
            """ + Web);
    }

    [Fact]
    public async Task Gated_endpoints_are_not_flagged()
    {
        await Analyze<UngatedEndpointAnalyzer>("""
            using LawfulBasis.AspNetCore;
            using LawfulBasis.Processing;
            using Microsoft.AspNetCore.Builder;
            public static class Api
            {
                public static void Map(IEndpointRouteBuilder app)
                {
                    // RequirePurpose chained on the call
                    app.MapGet("/a/{id}", (string id, Store store) => store.Find(id).Email).RequirePurpose<Newsletter>(subject: "id");

                    // the gate called in the handler
                    app.MapGet("/b/{id}", (string id, Store store, IProcessingGate gate) =>
                    {
                        gate.Begin<Newsletter>(id, ProcessingOperation.Read);
                        return store.Find(id).Email;
                    });

                    // RequirePurpose on the group variable
                    var customers = app.MapGroup("/c");
                    customers.RequirePurpose<Newsletter>(subject: "id");
                    customers.MapGet("/{id}", (string id, Store store) => store.Find(id).Email);

                    // RequireDeclaredPurposes on the group, [ProcessingFor] on the handler
                    app.MapGroup("/d").RequireDeclaredPurposes()
                        .MapGet("/{id}", [ProcessingFor<Newsletter>, ProcessingSubject("id")] (string id, Store store) => store.Find(id).Email);

                    // collecting personal data is not reading it
                    app.MapPost("/e", (string email) => new Customer { Id = "new", Email = email }.Id);
                }
            }
            """ + Web);
    }

    [Fact]
    public async Task RequireDeclaredPurposes_without_ProcessingFor_on_the_handler_does_not_gate_it()
    {
        await Analyze<UngatedEndpointAnalyzer>("""
            using LawfulBasis.AspNetCore;
            using Microsoft.AspNetCore.Builder;
            public static class Api
            {
                public static void Map(IEndpointRouteBuilder app)
                {
                    {|LB0007:app.MapGroup("/d").RequireDeclaredPurposes().MapGet("/{id}", (string id, Store store) => store.Find(id).Email)|};
                }
            }
            """ + Web);
    }

    [Fact]
    public async Task Controller_actions_need_a_declared_purpose_and_subject_or_a_gate_call()
    {
        await Analyze<UngatedEndpointAnalyzer>("""
            using LawfulBasis.AspNetCore;
            using Microsoft.AspNetCore.Mvc;
            public sealed class CustomersController(Store store) : ControllerBase
            {
                public string {|LB0007:Email|}(string id) => store.Find(id).Email;

                [NonAction]
                public string Helper(string id) => store.Find(id).Email;

                public string Id(string id) => store.Find(id).Id;
            }

            [ProcessingFor<Newsletter>, ProcessingSubject("id")]
            public sealed class MailingController(Store store) : ControllerBase
            {
                public string Email(string id) => store.Find(id).Email;
            }
            """ + Web);
    }

    [Fact]
    public async Task A_gate_call_in_a_method_the_handler_calls_counts_up_to_three_calls_deep()
    {
        await Analyze<UngatedEndpointAnalyzer>("""
            using LawfulBasis.Processing;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Mvc;
            public static class Api
            {
                public static void Map(IEndpointRouteBuilder app)
                {
                    app.MapPost("/a/{id}", (string id, Accounts accounts) => accounts.Register(id).Email);
                    app.MapPost("/b/{id}", (string id, Accounts accounts) => accounts.RegisterDeep(id).Email);
                    {|LB0007:app.MapPost("/c/{id}", (string id, Accounts accounts) => accounts.RegisterTooDeep(id).Email)|};
                    {|LB0007:app.MapPost("/d/{id}", (string id, Accounts accounts) => accounts.Ungated(id).Email)|};
                    {|LB0007:app.MapPost("/e/{id}", (string id, IAccounts accounts) => accounts.Register(id).Email)|};
                }
            }

            public interface IAccounts { Customer Register(string id); }

            public sealed class Accounts(IProcessingGate gate, Store store) : IAccounts
            {
                // One call from the handler: the gate decides.
                public Customer Register(string id)
                {
                    gate.Begin<Newsletter>(id, ProcessingOperation.Collect);
                    return store.Find(id);
                }

                // Three calls from the handler (RegisterDeep, Level2, Register): still seen.
                public Customer RegisterDeep(string id) => Level2(id);
                private Customer Level2(string id) => Register(id);

                // Four calls: too deep to follow.
                public Customer RegisterTooDeep(string id) => Level1(id);
                private Customer Level1(string id) => Level2(id);

                // Recursion with no gate anywhere.
                public Customer Ungated(string id) => Loop(id, 3);
                private Customer Loop(string id, int n) => n == 0 ? store.Find(id) : Loop(id, n - 1);
            }

            public sealed class CustomersController(Accounts accounts) : ControllerBase
            {
                public string Register(string id) => accounts.Register(id).Email;
                public string {|LB0007:Email|}(string id) => accounts.Ungated(id).Email;
            }
            """ + Web);
    }

    [Fact]
    public async Task The_fix_gates_the_endpoint_with_the_route_parameter()
    {
        await Fix<UngatedEndpointAnalyzer, LawfulBasis.CodeFixes.AddRequirePurposeCodeFix>("""
            using LawfulBasis.AspNetCore;
            using Microsoft.AspNetCore.Builder;
            public static class Api
            {
                public static void Map(IEndpointRouteBuilder app)
                {
                    {|LB0007:app.MapGet("/customers/{customerId:guid}/email", (string customerId, Store store) => store.Find(customerId).Email)|};
                }
            }
            """ + Web, """
            using LawfulBasis.AspNetCore;
            using Microsoft.AspNetCore.Builder;
            public static class Api
            {
                public static void Map(IEndpointRouteBuilder app)
                {
                    app.MapGet("/customers/{customerId:guid}/email", (string customerId, Store store) => store.Find(customerId).Email).RequirePurpose<Newsletter>(subject: "customerId");
                }
            }
            """ + Web);
    }

    [Fact]
    public async Task The_fix_adds_the_using_it_needs()
    {
        await Fix<UngatedEndpointAnalyzer, LawfulBasis.CodeFixes.AddRequirePurposeCodeFix>("""
            using Microsoft.AspNetCore.Builder;
            public static class Api
            {
                public static void Map(IEndpointRouteBuilder app) => {|LB0007:app.MapGet("/c/{id}", (string id, Store store) => store.Find(id).Email)|};
            }
            """ + Web, """
            using Microsoft.AspNetCore.Builder;
            using LawfulBasis.AspNetCore;

            public static class Api
            {
                public static void Map(IEndpointRouteBuilder app) => app.MapGet("/c/{id}", (string id, Store store) => store.Find(id).Email).RequirePurpose<Newsletter>(subject: "id");
            }
            """ + Web);
    }
}
