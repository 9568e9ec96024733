namespace LawfulBasis;

/// <summary>A purpose as the catalog knows it: the <see cref="PurposeAttribute"/> on a type, plus the data bound to it.</summary>
public sealed class PurposeDeclaration
{
    internal PurposeDeclaration(Type type, PurposeAttribute attribute, IReadOnlyList<TransferDeclaration> transfers)
    {
        Type = type;
        Description = attribute.Description;
        Basis = attribute.Basis;
        Condition = attribute.Condition;
        LegalReference = NullIfBlank(attribute.LegalReference);
        ContractReference = NullIfBlank(attribute.ContractReference);
        AssessmentReference = NullIfBlank(attribute.AssessmentReference);
        Retention = RetentionPeriod.TryParse(attribute.Retention, out var retention) ? retention : null;
        IsDirectMarketing = attribute.DirectMarketing;
        AutomatedDecision = NullIfBlank(attribute.AutomatedDecision);
        Recipients = [.. attribute.Recipients.Where(r => !string.IsNullOrWhiteSpace(r)).Distinct().Order(StringComparer.Ordinal)];
        Transfers = transfers;
    }

    /// <summary>The purpose type.</summary>
    public Type Type { get; }

    /// <summary>The purpose's name: the type name.</summary>
    public string Name => Type.Name;

    /// <summary>The purpose's unique id: the full type name.</summary>
    public string Id => Type.FullName ?? Type.Name;

    /// <summary>What the processing is for.</summary>
    public string Description { get; }

    /// <summary>The Art. 6(1) lawful basis.</summary>
    public LegalBasis Basis { get; }

    /// <summary>The Art. 9(2) condition, <see cref="SpecialCategoryCondition.None"/> when none is declared.</summary>
    public SpecialCategoryCondition Condition { get; }

    /// <summary>The law the processing rests on, or null when not declared.</summary>
    public string? LegalReference { get; }

    /// <summary>The contract the processing is necessary for, or null when not declared.</summary>
    public string? ContractReference { get; }

    /// <summary>The legitimate-interest assessment reference, or null when not declared.</summary>
    public string? AssessmentReference { get; }

    /// <summary>How long data is kept for this purpose, or null when not declared.</summary>
    public RetentionPeriod? Retention { get; }

    /// <summary>The personal-data categories the purpose uses: those it lists and those of the data bound to it.</summary>
    public IReadOnlyList<DataCategory> Categories { get; internal set; } = [];

    /// <summary>The categories of data subjects: those it lists and those of the data types bound to it.</summary>
    public IReadOnlyList<string> DataSubjects { get; internal set; } = [];

    /// <summary>Whether the purpose is direct marketing (objections to it are absolute, Art. 21(3)).</summary>
    public bool IsDirectMarketing { get; }

    /// <summary>The logic, significance and consequences of automated decisions (Art. 22), or null when none are made.</summary>
    public string? AutomatedDecision { get; }

    /// <summary>The categories of recipients.</summary>
    public IReadOnlyList<string> Recipients { get; }

    /// <summary>The international transfers.</summary>
    public IReadOnlyList<TransferDeclaration> Transfers { get; }

    /// <summary>Whether the purpose uses special-category (Art. 9) data.</summary>
    public bool UsesSpecialCategories => Categories.Any(c => c.Kind == DataCategoryKind.SpecialCategory);

    /// <summary>Whether the purpose uses criminal-offence (Art. 10) data.</summary>
    public bool UsesCriminalData => Categories.Any(c => c.Kind == DataCategoryKind.CriminalOffence);

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Basis})";

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
