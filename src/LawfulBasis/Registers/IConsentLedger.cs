namespace LawfulBasis.Registers;

/// <summary>
/// Consent per subject and purpose (Art. 7): given and withdrawn through equally simple calls (7(3)), with the full
/// history kept so consent can be demonstrated later (7(1)). The gate reads it on every operation under a purpose whose
/// basis is <see cref="LegalBasis.Consent"/> or whose Art. 9 condition is <see cref="SpecialCategoryCondition.ExplicitConsent"/>.
/// </summary>
public interface IConsentLedger
{
    /// <summary>Records that the subject gave consent for <typeparamref name="TPurpose"/>.</summary>
    /// <typeparam name="TPurpose">A purpose whose basis is <see cref="LegalBasis.Consent"/> or whose condition is <see cref="SpecialCategoryCondition.ExplicitConsent"/>.</typeparam>
    /// <param name="subjectId">The data subject.</param>
    /// <param name="mechanism">How it was obtained, for example <c>"signup form, unticked checkbox"</c>.</param>
    /// <param name="noticeVersion">
    /// The privacy notice shown: pass <see cref="Notice.PrivacyNotice.Version"/> so the receipt names the exact text the
    /// subject was informed by (Art. 7(1), 13).
    /// </param>
    /// <param name="isExplicit">Whether it was explicit consent (an express statement), as special-category data requires.</param>
    /// <returns>The recorded receipt.</returns>
    /// <exception cref="ArgumentException">The purpose is not declared, or relies neither on consent nor on explicit consent; the subject is empty.</exception>
    ConsentRecord Give<TPurpose>(string subjectId, string mechanism, string? noticeVersion = null, bool isExplicit = false);

    /// <summary>Records that the subject withdrew consent for <typeparamref name="TPurpose"/>; later operations are denied.</summary>
    /// <typeparam name="TPurpose">A purpose whose basis is <see cref="LegalBasis.Consent"/> or whose condition is <see cref="SpecialCategoryCondition.ExplicitConsent"/>.</typeparam>
    /// <param name="subjectId">The data subject.</param>
    /// <param name="mechanism">How it was withdrawn, for example <c>"account settings toggle"</c>.</param>
    /// <returns>The recorded receipt.</returns>
    ConsentRecord Withdraw<TPurpose>(string subjectId, string mechanism);

    /// <summary>The subject's current consent for a purpose: the latest receipt, or null when none was ever recorded.</summary>
    /// <param name="subjectId">The data subject.</param>
    /// <param name="purpose">The purpose.</param>
    /// <returns>The latest receipt, or null.</returns>
    ConsentRecord? Current(string subjectId, PurposeDeclaration purpose);

    /// <summary>Every receipt for the subject, oldest first.</summary>
    /// <param name="subjectId">The data subject.</param>
    /// <returns>The history.</returns>
    IReadOnlyList<ConsentRecord> History(string subjectId);
}
