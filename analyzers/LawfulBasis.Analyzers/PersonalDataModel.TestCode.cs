using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace LawfulBasis.Analyzers;

/// <summary>
/// Test code is not processing: customers built from made-up values in a test are not personal data of anyone. The
/// analyzers stay silent in test projects and in test methods unless the team opts in
/// (<see cref="SiteSettings.AnalyzeTestCodeOption"/>).
/// </summary>
internal sealed partial class PersonalDataModel
{
    private readonly ConcurrentDictionary<ISymbol, bool> _testMethods = new(SymbolEqualityComparer.Default);

    /// <summary>Whether code at this site is test code the team did not ask to analyse.</summary>
    [MethodImpl(HotPath.Optimized)]
    public bool IsSilentAt(ISymbol containingSymbol, SyntaxTree tree)
    {
        var settings = SettingsOf(tree);
        return settings.SkipsTree || (!settings.AnalyzeTestCode && IsTestMethod(containingSymbol));
    }

    /// <summary>A method carrying an xunit, NUnit or MSTest test attribute (or one deriving from it), recognised by name.</summary>
    [MethodImpl(HotPath.Optimized)]
    private bool IsTestMethod(ISymbol symbol)
    {
        while (symbol is IMethodSymbol { MethodKind: MethodKind.LocalFunction or MethodKind.AnonymousFunction } && symbol.ContainingSymbol is { } outer)
        {
            symbol = outer;
        }

        if (symbol is not IMethodSymbol method)
        {
            return false;
        }

        return _testMethods.TryGetValue(method, out var known) ? known : _testMethods.GetOrAdd(method, m =>
        {
            foreach (var attribute in m.GetAttributes())
            {
                for (var type = attribute.AttributeClass; type is not null && type.SpecialType == SpecialType.None; type = type.BaseType)
                {
                    if (IsTestAttribute(type))
                    {
                        return true;
                    }
                }
            }

            return false;
        });
    }

    // The name first: a display string of the namespace for every attribute of every method would cost more than the rest.
    private static bool IsTestAttribute(INamedTypeSymbol type) => type.Name switch
    {
        "FactAttribute" => IsNamespace(type, "Xunit"),
        "TheoryAttribute" => IsNamespace(type, "Xunit") || IsNamespace(type, "NUnit.Framework"),
        "TestAttribute" or "TestCaseAttribute" or "TestCaseSourceAttribute" => IsNamespace(type, "NUnit.Framework"),
        "TestMethodAttribute" or "DataTestMethodAttribute" => IsNamespace(type, "Microsoft.VisualStudio.TestTools.UnitTesting"),
        _ => false,
    };

    private static bool IsNamespace(INamedTypeSymbol type, string name) => type.ContainingNamespace?.ToDisplayString() == name;
}
