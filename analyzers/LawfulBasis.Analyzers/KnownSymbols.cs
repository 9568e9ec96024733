using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace LawfulBasis.Analyzers;

/// <summary>
/// The attribute and sink types the analyzers recognise, resolved once per compilation by metadata name. The analyzer
/// never references the LawfulBasis runtime assembly: a user's own copy of an attribute with the same name works too.
/// </summary>
internal sealed class KnownSymbols
{
    private KnownSymbols(Compilation compilation)
    {
        Purpose = compilation.GetTypeByMetadataName("LawfulBasis.PurposeAttribute");
        ProcessingFor = compilation.GetTypeByMetadataName("LawfulBasis.ProcessingForAttribute`1");
        Transfer = compilation.GetTypeByMetadataName("LawfulBasis.TransferAttribute");
        Controller = compilation.GetTypeByMetadataName("LawfulBasis.ControllerAttribute");
        PersonalData = compilation.GetTypeByMetadataName("LawfulBasis.PersonalDataAttribute");
        SpecialCategoryData = compilation.GetTypeByMetadataName("LawfulBasis.SpecialCategoryDataAttribute");
        CriminalData = compilation.GetTypeByMetadataName("LawfulBasis.CriminalDataAttribute");
        DataClassification = compilation.GetTypeByMetadataName("Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute");
        NoDataClassification = compilation.GetTypeByMetadataName("Microsoft.Extensions.Compliance.Classification.NoDataClassificationAttribute");
        IdentityPersonalData = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Identity.PersonalDataAttribute");
        LoggerExtensions = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.LoggerExtensions");
        Logger = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.ILogger");
        LoggerMessage = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.LoggerMessageAttribute");
        Console = compilation.GetTypeByMetadataName("System.Console");
        Trace = compilation.GetTypeByMetadataName("System.Diagnostics.Trace");
        Debug = compilation.GetTypeByMetadataName("System.Diagnostics.Debug");
        Attribute = compilation.GetTypeByMetadataName("System.Attribute");
    }

    public INamedTypeSymbol? Purpose { get; }
    public INamedTypeSymbol? ProcessingFor { get; }
    public INamedTypeSymbol? Transfer { get; }
    public INamedTypeSymbol? Controller { get; }
    public INamedTypeSymbol? PersonalData { get; }
    public INamedTypeSymbol? SpecialCategoryData { get; }
    public INamedTypeSymbol? CriminalData { get; }
    public INamedTypeSymbol? DataClassification { get; }
    public INamedTypeSymbol? NoDataClassification { get; }
    public INamedTypeSymbol? IdentityPersonalData { get; }
    public INamedTypeSymbol? LoggerExtensions { get; }
    public INamedTypeSymbol? Logger { get; }
    public INamedTypeSymbol? LoggerMessage { get; }
    public INamedTypeSymbol? Console { get; }
    public INamedTypeSymbol? Trace { get; }
    public INamedTypeSymbol? Debug { get; }
    public INamedTypeSymbol? Attribute { get; }

    /// <summary>Whether anything in the compilation can classify personal data; when not, the analyzers stay silent.</summary>
    public bool CanClassify => DataClassification is not null || IdentityPersonalData is not null;

    public static KnownSymbols Resolve(Compilation compilation) => new(compilation);

    [MethodImpl(HotPath.Optimized)]
    public bool IsProcessingFor(AttributeData attribute) =>
        ProcessingFor is not null && SymbolEqualityComparer.Default.Equals(attribute.AttributeClass?.OriginalDefinition, ProcessingFor);

    public bool IsPurpose(AttributeData attribute) =>
        Purpose is not null && SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, Purpose);

    /// <summary>The purpose type named by a <c>[ProcessingFor&lt;T&gt;]</c>, or null when the attribute is another one or broken.</summary>
    [MethodImpl(HotPath.Optimized)]
    public INamedTypeSymbol? PurposeNamedBy(AttributeData attribute) =>
        IsProcessingFor(attribute) && attribute.AttributeClass!.TypeArguments.Length == 1
            ? attribute.AttributeClass.TypeArguments[0] as INamedTypeSymbol
            : null;

    [MethodImpl(HotPath.Optimized)]
    public static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
    {
        if (baseType is null)
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return false;
    }
}
