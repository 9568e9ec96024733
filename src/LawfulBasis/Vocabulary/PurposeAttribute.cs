namespace LawfulBasis;

/// <summary>
/// Declares a type as a processing purpose (GDPR Art. 5(1)(b)) together with its lawful basis (Art. 6(1)) and
/// everything the Record of Processing Activities (Art. 30(1)) needs to say about it.
/// </summary>
/// <remarks>
/// A purpose is a type so that it cannot be misspelled, is found by "go to definition" and renamed by refactoring,
/// and is visible to the analyzer. Declare one empty class per purpose:
/// <code>
/// [Purpose("Invoice customers for orders", LegalBasis.Contract, Retention = "P10Y")]
/// public sealed class Billing;
/// </code>
/// The catalog and analyzer refuse a declaration that the GDPR does not allow (rule LB0003).
/// </remarks>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface, AllowMultiple = false, Inherited = false)]
public sealed class PurposeAttribute : Attribute
{
    /// <summary>Declares a purpose.</summary>
    /// <param name="description">What the processing is for, in words a data subject understands (Art. 13(1)(c)).</param>
    /// <param name="basis">The lawful basis of Art. 6(1) the processing relies on.</param>
    public PurposeAttribute(string description, LegalBasis basis)
    {
        Description = description;
        Basis = basis;
    }

    /// <summary>What the processing is for, in words a data subject understands.</summary>
    public string Description { get; }

    /// <summary>The lawful basis of Art. 6(1).</summary>
    public LegalBasis Basis { get; }

    /// <summary>
    /// The Art. 9(2) condition; required when the purpose uses special-category data. With <see cref="LegalBasis.Consent"/>
    /// it is <see cref="SpecialCategoryCondition.ExplicitConsent"/>, <see cref="SpecialCategoryCondition.NotForProfitBody"/>,
    /// <see cref="SpecialCategoryCondition.MadePublicBySubject"/> or <see cref="SpecialCategoryCondition.HealthOrSocialCare"/>.
    /// Under <see cref="SpecialCategoryCondition.ExplicitConsent"/> the gate requires an explicit consent receipt whatever the basis.
    /// </summary>
    public SpecialCategoryCondition Condition { get; set; }

    /// <summary>
    /// The law the processing rests on (Art. 6(3)), for example <c>"Code de commerce, art. L123-22"</c>. Required for
    /// <see cref="LegalBasis.LegalObligation"/> and <see cref="LegalBasis.PublicTask"/>, for the Art. 9(2)(b) (law or a
    /// collective agreement), (g), (i) and (j) conditions, for (h) unless <see cref="ContractReference"/> names the contract
    /// with a health professional, and for criminal-offence data (Art. 10).
    /// </summary>
    public string? LegalReference { get; set; }

    /// <summary>
    /// The contract or terms the processing is necessary for (Art. 6(1)(b)), for example <c>"Terms of sale v3"</c>; under
    /// the Art. 9(2)(h) condition, the contract with a health professional the processing rests on.
    /// </summary>
    public string? ContractReference { get; set; }

    /// <summary>
    /// The reference of the documented legitimate-interest assessment (purpose, necessity and balancing tests).
    /// Required for <see cref="LegalBasis.LegitimateInterests"/>.
    /// </summary>
    public string? AssessmentReference { get; set; }

    /// <summary>
    /// How long data is kept for this purpose, as an ISO 8601 duration (<c>P10Y</c>, <c>P6M</c>, <c>P30D</c>,
    /// <c>PT12H</c>); feeds Art. 30(1)(f) and Art. 15(1)(d). See <see cref="RetentionPeriod"/>.
    /// </summary>
    public string? Retention { get; set; }

    /// <summary>
    /// The personal-data categories the purpose uses: attribute types deriving from <see cref="PersonalDataAttribute"/>,
    /// for example <c>[typeof(ContactDataAttribute)]</c>. Categories of data that attach this purpose are added to these.
    /// </summary>
    public Type[] Categories { get; set; } = [];

