namespace LawfulBasis.Analyzers.Tests;

/// <summary>
/// Just enough of ASP.NET Core (and of the web package's <c>RequirePurpose&lt;P&gt;()</c>) for the code under test: the
/// analyzer recognises them by namespace and name, so stubs with the same names stand in for the real assemblies.
/// </summary>
internal static class AspNetCoreStubs
{
    public const string Source = """

        namespace Microsoft.AspNetCore.Builder
        {
            public sealed class WebApplication { }
            public sealed class RouteHandlerBuilder { }
            public static class EndpointRouteBuilderExtensions
            {
                public static RouteHandlerBuilder MapGet(this WebApplication app, string pattern, System.Delegate handler) => new();
                public static RouteHandlerBuilder MapPost(this WebApplication app, string pattern, System.Delegate handler) => new();
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
                public static Microsoft.AspNetCore.Builder.RouteHandlerBuilder RequirePurpose<TPurpose>(this Microsoft.AspNetCore.Builder.RouteHandlerBuilder builder) => builder;
            }
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
            public abstract class ControllerBase
            {
                public OkObjectResult Ok(object? value) => new(value);
            }
        }
        """;
}
