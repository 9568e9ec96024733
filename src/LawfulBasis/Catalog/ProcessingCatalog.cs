using System.Reflection;

namespace LawfulBasis;

/// <summary>
/// Everything declared about personal data in a set of assemblies: the controller, the purposes with their lawful
/// bases, and the personal-data types with the purposes bound to them. Built once, validated as a whole, then used by
/// the Record of Processing Activities and the rest of LawfulBasis.
/// </summary>
public sealed class ProcessingCatalog
{
    private readonly Dictionary<Type, PurposeDeclaration> _purposesByType;
    private readonly Dictionary<Type, PersonalDataType> _dataTypesByType;

    internal ProcessingCatalog(
        ControllerDeclaration? controller,
        IReadOnlyList<PurposeDeclaration> purposes,
        IReadOnlyList<PersonalDataType> dataTypes)
    {
        Controller = controller;
        Purposes = purposes;
        DataTypes = dataTypes;
        _purposesByType = purposes.ToDictionary(p => p.Type);
        _dataTypesByType = dataTypes.ToDictionary(t => t.Type);
    }

    /// <summary>The controller, or null when no assembly declares one with <see cref="ControllerAttribute"/>.</summary>
    public ControllerDeclaration? Controller { get; }

    /// <summary>Every declared purpose, ordered by name.</summary>
    public IReadOnlyList<PurposeDeclaration> Purposes { get; }

    /// <summary>Every type that holds personal data, ordered by name.</summary>
    public IReadOnlyList<PersonalDataType> DataTypes { get; }

    /// <summary>Builds the catalog from the declarations in <paramref name="assemblies"/>.</summary>
    /// <param name="assemblies">The assemblies to read; at least one.</param>
    /// <returns>The validated catalog.</returns>
    /// <exception cref="InvalidDeclarationsException">Some declaration breaks a GDPR rule; every problem is listed.</exception>
    public static ProcessingCatalog FromAssemblies(params Assembly[] assemblies)
    {
        var (catalog, problems) = CatalogReader.Read(assemblies);
        return problems.Count == 0 ? catalog : throw new InvalidDeclarationsException(problems);
    }

    /// <summary>Checks the declarations in <paramref name="assemblies"/> without throwing.</summary>
    /// <param name="assemblies">The assemblies to read; at least one.</param>
    /// <returns>Every problem found; empty when the declarations are valid.</returns>
    public static IReadOnlyList<DeclarationProblem> Validate(params Assembly[] assemblies) =>
        CatalogReader.Read(assemblies).Problems;

    /// <summary>Finds the declaration of a purpose type.</summary>
    /// <param name="purposeType">The purpose type.</param>
    /// <param name="purpose">The declaration, when the type is a declared purpose.</param>
    /// <returns>Whether the type is a purpose in this catalog.</returns>
    public bool TryGetPurpose(Type purposeType, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PurposeDeclaration? purpose) =>
        _purposesByType.TryGetValue(purposeType, out purpose);

    /// <summary>Finds the personal-data declaration of a type (an entity being saved, a navigation's target).</summary>
    /// <param name="type">The type.</param>
    /// <returns>The declaration, or null when the type holds no declared personal data.</returns>
    public PersonalDataType? FindDataType(Type type) => _dataTypesByType.GetValueOrDefault(type);

    /// <summary>Gets the declaration of a purpose type.</summary>
    /// <typeparam name="TPurpose">The purpose type.</typeparam>
    /// <returns>The declaration.</returns>
    /// <exception cref="KeyNotFoundException">The type is not a purpose in this catalog.</exception>
    public PurposeDeclaration GetPurpose<TPurpose>() =>
        TryGetPurpose(typeof(TPurpose), out var purpose)
            ? purpose
            : throw new KeyNotFoundException(
                $"`{typeof(TPurpose).Name}` is not a purpose in this catalog: add [Purpose(...)] to it, or add its assembly to the catalog.");

    /// <summary>The personal-data types that bind <paramref name="purpose"/> to themselves or one of their members.</summary>
    /// <param name="purpose">A purpose of this catalog.</param>
    /// <returns>The data types, ordered by name.</returns>
    public IEnumerable<PersonalDataType> DataTypesFor(PurposeDeclaration purpose) =>
        DataTypes.Where(t => t.Members.Any(m => m.Purposes.Contains(purpose)));
}
