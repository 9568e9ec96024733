using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LawfulBasis.Analyzers;

/// <summary>
/// Where a whole object leaves the code that holds it: serializers, HTTP JSON helpers, ASP.NET Core results, and
/// methods the compilation cannot see into (another library, or an interface or abstract member that declares no
/// purpose). Recognised by metadata name: the analyzer references none of these libraries.
/// </summary>
internal static class DisclosureSinks
{
    // Plain hash sets, read-only after construction (so shared safely by concurrent callbacks): asked for every call of a build.
    private static readonly HashSet<string> SerializingTypes = new(StringComparer.Ordinal)
    {
        "System.Text.Json.JsonSerializer",
        "Newtonsoft.Json.JsonConvert",
        "Newtonsoft.Json.JsonSerializer",
        "System.Net.Http.Json.HttpClientJsonExtensions",
        "System.Net.Http.Json.JsonContent",
        "Microsoft.AspNetCore.Http.Results",
        "Microsoft.AspNetCore.Http.TypedResults",
        "Microsoft.AspNetCore.Http.HttpResponseJsonExtensions",
    };

    private static readonly HashSet<string> SerializingTypeNames = new(SerializingTypes.Select(t => t.Substring(t.LastIndexOf('.') + 1)), StringComparer.Ordinal);

    /// <summary>Whether a call discloses the objects passed to it.</summary>
    [MethodImpl(HotPath.Optimized)]
    public static bool Discloses(IMethodSymbol method, PersonalDataModel model)
    {
        var type = method.ContainingType;
        if (type is null)
        {
            return false;
        }

        // Names first: a display string per call would cost more than the rest of the check.
        if (SerializingTypeNames.Contains(type.Name) && SerializingTypes.Contains(type.OriginalDefinition.ToDisplayString()))
        {
            return true;
        }

        if (type.Name is "ControllerBase" or "Controller" && IsControllerResult(method))
        {
            return true;
        }

        if (!SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, model.Assembly))
        {
            // Another library: what it does with the object is out of sight. The framework's own collections, LINQ, EF Core
            // and dependency injection keep data in the process; LawfulBasis itself is the gate.
            return !IsInProcessFramework(type);
        }

