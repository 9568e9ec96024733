using System.Collections.Frozen;

namespace LawfulBasis;

/// <summary>The catalog's purposes, found by type or id, each with its fields pre-encoded for the trail.</summary>
internal sealed class PurposeIndex
{
    private readonly FrozenDictionary<Type, AuditedPurpose> _byType;
    private readonly FrozenDictionary<string, AuditedPurpose> _byId;

    public PurposeIndex(ProcessingCatalog catalog)
    {
        Catalog = catalog;
        var purposes = catalog.Purposes.Select(p => new AuditedPurpose(p)).ToArray();
        _byType = purposes.ToFrozenDictionary(p => p.Declaration!.Type);
        _byId = purposes.ToFrozenDictionary(p => p.Declaration!.Id, StringComparer.Ordinal);
    }

    public ProcessingCatalog Catalog { get; }

    public AuditedPurpose? Find(Type purposeType) => _byType.GetValueOrDefault(purposeType);

    public AuditedPurpose? Find(string purposeId) => _byId.GetValueOrDefault(purposeId);

    /// <summary>The purpose, or an exception that says how to declare it.</summary>
    public AuditedPurpose Require(Type purposeType) =>
        Find(purposeType) ?? throw new ArgumentException(
            $"`{purposeType.Name}` is not a purpose in the catalog: add [Purpose(...)] to it, or add its assembly with options.AddAssemblyOf<{purposeType.Name}>().",
            nameof(purposeType));

    public AuditedPurpose Require(PurposeDeclaration purpose) => Require(purpose.Type);
}
