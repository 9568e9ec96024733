namespace LawfulBasis;

/// <summary>
/// Personal data classified somewhere the catalog's reflection cannot see: an EF Core model configured with
/// <c>HasPersonalData&lt;TCategory&gt;()</c> (LawfulBasis.EntityFrameworkCore), a shadow property, an entity of a library
/// the team cannot annotate. Add one to <see cref="LawfulBasisOptions.ClassificationSources"/>; the catalog merges its
/// classifications with the attributes of <see cref="LawfulBasisOptions.Assemblies"/> and checks them by the same
/// rules, so the record, access and erasure cover what is actually stored.
/// </summary>
public interface IClassificationSource
{
    /// <summary>A name for people, used in declaration problems: for example <c>"EF Core model of ClinicDb"</c>.</summary>
    string Name { get; }

    /// <summary>Reads the classifications; called once, when the catalog is built.</summary>
    /// <returns>One entry per classified member; a member may appear in several entries (they are merged).</returns>
    IEnumerable<MemberClassification> ReadClassifications();
}
