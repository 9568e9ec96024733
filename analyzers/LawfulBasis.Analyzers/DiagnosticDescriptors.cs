using Microsoft.CodeAnalysis;

namespace LawfulBasis.Analyzers;

/// <summary>Every rule LawfulBasis reports: ids, titles, messages, default severities and help links in one place.</summary>
internal static class DiagnosticDescriptors
{
    private const string HelpRoot = "https://github.com/lawfulbasis/lawfulbasis/blob/main/docs/rules/";

    public static readonly DiagnosticDescriptor PersonalDataWithoutPurpose = Create(
        "LB0001",
        "Personal data is processed with no declared purpose",
        "'{0}' ({1}) {2}",
        "LawfulBasis.Lawfulness",
        DiagnosticSeverity.Warning,
        "Every processing of personal data needs a lawful basis (Art. 6(1)) and a specified purpose (Art. 5(1)(b)), and must be attributable to one purpose. Declare the purpose the code serves with [ProcessingFor<TPurpose>] on the method, lambda, its type or the assembly; code touching data bound to exactly one purpose inherits it, data bound to several makes the code say which one it serves.");

    public static readonly DiagnosticDescriptor SpecialCategoryWithoutCondition = Create(
        "LB0002",
        "Special-category or criminal-offence data is processed under a purpose that does not allow it",
        "'{0}' ({1}) is processed for purpose '{2}', which {3}",
        "LawfulBasis.Lawfulness",
        DiagnosticSeverity.Error,
        "Special categories of personal data (Art. 9(1)) may be processed only under an Art. 9(2) condition in addition to an Art. 6 basis; criminal-offence data (Art. 10) only under official authority or a law that authorises it.");

    public static readonly DiagnosticDescriptor InvalidDeclaration = Create(
        "LB0003",
        "The purpose declaration breaks a GDPR rule",
        "{0}",
        "LawfulBasis.Declarations",
        DiagnosticSeverity.Error,
        "The same rules the run-time ProcessingCatalog enforces, reported at compile time: assessment and legal references, Art. 9 conditions, retention syntax, transfer safeguards, and ProcessingFor<T> naming a purpose.");

    public static readonly DiagnosticDescriptor UnclassifiedPersonalData = Create(
        "LB0004",
        "This member looks like personal data but is not classified",
        "'{0}' {2}; classify it with [{1}] so that its processing is checked and it is redacted in logs",
        "LawfulBasis.Discovery",
        DiagnosticSeverity.Info,
        "Personal data that carries no classification escapes every other check: lawful basis, purpose limitation, logging and access requests. The member's name and type suggest personal data, or the type it sits on is about one person (a person's record, or a record that refers to one) and the member describes them: any information relating to an identifiable person is personal data (GDPR Art. 4(1)).");

    public static readonly DiagnosticDescriptor PersonalDataInLog = Create(
        "LB0005",
        "Personal data is written to a log without redaction",
        "'{0}' ({1}) is written to {2} without redaction; log a non-personal identifier instead, or use a [LoggerMessage] method whose parameter is classified so the redactor applies",
        "LawfulBasis.Confidentiality",
        DiagnosticSeverity.Warning,
        "Logs are copied, shipped and kept far longer than the data they describe (Art. 5(1)(e), 5(1)(f), 32). Personal data written to them escapes erasure and access requests.");

    public static readonly DiagnosticDescriptor PurposeLimitation = Create(
        "LB0006",
        "Personal data is used for a purpose it was not collected for",
        "'{0}' ({1}) is used for purpose '{2}', but {3} (GDPR Art. 5(1)(b),(c)); bind the data to '{2}' or record a compatibility assessment (Art. 6(4))",
        "LawfulBasis.PurposeLimitation",
        DiagnosticSeverity.Warning,
        "Personal data collected for specified purposes must not be further processed in a manner incompatible with them (Art. 5(1)(b)), and a purpose may use only the categories it needs (Art. 5(1)(c)).");

    public static readonly DiagnosticDescriptor UngatedEndpoint = Create(
        "LB0007",
        "An endpoint processes personal data with no gate decision",
        "{0} reads '{1}' ({2}) but no gate decides whether that is lawful now for this person; add .RequirePurpose<TPurpose>(subject: \"<route parameter>\"), or [ProcessingFor<TPurpose>] with [ProcessingSubject], or call IProcessingGate in the handler",
        "LawfulBasis.Lawfulness",
        DiagnosticSeverity.Warning,
        "A declared purpose says the processing may be lawful; only the gate says it is lawful now for this person: consent given and not withdrawn (Art. 7(3)), no objection (Art. 21), no restriction (Art. 18), not erased (Art. 17), within retention (Art. 5(1)(e)). An endpoint that serves one data subject's personal data must ask it.");

    // The inventory rules report what a privacy review needs to see, not defects. Off by default; `lawfulbasis scan`
    // turns them on to build its report.
    public static readonly DiagnosticDescriptor PersonalDataInventory = Create(
        "LB0100",
        "Personal data inventory",
        "'{0}' holds {1} ({2})",
        "LawfulBasis.Inventory",
        DiagnosticSeverity.Info,
        "Every member that holds personal data, with its categories, for the records of processing (Art. 30(1)(c)); reported only by `lawfulbasis scan`.",
        isEnabledByDefault: false);

    public static readonly DiagnosticDescriptor ProcessingSiteInventory = Create(
        "LB0101",
        "Processing site inventory",
        "'{0}' ({1}) is processed for purpose '{2}' on the basis of {3}",
        "LawfulBasis.Inventory",
        DiagnosticSeverity.Info,
        "Every place code touches personal data under a declared purpose, with the purpose's lawful basis (Art. 6(1)); reported only by `lawfulbasis scan`.",
        isEnabledByDefault: false);

    // The high-confidence subset of LB0004, as a warning: a suggestion (Info) never shows in a command-line build.
    public static readonly DiagnosticDescriptor LikelyPersonalData = Create(
        "LB0008",
        "This member is very likely personal data but is not classified",
        "'{0}' is very likely {1}; classify it with [{1}] so that its processing is checked and it is redacted in logs, or mark it [NoDataClassification]",
        "LawfulBasis.Discovery",
        DiagnosticSeverity.Warning,
        "The member's name leaves little doubt that it holds personal data (an e-mail, a birth date, a card's security number, a face template), yet no category classifies it, so no rule checks its processing. The same finding as LB0004, limited to names that are personal data wherever they appear.");

    public static readonly DiagnosticDescriptor RecipientsNotDeclared = Create(
        "LB0009",
        "Personal data is sent to another party under a purpose that names no recipients",
        "'{0}' ({1}) is sent to another party for purpose '{2}', which names no recipients: add Recipients to its [Purpose] (GDPR Art. 13(1)(e), 30(1)(d))",
        "LawfulBasis.Transparency",
        DiagnosticSeverity.Warning,
        "A purpose's Recipients (and NamedRecipients) feed the records of processing (Art. 30(1)(d)) and the privacy notice (Art. 13(1)(e), 14(1)(e)); access requests give them (Art. 15(1)(c)). Code that posts personal data to another party over HTTP under a purpose that names no recipients makes all three false.");

    private static DiagnosticDescriptor Create(
        string id, string title, string message, string category, DiagnosticSeverity severity, string description, bool isEnabledByDefault = true) =>
        new(id, title, message, category, severity, isEnabledByDefault, description, HelpRoot + id + ".md");
}
