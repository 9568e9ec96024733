using System.Collections.Generic;

namespace LawfulBasis.Shared;

/// <summary>
/// What the purpose rules need to know about one purpose declaration, read from reflection at run time or from
/// attribute metadata at build time.
/// </summary>
internal sealed class PurposeFacts
{
    public PurposeFacts(string name, string? description, LegalBasis basis)
    {
        Name = name;
        Description = description;
        Basis = basis;
    }

    public string Name { get; }
    public string? Description { get; }
    public LegalBasis Basis { get; }
    public SpecialCategoryCondition Condition { get; set; }
    public string? LegalReference { get; set; }
    public string? AssessmentReference { get; set; }
    public string? ContractReference { get; set; }
    public string? Retention { get; set; }

    /// <summary>Whether the purpose makes solely automated decisions with legal or similarly significant effects (Art. 22).</summary>
    public bool MakesAutomatedDecisions { get; set; }

    public ErasureException ErasureException { get; set; }
    public string? ErasureExceptionReference { get; set; }
    public string? DpiaReference { get; set; }
    public bool LargeScale { get; set; }
    public bool SystematicMonitoring { get; set; }

    /// <summary>The first special category (Art. 9) the purpose uses, or null when it uses none.</summary>
    public string? SpecialCategory { get; set; }

    /// <summary>Whether the purpose uses criminal-offence data (Art. 10).</summary>
    public bool UsesCriminalData { get; set; }

    /// <summary>Whether the controller declared itself a public authority.</summary>
    public bool ControllerIsPublicAuthority { get; set; }

    public List<TransferFacts> Transfers { get; } = new List<TransferFacts>();
}

/// <summary>One declared international transfer of a purpose.</summary>
internal sealed class TransferFacts
{
    public TransferFacts(string? country, TransferSafeguard safeguard, string? reference, TransferDerogation derogation = TransferDerogation.None)
    {
        Country = country;
        Safeguard = safeguard;
        Reference = reference;
        Derogation = derogation;
    }

    public string? Country { get; }
    public TransferSafeguard Safeguard { get; }
    public string? Reference { get; }
    public TransferDerogation Derogation { get; }
}

/// <summary>One broken rule: a stable rule name, the article it enforces and a message that says how to fix it.</summary>
internal sealed class RuleViolation
{
    public RuleViolation(string rule, string article, string message)
    {
        Rule = rule;
        Article = article;
        Message = message;
    }

    public string Rule { get; }
    public string Article { get; }
    public string Message { get; }
}
