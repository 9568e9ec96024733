namespace LawfulBasis.Rights;

/// <summary>Where the data a source holds comes from (Art. 14(2)(f), 15(1)(g)); decides what portability covers (Art. 20).</summary>
public enum DataProvenance
{
    /// <summary>Provided by the subject (forms, uploads): always covered by portability.</summary>
    ProvidedBySubject = 0,

    /// <summary>Observed from the subject's use of a service (activity, device data): covered by portability (EDPB WP242).</summary>
    ObservedFromSubject = 1,

    /// <summary>Derived or inferred by the controller (scores, profiles): not covered by portability.</summary>
    Derived = 2,

    /// <summary>Obtained from a third party or a public source: not covered by portability.</summary>
    ThirdParty = 3,
}
