using System.Text.Json;
using LawfulBasis.Shared;

namespace LawfulBasis;

/// <summary>A purpose's fields as the trail writes them, encoded once rather than on every event.</summary>
internal sealed class AuditedPurpose
{
    public AuditedPurpose(PurposeDeclaration declaration)
    {
        Declaration = declaration;
        Id = JsonEncodedText.Encode(declaration.Id);
        Basis = JsonEncodedText.Encode(declaration.Basis.ToString());
        Condition = declaration.Condition == SpecialCategoryCondition.None ? null : JsonEncodedText.Encode(declaration.Condition.ToString());
        Categories = [.. declaration.Categories.Select(c => JsonEncodedText.Encode(c.Name))];
        BasisArticle = PurposeRules.ArticleOf(declaration.Basis);
        Allowed = $"{declaration.Basis} purpose `{declaration.Name}`";
    }

    /// <summary>For a type the catalog does not know: recorded, then denied.</summary>
    public AuditedPurpose(Type undeclared)
    {
        Id = JsonEncodedText.Encode(undeclared.FullName ?? undeclared.Name);
        Basis = JsonEncodedText.Encode("None");
        Categories = [];
        BasisArticle = "Art. 6(1)";
        Allowed = string.Empty;
    }

    public PurposeDeclaration? Declaration { get; }
    public JsonEncodedText Id { get; }
    public JsonEncodedText Basis { get; }
    public JsonEncodedText? Condition { get; }
    public JsonEncodedText[] Categories { get; }
    public string BasisArticle { get; }

    /// <summary>The explanation of an allowed decision, built once.</summary>
    public string Allowed { get; }
}
