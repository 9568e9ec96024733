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
        NamedRecipients = [.. attribute.NamedRecipients.Where(r => !string.IsNullOrWhiteSpace(r)).Distinct().Order(StringComparer.Ordinal)];
        Interest = NullIfBlank(attribute.Interest);
        DataSource = NullIfBlank(attribute.DataSource);
        DpiaReference = NullIfBlank(attribute.DpiaReference);
        Transfers = transfers;

        // Art. 17(3)(b) is what a legal obligation or public task means for erasure; every other exception is declared.
        (ErasureException, ErasureExceptionReference) = attribute.ErasureException == ErasureException.None
            && attribute.Basis is LegalBasis.LegalObligation or LegalBasis.PublicTask && LegalReference is not null
            ? (ErasureException.LegalObligationOrPublicTask, LegalReference)
            : (attribute.ErasureException, NullIfBlank(attribute.ErasureExceptionReference) ?? (attribute.ErasureException == ErasureException.LegalObligationOrPublicTask ? LegalReference : null));
        AutomatedDecisionGround = AutomatedDecision is null ? null : Shared.PurposeRules.AutomatedDecisionGround(Basis, Condition, LegalReference);
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

    /// <summary>The recipients by name, which access reports give (Art. 15(1)(c), CJEU C-154/21).</summary>
    public IReadOnlyList<string> NamedRecipients { get; }

    /// <summary>The legitimate interest pursued (Art. 13(1)(d)), or null when not declared.</summary>
    public string? Interest { get; }

    /// <summary>Where data not obtained from the subject comes from (Art. 14(2)(f)), or null when the subject provides it.</summary>
    public string? DataSource { get; }

    /// <summary>
    /// The Art. 17(3) exception under which the purpose keeps data despite erasure: the declared one, or (b) implied by a
    /// <see cref="LegalBasis.LegalObligation"/> or <see cref="LegalBasis.PublicTask"/> basis with its legal reference.
    /// </summary>
    public ErasureException ErasureException { get; }

    /// <summary>Where the erasure exception is documented, or null when the purpose has none.</summary>
    public string? ErasureExceptionReference { get; }

    /// <summary>The point of Art. 22(2) that allows the purpose's automated decisions, for example <c>Art. 22(2)(a)</c>; null when it makes none.</summary>
    public string? AutomatedDecisionGround { get; }

    /// <summary>The DPIA reference (Art. 35), or null when not declared.</summary>
    public string? DpiaReference { get; }

    /// <summary>The Art. 35(3) point that makes a DPIA mandatory for the purpose, for example <c>Art. 35(3)(b)</c>; null when none does.</summary>
    public string? ImpactAssessmentTrigger { get; internal set; }

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
