namespace LawfulBasis.EntityFrameworkCore;

/// <summary>The names of the EF Core model annotations that carry classifications (values: <see cref="Type"/> arrays).</summary>
internal static class ModelAnnotations
{
    /// <summary>The category attribute types of a property.</summary>
    public const string Categories = "LawfulBasis:Categories";

    /// <summary>The purpose types of a property.</summary>
    public const string Purposes = "LawfulBasis:Purposes";
}