    /// <summary>
    /// The categories of data subjects (Art. 30(1)(c)), for example <c>"customer"</c>. Subjects of the data types that
    /// attach this purpose (<see cref="DataSubjectAttribute"/>) are added to these.
    /// </summary>
    public string[] DataSubjects { get; set; } = [];

    /// <summary>The categories of recipients the data is disclosed to (Art. 30(1)(d)), for example <c>"payment processor"</c>.</summary>
    public string[] Recipients { get; set; } = [];

    /// <summary>
    /// The recipients by name, for example <c>"Colissimo (La Poste SA), parcel carrier"</c>. Access reports give them,
    /// because a subject may ask for the recipients' identities, not only their categories (Art. 15(1)(c), CJEU C-154/21).
    /// </summary>
    public string[] NamedRecipients { get; set; } = [];

    /// <summary>
    /// The legitimate interest pursued, for <see cref="LegalBasis.LegitimateInterests"/>, as the privacy notice must state
    /// it (Art. 13(1)(d), 14(2)(b)); the notice uses <see cref="Description"/> when it is not declared.
    /// </summary>
    public string? Interest { get; set; }

    /// <summary>
    /// Where data not obtained from the data subject comes from, for example <c>"credit reference agency"</c>; null
    /// when the subject provides it. Privacy notices then follow Art. 14 (categories and source, 14(1)(d), 14(2)(f)).
    /// </summary>
    public string? DataSource { get; set; }

    /// <summary>
    /// The Art. 17(3) exception that lets this purpose keep data despite an erasure request; requires
    /// <see cref="ErasureExceptionReference"/>. A <see cref="LegalBasis.LegalObligation"/> or <see cref="LegalBasis.PublicTask"/>
    /// purpose implies <see cref="LawfulBasis.ErasureException.LegalObligationOrPublicTask"/> with its legal reference.
    /// </summary>
    public ErasureException ErasureException { get; set; }

    /// <summary>Where the erasure exception is documented: the law, the claim, the research protocol (Art. 17(3), 5(2)).</summary>
    public string? ErasureExceptionReference { get; set; }

    /// <summary>
    /// The reference of the data protection impact assessment (Art. 35). Required when the purpose makes automated
    /// decisions (35(3)(a)), processes special-category or criminal data on a large scale (35(3)(b)) or systematically
    /// monitors a publicly accessible area on a large scale (35(3)(c)).
    /// </summary>
    public string? DpiaReference { get; set; }

    /// <summary>Whether the purpose processes data on a large scale (Art. 35(3)(b), Recital 91); with special-category or criminal data it needs a DPIA.</summary>
    public bool LargeScale { get; set; }

    /// <summary>Whether the purpose systematically monitors a publicly accessible area on a large scale (Art. 35(3)(c)); it needs a DPIA.</summary>
    public bool SystematicMonitoring { get; set; }

    /// <summary>
    /// Whether the purpose is direct marketing. An objection to direct marketing is absolute (Art. 21(2)–(3)): once a
    /// subject objects, the gate refuses the purpose whatever its basis.
    /// </summary>
    public bool DirectMarketing { get; set; }

    /// <summary>
    /// When the purpose makes decisions based solely on automated processing with legal or similarly significant
    /// effects (Art. 22): the logic involved, its significance and the envisaged consequences, as access reports must
    /// tell the subject (Art. 15(1)(h)). Null when it makes none. Such decisions are allowed only when necessary for a
    /// contract (22(2)(a), basis <see cref="LegalBasis.Contract"/>), authorised by law (22(2)(b), a <see cref="LegalReference"/>)
    /// or based on explicit consent (22(2)(c)); on special-category data only under Art. 9(2)(a) or (g) (22(4)).
    /// </summary>
    public string? AutomatedDecision { get; set; }
}
