using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LawfulBasis.Analyzers;

/// <summary>
/// Per-compilation answers to "is this member personal data, and of which categories?", "which purposes does this code
/// declare?" and "what does this purpose allow?", each computed once per symbol and cached (analyzers run concurrently).
/// </summary>
internal sealed partial class PersonalDataModel
{
    private readonly ConcurrentDictionary<ISymbol, PersonalDataMember?> _members = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, PersonalDataNames.Suggestion?> _suggestions = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, ImmutableArray<INamedTypeSymbol>> _codePurposes = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, ISymbol?> _personalDataHolders = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamedTypeSymbol, PurposeInfo?> _purposes = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IAssemblySymbol, bool> _codebaseAssemblies = new(SymbolEqualityComparer.Default);
    private readonly ImmutableArray<INamedTypeSymbol> _assemblyPurposes;
    private readonly Compilation _compilation;
    private readonly AnalyzerOptions _options;
    private readonly ConcurrentDictionary<SyntaxTree, SiteSettings> _settings = new();
    private readonly string? _scanOutput;

    // One model per compilation, shared by the four analyzers so each symbol is classified once per build.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Compilation, PersonalDataModel> Models = new();

    /// <summary>The global analyzer option that turns scan mode on (set by <c>lawfulbasis scan</c>, never by a normal build).</summary>
    public const string ScanOption = "lawfulbasis.scan";

    /// <summary>The global option naming the folder a scan builds into: assemblies referenced from there are the codebase's own.</summary>
    public const string ScanOutputOption = "lawfulbasis.scan_output";

    /// <summary>The model of a compilation, created on first use and shared by every LawfulBasis analyzer.</summary>
    public static PersonalDataModel For(Compilation compilation, AnalyzerOptions options) =>
        Models.GetValue(compilation, c => new PersonalDataModel(KnownSymbols.Resolve(c), c, options, ScanRequested(options), ScanOutput(options)));

    private PersonalDataModel(KnownSymbols symbols, Compilation compilation, AnalyzerOptions options, bool isScan, string? scanOutput)
    {
        _options = options;
        Symbols = symbols;
        IsScan = isScan;
        _compilation = compilation;
        _scanOutput = scanOutput;
        _assemblyPurposes = PurposesIn(compilation.Assembly.GetAttributes());
    }

    public KnownSymbols Symbols { get; }

    /// <summary>The assembly being compiled: code outside it is out of the analyzer's sight.</summary>
    public IAssemblySymbol Assembly => _compilation.Assembly;

    /// <summary>The <c>.editorconfig</c> settings in force in a syntax tree, read once per tree.</summary>
    [MethodImpl(HotPath.Optimized)]
    public SiteSettings SettingsOf(SyntaxTree tree) => _settings.TryGetValue(tree, out var known) ? known : _settings.GetOrAdd(tree, SiteSettings.Read(_options, tree));

    /// <summary>
    /// Scan mode, for a codebase that may not use LawfulBasis yet: members that look like personal data (LB0004's
    /// heuristics) count as classified, so every other rule can report on them, and the inventory rules report.
    /// </summary>
    public bool IsScan { get; }

    private static string? ScanOutput(AnalyzerOptions options) =>
        options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(ScanOutputOption, out var value) && value.Length > 0 ? value : null;

    private static bool ScanRequested(AnalyzerOptions options) =>
        options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(ScanOption, out var value)
        && string.Equals(value, "true", System.StringComparison.OrdinalIgnoreCase);

    /// <summary>The classification of a property or field, or null when it holds no personal data.</summary>
    [MethodImpl(HotPath.Optimized)]
    public PersonalDataMember? Classify(ISymbol member)
    {
        if (member is not (IPropertySymbol or IFieldSymbol))
        {
            return null;
        }

        // Every member reference of a build asks: the lookup must not allocate (a delegate per call would).
        var definition = member.OriginalDefinition;
        return _members.TryGetValue(definition, out var known) ? known : _members.GetOrAdd(definition, Read(definition));

        PersonalDataMember? Read(ISymbol definition)
        {
            var categories = CategoriesOf(definition);
            var isDeclared = !categories.IsDefaultOrEmpty;
            if (!isDeclared && !IsExplicitlyUnclassified(definition) && Inherited(definition) is { } inherited)
            {
                // Classified on the member it overrides or implements, or, for an interface or base member, on an
                // implementation: the attribute need not be repeated.
                return inherited;
            }

            if (!isDeclared && IsScan && SuggestCategory(definition) is { } suggested)
            {
                categories = ImmutableArray.Create(new DataCategoryInfo(suggested, KindOfCategory(suggested), null));
            }

            if (categories.IsDefaultOrEmpty)
            {
                return null;
            }

            var purposes = PurposesIn(definition.GetAttributes());
            if (definition.ContainingType is { } type)
            {
                purposes = purposes.AddRange(PurposesIn(type.GetAttributes()));
            }

            return new PersonalDataMember(categories, purposes.Distinct<INamedTypeSymbol>(SymbolEqualityComparer.Default).ToImmutableArray(), isDeclared);
        }
    }

