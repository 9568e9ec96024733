using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace LawfulBasis.Analyzers;

/// <summary>
/// Where an operation sits, found in one walk up the operation tree: whether it is processing at all (not inside
/// <c>nameof</c>, an attribute argument or EF Core model configuration other than seed data), and the purposes the code declares there: its member's, plus those of the
/// lambdas and local functions around it (C# lambda attributes) and of a minimal-API endpoint's <c>RequirePurpose&lt;P&gt;()</c>.
/// </summary>
internal sealed class ProcessingSite
{
    private ProcessingSite(ImmutableArray<INamedTypeSymbol> codePurposes, SiteSettings settings, IAnonymousFunctionOperation? innermostLambda)
    {
        CodePurposes = codePurposes;
        Settings = settings;
        InnermostLambda = innermostLambda;
    }

    public ImmutableArray<INamedTypeSymbol> CodePurposes { get; }

    public SiteSettings Settings { get; }

    /// <summary>The innermost lambda around the operation, when it is not in a local function nested deeper.</summary>
    public IAnonymousFunctionOperation? InnermostLambda { get; }

    /// <summary>The same site attributed to other purposes: a value handed to a method that declares its own.</summary>
    public ProcessingSite AttributedTo(ImmutableArray<INamedTypeSymbol> purposes) => new(purposes, Settings, InnermostLambda);

    /// <summary>The site of an operation, or null when it is not processing (nameof, attribute argument, test code).</summary>
    [MethodImpl(HotPath.Optimized)]
    public static ProcessingSite? Of(IOperation operation, ISymbol containingSymbol, PersonalDataModel model)
    {
        ISymbol? innermostFunction = null;
        IAnonymousFunctionOperation? innermostLambda = null;
        var endpointPurposes = ImmutableArray<INamedTypeSymbol>.Empty;
        var isModelConfiguration = false;
        var isSeedData = false;
        var current = operation;
        while (current.Parent is { } parent)
        {
            switch (parent)
            {
                case INameOfOperation:
                    return null;
                case IAnonymousFunctionOperation lambda:
                    innermostFunction ??= lambda.Symbol;
                    if (innermostLambda is null && SymbolEqualityComparer.Default.Equals(innermostFunction, lambda.Symbol))
                    {
                        innermostLambda = lambda;
                    }

                    if (EndpointConventions.MapCallOf(lambda) is { } mapCall)
                    {
                        endpointPurposes = endpointPurposes.AddRange(EndpointConventions.RequiredPurposes(mapCall, model));
                    }

                    isModelConfiguration |= EntityFrameworkModelConfiguration.IsPassedToBuilder(lambda);
                    break;
                case IArgumentOperation argument when EntityFrameworkModelConfiguration.IsSeedData(argument):
                    isSeedData = true;
                    break;
                case ILocalFunctionOperation local:
                    innermostFunction ??= local.Symbol;
                    break;
            }

            current = parent;
        }

        if (current.Syntax is AttributeSyntax or AttributeArgumentSyntax or AttributeArgumentListSyntax
            || model.IsSilentAt(containingSymbol, operation.Syntax.SyntaxTree))
        {
            return null;
        }

        // EF Core model configuration names members and reads no one's data; its seed data is stored, so it is processing.
        if (!isSeedData && (isModelConfiguration || EntityFrameworkModelConfiguration.IsConfigurationMethod(containingSymbol)))
        {
            return null;
        }

        var purposes = model.PurposesOfCode(innermostFunction ?? containingSymbol);
        if (!endpointPurposes.IsEmpty)
        {
            purposes = purposes.AddRange(endpointPurposes).Distinct<INamedTypeSymbol>(SymbolEqualityComparer.Default).ToImmutableArray();
        }

        // A handler passed as a method group that declares no purpose of its own takes its endpoints' RequirePurpose<P>().
        if (purposes.IsEmpty && containingSymbol is IMethodSymbol method && model.IsMethodGroupHandler(method, out var required))
        {
            purposes = required;
        }

        return new ProcessingSite(purposes, model.SettingsOf(operation.Syntax.SyntaxTree), innermostLambda);
    }

    /// <summary>A type's own members (and its nested types) handle its data as part of holding it; they are not processing sites.</summary>
    [MethodImpl(HotPath.Optimized)]
    public static bool IsInsideDeclaringType(ISymbol site, INamedTypeSymbol? declaringType)
    {
        if (declaringType is null)
        {
            return false;
        }

        var definition = declaringType.OriginalDefinition;
        for (var type = site as INamedTypeSymbol ?? site.ContainingType; type is not null; type = type.ContainingType)
        {
            if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, definition))
            {
                return true;
            }
        }

        return false;
    }
}
