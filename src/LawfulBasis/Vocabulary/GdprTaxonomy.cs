using Microsoft.Extensions.Compliance.Classification;

namespace LawfulBasis;

/// <summary>
/// The <c>GDPR</c> data-classification taxonomy: one <see cref="DataClassification"/> per built-in personal-data
/// category. Use these to configure redactors, for example
/// <c>redaction.SetRedactor&lt;ErasingRedactor&gt;(new DataClassificationSet(GdprTaxonomy.HealthData))</c>.
/// </summary>
public static class GdprTaxonomy
{
    /// <summary>The taxonomy name shared by every built-in category: <c>GDPR</c>.</summary>
    public const string TaxonomyName = "GDPR";

    /// <summary>A person's name: given, family, full or display name, initials.</summary>
    public static DataClassification NameData { get; } = new(TaxonomyName, nameof(NameData));

    /// <summary>Contact details: e-mail address, telephone number, messaging handle.</summary>
    public static DataClassification ContactData { get; } = new(TaxonomyName, nameof(ContactData));

    /// <summary>A postal or residential address, or one of its parts (street, city, postcode).</summary>
    public static DataClassification AddressData { get; } = new(TaxonomyName, nameof(AddressData));

    /// <summary>An identifier issued by a public authority: national identity or social-security number, passport, driving-licence or tax number.</summary>
    public static DataClassification GovernmentIdentifierData { get; } = new(TaxonomyName, nameof(GovernmentIdentifierData));

    /// <summary>An online identifier (Art. 4(1), Recital 30): IP or MAC address, device id, cookie or advertising id.</summary>
    public static DataClassification OnlineIdentifierData { get; } = new(TaxonomyName, nameof(OnlineIdentifierData));

    /// <summary>Account data next to credentials: user name, login history, security questions, account settings.</summary>
    public static DataClassification AccountData { get; } = new(TaxonomyName, nameof(AccountData));

    /// <summary>Financial data: bank account (IBAN), payment card number, income, credit history, transactions.</summary>
    public static DataClassification FinancialData { get; } = new(TaxonomyName, nameof(FinancialData));

    /// <summary>Location data (Art. 4(1)): geographic coordinates, tracked positions, places visited.</summary>
    public static DataClassification LocationData { get; } = new(TaxonomyName, nameof(LocationData));

    /// <summary>Demographic data: date of birth, age, gender, nationality, marital status.</summary>
    public static DataClassification DemographicData { get; } = new(TaxonomyName, nameof(DemographicData));

    /// <summary>Behavioural and usage data: browsing and purchase history, preferences, profiles (Art. 4(4)).</summary>
    public static DataClassification BehaviouralData { get; } = new(TaxonomyName, nameof(BehaviouralData));

    /// <summary>Content the person created or sent: messages, posts, documents, free text.</summary>
    public static DataClassification ContentData { get; } = new(TaxonomyName, nameof(ContentData));

    /// <summary>Photographs, video or voice recordings of a person. Only biometric data when processed by specific technical means to identify the person (Recital 51): use BiometricData for templates.</summary>
    public static DataClassification ImageData { get; } = new(TaxonomyName, nameof(ImageData));

    /// <summary>Employment data: employer, job title, salary, performance, absence records.</summary>
    public static DataClassification EmploymentData { get; } = new(TaxonomyName, nameof(EmploymentData));

    /// <summary>Data revealing racial or ethnic origin (Art. 9(1)).</summary>
    public static DataClassification RacialOrEthnicOriginData { get; } = new(TaxonomyName, nameof(RacialOrEthnicOriginData));

    /// <summary>Data revealing political opinions (Art. 9(1)).</summary>
    public static DataClassification PoliticalOpinionData { get; } = new(TaxonomyName, nameof(PoliticalOpinionData));

    /// <summary>Data revealing religious or philosophical beliefs (Art. 9(1)).</summary>
    public static DataClassification ReligiousOrPhilosophicalBeliefData { get; } = new(TaxonomyName, nameof(ReligiousOrPhilosophicalBeliefData));

    /// <summary>Data revealing trade-union membership (Art. 9(1)).</summary>
    public static DataClassification TradeUnionMembershipData { get; } = new(TaxonomyName, nameof(TradeUnionMembershipData));

    /// <summary>Genetic data (Art. 4(13), 9(1)): inherited or acquired genetic characteristics from the analysis of a biological sample.</summary>
    public static DataClassification GeneticData { get; } = new(TaxonomyName, nameof(GeneticData));

    /// <summary>Biometric data processed to uniquely identify a person (Art. 4(14), 9(1)): face templates and embeddings, fingerprints, voice prints.</summary>
    public static DataClassification BiometricData { get; } = new(TaxonomyName, nameof(BiometricData));

    /// <summary>Data concerning health (Art. 4(15), 9(1)): physical or mental health, including the provision of health care.</summary>
    public static DataClassification HealthData { get; } = new(TaxonomyName, nameof(HealthData));

    /// <summary>Data concerning a person's sex life or sexual orientation (Art. 9(1)).</summary>
    public static DataClassification SexLifeOrSexualOrientationData { get; } = new(TaxonomyName, nameof(SexLifeOrSexualOrientationData));

    /// <summary>Personal data relating to criminal convictions and offences or related security measures (Art. 10).</summary>
    public static DataClassification CriminalData { get; } = new(TaxonomyName, nameof(CriminalData));
}