    /// <summary>
    /// The category a property or field looks like from its name and type (LB0004), or null: never for members that
    /// carry any classification (including <c>[NoDataClassification]</c>), constants, attributes or purpose types.
    /// </summary>
    public string? SuggestCategory(ISymbol member) => Suggest(member)?.Category;

    /// <summary>
    /// What discovery reports on a property or field (LB0004, and LB0008 when it is high-confidence), or null: also
    /// never for the subject's key (<c>[SubjectId]</c>) nor for a member classified through what it overrides or
    /// implements, or through its implementations (the attribute need not be repeated, so there is nothing to add).
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public PersonalDataNames.Suggestion? Discover(ISymbol member)
    {
        if (IsSubjectKey(member) || Suggest(member) is not { } suggestion)
        {
            return null;
        }

        // Only once a name looks personal (rarely): an override's classification was already ruled out by Suggest.
        return Inherited(member.OriginalDefinition) is { IsDeclared: true } ? null : suggestion;
    }

    /// <summary>
    /// <c>[SubjectId]</c> says "the key of the person this record is about": looked at, and modelled by LawfulBasis as the
    /// subject's identifier rather than a category, so discovery has nothing to suggest.
    /// </summary>
    internal static bool IsSubjectKey(ISymbol member)
    {
        foreach (var attribute in member.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "SubjectIdAttribute", ContainingNamespace.Name: "LawfulBasis" })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Recognition once per member: LB0004, LB0008 and scan mode's classification all ask.</summary>
    [MethodImpl(HotPath.Optimized)]
    private PersonalDataNames.Suggestion? Suggest(ISymbol member) =>
        _suggestions.TryGetValue(member, out var known) ? known : _suggestions.GetOrAdd(member, Recognise(member));

    [MethodImpl(HotPath.Optimized)]
    private PersonalDataNames.Suggestion? Recognise(ISymbol member)
    {
        var type = member switch
        {
            IPropertySymbol { IsOverride: false, IsIndexer: false } property => property.Type,
            IFieldSymbol { IsConst: false, IsImplicitlyDeclared: false } field when !(field.IsStatic && field.IsReadOnly) => field.Type,
            _ => null,
        };
        var owner = member.ContainingType;
        // Only the codebase's own members: a name on a framework type (Type.FullName) says nothing about people.
        if (type is null || owner is null || !IsCodebase(member) || owner.TypeKind is TypeKind.Enum or TypeKind.Interface && member is IFieldSymbol
            || KnownSymbols.DerivesFrom(owner, Symbols.Attribute) || PurposeOf(owner) is not null || HasClassificationAttribute(member))
        {
            return null;
        }

        return PersonalDataNames.Suggest(member.Name, type, owner);
    }

    /// <summary>Declared in this compilation's source, or, in a scan, in another project of the scanned codebase.</summary>
    [MethodImpl(HotPath.Optimized)]
    private bool IsCodebase(ISymbol member)
    {
        foreach (var location in member.Locations)
        {
            if (location.IsInSource)
            {
                return true;
            }
        }

        if (_scanOutput is null || member.ContainingAssembly is not { } assembly)
        {
            return false;
        }

        return _codebaseAssemblies.GetOrAdd(assembly, a =>
            _compilation.GetMetadataReference(a) is PortableExecutableReference { FilePath: { } path }
            && path.StartsWith(_scanOutput, System.StringComparison.Ordinal));
    }

    /// <summary><c>[NoDataClassification]</c> says "looked at, not personal data": it counts as a classification here.</summary>
    private bool HasClassificationAttribute(ISymbol member) =>
        !CategoriesOf(member).IsDefaultOrEmpty
        || member.GetAttributes().Any(a =>
            KnownSymbols.DerivesFrom(a.AttributeClass, Symbols.DataClassification)
            || KnownSymbols.DerivesFrom(a.AttributeClass, Symbols.IdentityPersonalData));

