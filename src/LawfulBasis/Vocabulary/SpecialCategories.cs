namespace LawfulBasis;

// The special categories of personal data (Art. 9(1)), each needing an Art. 9(2) condition.

/// <summary>Data revealing racial or ethnic origin (Art. 9(1)).</summary>
public sealed class RacialOrEthnicOriginDataAttribute : SpecialCategoryDataAttribute
{
    /// <summary>Initializes the attribute with the <c>RacialOrEthnicOriginData</c> category of the <see cref="GdprTaxonomy"/> taxonomy.</summary>
    public RacialOrEthnicOriginDataAttribute()
        : base(GdprTaxonomy.RacialOrEthnicOriginData.Value)
    {
    }
}

/// <summary>Data revealing political opinions (Art. 9(1)).</summary>
public sealed class PoliticalOpinionDataAttribute : SpecialCategoryDataAttribute
{
    /// <summary>Initializes the attribute with the <c>PoliticalOpinionData</c> category of the <see cref="GdprTaxonomy"/> taxonomy.</summary>
    public PoliticalOpinionDataAttribute()
        : base(GdprTaxonomy.PoliticalOpinionData.Value)
    {
    }
}

/// <summary>Data revealing religious or philosophical beliefs (Art. 9(1)).</summary>
public sealed class ReligiousOrPhilosophicalBeliefDataAttribute : SpecialCategoryDataAttribute
{
    /// <summary>Initializes the attribute with the <c>ReligiousOrPhilosophicalBeliefData</c> category of the <see cref="GdprTaxonomy"/> taxonomy.</summary>
    public ReligiousOrPhilosophicalBeliefDataAttribute()
        : base(GdprTaxonomy.ReligiousOrPhilosophicalBeliefData.Value)
    {
    }
}

/// <summary>Data revealing trade-union membership (Art. 9(1)).</summary>
public sealed class TradeUnionMembershipDataAttribute : SpecialCategoryDataAttribute
{
    /// <summary>Initializes the attribute with the <c>TradeUnionMembershipData</c> category of the <see cref="GdprTaxonomy"/> taxonomy.</summary>
    public TradeUnionMembershipDataAttribute()
        : base(GdprTaxonomy.TradeUnionMembershipData.Value)
    {
    }
}

/// <summary>Genetic data (Art. 4(13), 9(1)): inherited or acquired genetic characteristics from the analysis of a biological sample.</summary>
public sealed class GeneticDataAttribute : SpecialCategoryDataAttribute
{
    /// <summary>Initializes the attribute with the <c>GeneticData</c> category of the <see cref="GdprTaxonomy"/> taxonomy.</summary>
    public GeneticDataAttribute()
        : base(GdprTaxonomy.GeneticData.Value)
    {
    }
}

/// <summary>Biometric data processed to uniquely identify a person (Art. 4(14), 9(1)): face templates and embeddings, fingerprints, voice prints.</summary>
public sealed class BiometricDataAttribute : SpecialCategoryDataAttribute
{
    /// <summary>Initializes the attribute with the <c>BiometricData</c> category of the <see cref="GdprTaxonomy"/> taxonomy.</summary>
    public BiometricDataAttribute()
        : base(GdprTaxonomy.BiometricData.Value)
    {
    }
}

/// <summary>Data concerning health (Art. 4(15), 9(1)): physical or mental health, including the provision of health care.</summary>
public sealed class HealthDataAttribute : SpecialCategoryDataAttribute
{
    /// <summary>Initializes the attribute with the <c>HealthData</c> category of the <see cref="GdprTaxonomy"/> taxonomy.</summary>
    public HealthDataAttribute()
        : base(GdprTaxonomy.HealthData.Value)
    {
    }
}

/// <summary>Data concerning a person's sex life or sexual orientation (Art. 9(1)).</summary>
public sealed class SexLifeOrSexualOrientationDataAttribute : SpecialCategoryDataAttribute
{
    /// <summary>Initializes the attribute with the <c>SexLifeOrSexualOrientationData</c> category of the <see cref="GdprTaxonomy"/> taxonomy.</summary>
    public SexLifeOrSexualOrientationDataAttribute()
        : base(GdprTaxonomy.SexLifeOrSexualOrientationData.Value)
    {
    }
}
