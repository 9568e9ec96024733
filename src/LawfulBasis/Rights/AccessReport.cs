namespace LawfulBasis.Rights;

/// <summary>
/// The answer to an access request: every item of Art. 15(1)(a)–(h), the transfer safeguards of 15(2), a copy of the
/// data from every source (15(3)) and the subject's processing history from the audit trail.
/// </summary>
/// <param name="RequestId">The request answered.</param>
/// <param name="SubjectId">The data subject.</param>
/// <param name="GeneratedAt">When the report was made.</param>
/// <param name="Controller">Who the controller is, and how to reach the DPO.</param>
/// <param name="Purposes">(a) the purposes, with their basis, (c) recipients, (d) retention and (h) automated decisions.</param>
/// <param name="Categories">(b) the categories of personal data.</param>
/// <param name="Transfers">(c) and 15(2): transfers to third countries and their safeguards.</param>
/// <param name="Rights">(e) the rights the subject has, derived from each purpose's basis.</param>
/// <param name="ComplaintRight">(f) the right to lodge a complaint with a supervisory authority.</param>
/// <param name="Sources">(g) where the data comes from, with (15(3)) a copy of it.</param>
/// <param name="History">The subject's processing history, found in the audit trail through their pseudonym.</param>
public sealed record AccessReport(
    Guid RequestId,
    string SubjectId,
    DateTimeOffset GeneratedAt,
    ControllerDeclaration? Controller,
    IReadOnlyList<AccessPurpose> Purposes,
    IReadOnlyList<DataCategory> Categories,
    IReadOnlyList<TransferDeclaration> Transfers,
    IReadOnlyList<SubjectRight> Rights,
    string ComplaintRight,
    IReadOnlyList<SourceCopy> Sources,
    IReadOnlyList<HistoryEntry> History);

/// <summary>One purpose the subject's data is processed for.</summary>
/// <param name="Name">The purpose.</param>
/// <param name="Description">What it is for.</param>
/// <param name="Basis">The Art. 6(1) basis.</param>
/// <param name="BasisArticle">For example <c>Art. 6(1)(b)</c>.</param>
/// <param name="Condition">The Art. 9(2) condition, or <see cref="SpecialCategoryCondition.None"/>.</param>
/// <param name="Recipients">The recipients.</param>
/// <param name="Retention">How long the data is kept, in words, or "Not declared".</param>
/// <param name="AutomatedDecision">The logic, significance and consequences of automated decisions (Art. 22), or null when none is made.</param>
/// <param name="NamedRecipients">The recipients by name (<see cref="PurposeAttribute.NamedRecipients"/>): the subject may ask for their identities (Art. 15(1)(c), CJEU C-154/21).</param>
public sealed record AccessPurpose(
    string Name,
    string Description,
    LegalBasis Basis,
    string BasisArticle,
    SpecialCategoryCondition Condition,
    IReadOnlyList<string> Recipients,
    string Retention,
    string? AutomatedDecision,
    IReadOnlyList<string> NamedRecipients);

/// <summary>A right the subject has, and the purposes it applies to.</summary>
/// <param name="Name">For example <c>Erasure</c>.</param>
/// <param name="Article">For example <c>Art. 17</c>.</param>
/// <param name="Purposes">The purposes it applies to; empty when it applies to all.</param>
/// <param name="Note">A limit or condition, if any.</param>
public sealed record SubjectRight(string Name, string Article, IReadOnlyList<string> Purposes, string? Note);

/// <summary>A copy of what one source holds about the subject.</summary>
/// <param name="Source">The source's name.</param>
/// <param name="DataType">The personal-data type.</param>
/// <param name="Provenance">Where the data comes from.</param>
/// <param name="Records">The records.</param>
public sealed record SourceCopy(string Source, string DataType, DataProvenance Provenance, IReadOnlyList<object> Records);