        // An abstraction with no body in view: a notifier, an exporter, a client. Its purpose, if it declares one, is
        // checked where it is implemented.
        return (type.TypeKind == TypeKind.Interface || method.IsAbstract || method.IsExtern || method.IsPartialDefinition && method.PartialImplementationPart is null)
            && model.PurposesIn(method.GetAttributes()).IsEmpty && model.PurposesIn(type.GetAttributes()).IsEmpty;
    }

    /// <summary>
    /// Whether a call puts what it is given into an HTTP request, which leaves the process for another party (LB0009):
    /// <c>PostAsJsonAsync</c>, <c>PutAsJsonAsync</c>, <c>PatchAsJsonAsync</c> and <c>JsonContent.Create</c>. Not the
    /// ASP.NET Core results and response writers: those answer the caller, the user or data subject, not a recipient.
    /// </summary>
    public static bool SendsToAnotherParty(IMethodSymbol method) =>
        method.ContainingType is { Name: "HttpClientJsonExtensions" or "JsonContent" } type
        && (type.Name == "JsonContent" ? method.Name == "Create" : method.Name is "PostAsJsonAsync" or "PutAsJsonAsync" or "PatchAsJsonAsync")
        && type.ContainingNamespace?.ToDisplayString() == "System.Net.Http.Json";

    /// <summary>
    /// A serializer call whose text is directly the body of an HTTP request:
    /// <c>new StringContent(JsonSerializer.Serialize(customer))</c>, or <c>ByteArrayContent</c> of <c>SerializeToUtf8Bytes</c>.
    /// </summary>
    public static bool IsHttpRequestBody(IInvocationOperation serialization)
    {
        if (serialization.TargetMethod.ContainingType is not { Name: "JsonSerializer" or "JsonConvert" } type
            || !SerializingTypes.Contains(type.OriginalDefinition.ToDisplayString()))
        {
            return false;
        }

        IOperation current = serialization;
        while (current.Parent is IConversionOperation or IParenthesizedOperation)
        {
            current = current.Parent;
        }

        return current.Parent is IArgumentOperation { Parent: IObjectCreationOperation { Type: INamedTypeSymbol { Name: "StringContent" or "ByteArrayContent" } content } }
            && content.ContainingNamespace?.ToDisplayString() == "System.Net.Http";
    }

    /// <summary><c>new OkObjectResult(customer)</c>, <c>new JsonResult(customer)</c>: an MVC result sent to the client.</summary>
    public static bool IsResultCreation(IObjectCreationOperation creation) =>
        creation.Type is INamedTypeSymbol { } type && type.Name.EndsWith("Result", System.StringComparison.Ordinal)
        && type.ContainingNamespace?.ToDisplayString() == "Microsoft.AspNetCore.Mvc";

    /// <summary>A public instance method of an MVC controller: an action, whose return value is sent to the client.</summary>
    public static bool IsControllerAction(IMethodSymbol method, PersonalDataModel model) =>
        method is { MethodKind: MethodKind.Ordinary, IsStatic: false, DeclaredAccessibility: Accessibility.Public }
        && model.IsController(method.ContainingType, IsController);

    /// <summary>Whether a value returned or passed here is already reported by the call or creation that builds it.</summary>
    [MethodImpl(HotPath.Optimized)]
    public static bool IsReportedElsewhere(IOperation value, PersonalDataModel model) => value switch
    {
        IInvocationOperation call => Discloses(call.TargetMethod, model),
        IObjectCreationOperation creation => IsResultCreation(creation),
        IAwaitOperation awaited => IsReportedElsewhere(Unwrap(awaited.Operation), model),
        _ => false,
    };

    [MethodImpl(HotPath.Optimized)]
    public static IOperation Unwrap(IOperation value)
    {
        while (true)
        {
            switch (value)
            {
                case IConversionOperation conversion:
                    value = conversion.Operand;
                    break;
                case IParenthesizedOperation parenthesized:
                    value = parenthesized.Operand;
                    break;
                default:
                    return value;
            }
        }
    }

    private static bool IsControllerResult(IMethodSymbol method) =>
        method.ContainingType?.ContainingNamespace?.ToDisplayString() == "Microsoft.AspNetCore.Mvc"
        && method.ContainingType.Name is "ControllerBase" or "Controller";

    private static bool IsController(INamedTypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name is "ControllerBase" && current.ContainingNamespace?.ToDisplayString() == "Microsoft.AspNetCore.Mvc")
            {
                return true;
            }

            foreach (var attribute in current.GetAttributes())
            {
                if (attribute.AttributeClass is { Name: "ApiControllerAttribute" } a && a.ContainingNamespace?.ToDisplayString() == "Microsoft.AspNetCore.Mvc")
                {
                    return true;
                }
            }
        }

        return false;
    }

    [MethodImpl(HotPath.Optimized)]
    private static bool IsInProcessFramework(INamedTypeSymbol type)
    {
        var root = type.ContainingNamespace;
        while (root?.ContainingNamespace is { IsGlobalNamespace: false } parent)
        {
            root = parent;
        }

        return root is null || root.IsGlobalNamespace || root.Name is "System" or "Microsoft" or "LawfulBasis" || InProcessLibraries.Contains(root.Name);
    }

    // Libraries that keep an object inside the application (guards, validation, mapping, in-process messaging, the
    // application's own database and cache, test doubles), or whose output another rule checks (Serilog: LB0005).
    private static readonly HashSet<string> InProcessLibraries = new(StringComparer.Ordinal)
    {
        "Ardalis", "FluentValidation", "AutoMapper", "Mapster", "MediatR", "Dapper", "Npgsql", "StackExchange", "Polly",
        "Serilog", "Xunit", "NUnit", "FluentAssertions", "Moq", "NSubstitute", "Shouldly",
    };
}
