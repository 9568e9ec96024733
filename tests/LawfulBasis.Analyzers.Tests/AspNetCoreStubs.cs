namespace LawfulBasis.Analyzers.Tests;

/// <summary>
/// Just enough of ASP.NET Core (and of the web package's <c>RequirePurpose&lt;P&gt;()</c>) for the code under test, in
/// the shapes of the real API: the analyzers recognise them by namespace and name, so stubs with the same names stand
/// in for the real assemblies. One set for every analyzer test (LB0001's disclosures and endpoint purposes, LB0007's
/// gates, and docs/rules/LB0007.md's snippet).
/// </summary>
internal static class AspNetCoreStubs
{
    public const string Source = """

        namespace Microsoft.AspNetCore.Builder
        {
            public interface IEndpointRouteBuilder { }
            public sealed class WebApplication : IEndpointRouteBuilder { }
            public sealed class RouteHandlerBuilder { }
            public sealed class RouteGroupBuilder : IEndpointRouteBuilder { }
            public static class EndpointRouteBuilderExtensions
            {
                public static RouteHandlerBuilder MapGet(this IEndpointRouteBuilder endpoints, string pattern, System.Delegate handler) => new();
                public static RouteHandlerBuilder MapPost(this IEndpointRouteBuilder endpoints, string pattern, System.Delegate handler) => new();
                public static RouteGroupBuilder MapGroup(this IEndpointRouteBuilder endpoints, string prefix) => new();
            }
            public static class RoutingEndpointConventionBuilderExtensions
            {
                public static RouteHandlerBuilder WithName(this RouteHandlerBuilder builder, string name) => builder;
            }
        }

        namespace LawfulBasis.AspNetCore
        {
            public static class PurposeEndpointConventionBuilderExtensions
            {
                public static Microsoft.AspNetCore.Builder.RouteHandlerBuilder RequirePurpose<TPurpose>(this Microsoft.AspNetCore.Builder.RouteHandlerBuilder builder, string? subject = null) => builder;
                public static Microsoft.AspNetCore.Builder.RouteGroupBuilder RequirePurpose<TPurpose>(this Microsoft.AspNetCore.Builder.RouteGroupBuilder builder, string? subject = null) => builder;
                public static TBuilder RequireDeclaredPurposes<TBuilder>(this TBuilder builder) => builder;
            }

            [System.AttributeUsage(System.AttributeTargets.Class | System.AttributeTargets.Method)]
            public sealed class ProcessingSubjectAttribute : System.Attribute { public ProcessingSubjectAttribute(string routeParameter) { } }
        }

        namespace Microsoft.AspNetCore.Http
        {
            public interface IResult { }
            public static class Results
            {
                public static IResult Ok(object? value = null) => null!;
                public static IResult Json(object? data) => null!;
            }
            public sealed class Ok<T> : IResult { }
            public static class TypedResults
            {
                public static Ok<T> Ok<T>(T value) => new();
            }
        }

        namespace Microsoft.AspNetCore.Mvc
        {
            public interface IActionResult { }
            public class OkObjectResult(object? value) : IActionResult { public object? Value { get; } = value; }
            [System.AttributeUsage(System.AttributeTargets.Class)] public sealed class ApiControllerAttribute : System.Attribute { }
            public sealed class NonActionAttribute : System.Attribute { }
            public abstract class ControllerBase
            {
                public OkObjectResult Ok(object? value) => new(value);
            }
        }
        """;
}