    /// <summary>The kind of a LawfulBasis category named by LB0004's heuristics (scan mode has no attribute type to ask).</summary>
    private static CategoryKind KindOfCategory(string category) => category switch
    {
        "RacialOrEthnicOriginData" or "PoliticalOpinionData" or "ReligiousOrPhilosophicalBeliefData" or "TradeUnionMembershipData"
            or "GeneticData" or "BiometricData" or "HealthData" or "SexLifeOrSexualOrientationData" => CategoryKind.SpecialCategory,
        "CriminalData" => CategoryKind.CriminalOffence,
        _ => CategoryKind.Ordinary,
    };

    /// <summary>
    /// The purposes code declares for itself: <c>[ProcessingFor]</c> on the member (or the property of an accessor), on
    /// each containing type and on the assembly. Lambdas and local functions add their own to their container's.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public ImmutableArray<INamedTypeSymbol> PurposesOfCode(ISymbol site)
    {
        return _codePurposes.TryGetValue(site, out var known) ? known : _codePurposes.GetOrAdd(site, Collect(site));

        ImmutableArray<INamedTypeSymbol> Collect(ISymbol symbol)
        {
            var builder = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
            builder.AddRange(PurposesIn(symbol.GetAttributes()));
            if (symbol is IMethodSymbol { MethodKind: MethodKind.LocalFunction or MethodKind.AnonymousFunction } && symbol.ContainingSymbol is { } outer)
            {
                // A lambda or local function declares its own purposes (C# lambda attributes) on top of its container's.
                builder.AddRange(PurposesOfCode(outer));
                return builder.Distinct<INamedTypeSymbol>(SymbolEqualityComparer.Default).ToImmutableArray();
            }

            if (symbol is IMethodSymbol { AssociatedSymbol: { } property })
            {
                builder.AddRange(PurposesIn(property.GetAttributes()));
            }

            for (var type = symbol as INamedTypeSymbol ?? symbol.ContainingType; type is not null; type = type.ContainingType)
            {
                builder.AddRange(PurposesIn(type.GetAttributes()));
            }

            builder.AddRange(_assemblyPurposes);
            return builder.Distinct<INamedTypeSymbol>(SymbolEqualityComparer.Default).ToImmutableArray();
        }
    }

    /// <summary>The first personal-data member a type holds (its own or inherited), or null.</summary>
    public ISymbol? FirstPersonalDataMemberOf(ITypeSymbol type) =>
        _personalDataHolders.GetOrAdd(type, t =>
        {
            if (t.SpecialType != SpecialType.None || t.TypeKind is not (TypeKind.Class or TypeKind.Struct))
            {
                return null;
            }

            for (var current = t; current is not null && current.SpecialType == SpecialType.None; current = current.BaseType)
            {
                foreach (var member in current.GetMembers())
                {
                    if (Classify(member) is not null)
                    {
                        return member;
                    }
                }
            }

            return null;
        });

    /// <summary>The <c>[Purpose]</c> of a type, or null when it is not a purpose.</summary>
    [MethodImpl(HotPath.Optimized)]
    public PurposeInfo? PurposeOf(INamedTypeSymbol type)
    {
        var definition = type.OriginalDefinition;
        return _purposes.TryGetValue(definition, out var known) ? known : _purposes.GetOrAdd(definition, ReadPurpose(definition));
    }

    private PurposeInfo? ReadPurpose(INamedTypeSymbol type)
    {
        var attribute = type.GetAttributes().FirstOrDefault(Symbols.IsPurpose);
        if (attribute is null)
        {
            return null;
        }

        var arguments = attribute.ConstructorArguments;
        var description = arguments.Length > 0 ? arguments[0].Value as string : null;
        var basis = arguments.Length > 1 && arguments[1].Value is int b ? (LegalBasis)b : (LegalBasis)(-1);
        var condition = SpecialCategoryCondition.None;
        string? legalReference = null;
        var categories = ImmutableArray<ITypeSymbol>.Empty;
        foreach (var named in attribute.NamedArguments)
        {
            switch (named.Key)
            {
                case "Condition" when named.Value.Value is int c:
                    condition = (SpecialCategoryCondition)c;
                    break;
                case "LegalReference":
                    legalReference = named.Value.Value as string;
                    break;
                case "Categories" when named.Value.Kind == TypedConstantKind.Array && !named.Value.IsNull:
                    categories = named.Value.Values.Select(v => v.Value).OfType<ITypeSymbol>().ToImmutableArray();
                    break;
            }
        }

        return new PurposeInfo(type, attribute, description, basis, condition, legalReference, categories);
    }

