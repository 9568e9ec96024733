using System.Collections.Concurrent;
using System.Reflection;

namespace LawfulBasis.Testing;

/// <summary>
/// Finds the declaration of a purpose type for the fakes: in the catalog they were given, or else in a catalog read
/// once from the purpose type's own assembly, so a test needs no set-up to name its purposes.
/// </summary>
internal sealed class PurposeLookup(ProcessingCatalog? catalog)
{
    private readonly ConcurrentDictionary<Assembly, ProcessingCatalog> _byAssembly = new();

    /// <summary>The declaration of <paramref name="purposeType"/>, or null when it is not a declared purpose.</summary>
    /// <exception cref="InvalidDeclarationsException">The purpose's assembly declares something the GDPR does not allow.</exception>
    public PurposeDeclaration? Find(Type purposeType)
    {
        var source = catalog ?? _byAssembly.GetOrAdd(purposeType.Assembly, static a => ProcessingCatalog.FromAssemblies(a));
        return source.TryGetPurpose(purposeType, out var purpose) ? purpose : null;
    }

    /// <summary>The declaration of <paramref name="purposeType"/>; an undeclared type is refused as the real registers refuse it.</summary>
    /// <exception cref="ArgumentException"><paramref name="purposeType"/> is not a declared purpose.</exception>
    public PurposeDeclaration Require(Type purposeType) =>
        Find(purposeType) ?? throw new ArgumentException(
            $"`{purposeType.Name}` is not a declared purpose: give it a [Purpose(...)] attribute, or pass the fakes the catalog that declares it.",
            nameof(purposeType));
}
