using LawfulBasis.Rights;
using LawfulBasis.Ropa;
using LawfulBasis.Shared;

namespace LawfulBasis.Notice;

/// <summary>What the notice says about one purpose, in the subject's words, shared by the Markdown, HTML and JSON writers.</summary>
internal static class NoticeWording
{
    /// <summary>Art. 13 when the subject provides the data, Art. 14 when it comes from elsewhere.</summary>
    public static string InformationArticle(PurposeDeclaration purpose) => purpose.DataSource is null ? "Art. 13" : "Art. 14";

    /// <summary>Art. 13(1)(d), 14(2)(b): the legitimate interest pursued; the description when no interest is declared.</summary>
    public static string? LegitimateInterest(PurposeDeclaration purpose) =>
        purpose.Basis == LegalBasis.LegitimateInterests ? purpose.Interest ?? purpose.Description : null;

    /// <summary>Art. 13(2)(e): whether providing the data is required, and what happens if it is not provided.</summary>
    public static string Requirement(PurposeDeclaration purpose) => purpose switch
    {
        { DataSource: not null } => "Not applicable: this data is not obtained from you.",
        { Basis: LegalBasis.Contract } => "A contractual requirement, or needed to enter into the contract: without it the contract cannot be concluded or performed.",
        { Basis: LegalBasis.LegalObligation } => $"A statutory requirement ({purpose.LegalReference}): without it we cannot meet that obligation.",
        { Basis: LegalBasis.Consent } => "Voluntary: nothing is processed for this purpose unless you consent, and refusing has no other consequence.",
        _ => "Neither a statutory nor a contractual requirement.",
    };

    /// <summary>Art. 13(1)(f), 14(1)(f): a transfer, its safeguard and where a copy of it can be obtained.</summary>
    public static string Transfer(TransferDeclaration transfer, ControllerDeclaration? controller)
    {
        var text = $"{transfer.Country}: {RopaWording.Safeguard(transfer)}";
        if (transfer.Recipient is not null)
        {
            text += $", to {transfer.Recipient}";
        }

        return transfer.LeavesEuropeanEconomicArea && transfer.Safeguard is not (TransferSafeguard.AdequacyDecision or TransferSafeguard.None)
            ? $"{text}. A copy of the safeguards can be obtained from {controller?.Contact ?? "the controller"}."
            : text + ".";
    }

    /// <summary>Art. 13(2)(f): automated decisions, their logic, significance and consequences, and what allows them.</summary>
    public static string? AutomatedDecision(PurposeDeclaration purpose) => purpose.AutomatedDecision is null
        ? null
        : $"{purpose.AutomatedDecision} (allowed by {purpose.AutomatedDecisionGround ?? "Art. 22(2)"}).{(HumanIntervention(purpose) ? " You may obtain human intervention, express your point of view and contest the decision (Art. 22(3))." : " The law that authorises it lays down the measures that protect you (Art. 22(2)(b)).")}";

    /// <summary>Whether Art. 22(3) applies: decisions based on a contract or explicit consent.</summary>
    public static bool HumanIntervention(PurposeDeclaration purpose) => purpose.AutomatedDecisionGround is "Art. 22(2)(a)" or "Art. 22(2)(c)";

    public static string Basis(PurposeDeclaration purpose) => DeclarationWording.Basis(purpose.Basis);

    public static string? Condition(PurposeDeclaration purpose) =>
        purpose.Condition == SpecialCategoryCondition.None ? null : RopaWording.Condition(purpose);

    public static string Retention(PurposeDeclaration purpose) => purpose.Retention is { } retention
        ? $"{retention.Describe()} from collection or from the event the data records"
        : "Not declared";

    public static IReadOnlyList<SubjectRight> RightsOf(PrivacyNotice notice) => SubjectRights.RightsFor(notice.Purposes);

    public const string Complaint = SubjectRights.Complaint;

    public static string ConditionArticle(PurposeDeclaration purpose) => PurposeRules.ArticleOf(purpose.Condition);
}