    [MethodImpl(HotPath.Optimized)]
    internal ImmutableArray<DataCategoryInfo> CategoriesOf(ISymbol member)
    {
        var attributes = member.GetAttributes();
        if (member is IPropertySymbol property && PositionalParameterOf(property) is { } parameter)
        {
            // A record's positional parameter carries the attributes the user wrote for the property it generates.
            attributes = attributes.AddRange(parameter.GetAttributes());
        }

        // Most members carry no classification: nothing is allocated for them.
        ImmutableArray<DataCategoryInfo>.Builder? builder = null;
        foreach (var attribute in attributes)
        {
            var type = attribute.AttributeClass;
            if (type is null)
            {
                continue;
            }

            if (KnownSymbols.DerivesFrom(type, Symbols.NoDataClassification))
            {
                return ImmutableArray<DataCategoryInfo>.Empty;
            }

            if (KnownSymbols.DerivesFrom(type, Symbols.DataClassification))
            {
                (builder ??= ImmutableArray.CreateBuilder<DataCategoryInfo>()).Add(new DataCategoryInfo(CategoryName(type), KindOf(type), type));
            }
            else if (KnownSymbols.DerivesFrom(type, Symbols.IdentityPersonalData))
            {
                (builder ??= ImmutableArray.CreateBuilder<DataCategoryInfo>()).Add(new DataCategoryInfo("PersonalData", CategoryKind.Ordinary, type));
            }
        }

        return builder?.ToImmutable() ?? ImmutableArray<DataCategoryInfo>.Empty;
    }

    public CategoryKind KindOf(ITypeSymbol attributeType) =>
        KnownSymbols.DerivesFrom(attributeType, Symbols.SpecialCategoryData) ? CategoryKind.SpecialCategory
        : KnownSymbols.DerivesFrom(attributeType, Symbols.CriminalData) ? CategoryKind.CriminalOffence
        : CategoryKind.Ordinary;

    public static string CategoryName(ITypeSymbol attributeType) =>
        attributeType.Name.EndsWith("Attribute", System.StringComparison.Ordinal) && attributeType.Name.Length > "Attribute".Length
            ? attributeType.Name.Substring(0, attributeType.Name.Length - "Attribute".Length)
            : attributeType.Name;

    internal static IParameterSymbol? PositionalParameterOf(IPropertySymbol property)
    {
        if (!property.ContainingType.IsRecord || property.DeclaringSyntaxReferences.Length != 1
            || property.DeclaringSyntaxReferences[0].GetSyntax() is not ParameterSyntax)
        {
            return null;
        }

        foreach (var constructor in property.ContainingType.InstanceConstructors)
        {
            foreach (var parameter in constructor.Parameters)
            {
                if (parameter.Name == property.Name && parameter.DeclaringSyntaxReferences.Length == 1
                    && parameter.DeclaringSyntaxReferences[0].SyntaxTree == property.DeclaringSyntaxReferences[0].SyntaxTree
                    && parameter.DeclaringSyntaxReferences[0].Span == property.DeclaringSyntaxReferences[0].Span)
                {
                    return parameter;
                }
            }
        }

        return null;
    }

    [MethodImpl(HotPath.Optimized)]
    internal ImmutableArray<INamedTypeSymbol> PurposesIn(ImmutableArray<AttributeData> attributes)
    {
        if (Symbols.ProcessingFor is null)
        {
            return ImmutableArray<INamedTypeSymbol>.Empty;
        }

        ImmutableArray<INamedTypeSymbol>.Builder? builder = null;
        foreach (var attribute in attributes)
        {
            if (Symbols.PurposeNamedBy(attribute) is { } purpose && purpose.TypeKind != TypeKind.Error)
            {
                (builder ??= ImmutableArray.CreateBuilder<INamedTypeSymbol>()).Add(purpose);
            }
        }

        return builder?.ToImmutable() ?? ImmutableArray<INamedTypeSymbol>.Empty;
    }
}
