using LawfulBasis.Rights;
using Microsoft.Extensions.Options;

namespace LawfulBasis;

/// <summary>
/// Refuses to start when a <see cref="DataSubjectAttribute"/> type has neither a registered
/// <see cref="ISubjectDataSource"/> nor a reasoned exemption: such data could not be found for an access request or
/// deleted for an erasure request (Art. 12, 15, 17).
/// </summary>
internal sealed class SubjectRightsValidator(IEnumerable<ISubjectDataSource> sources) : IValidateOptions<LawfulBasisOptions>
{
    public ValidateOptionsResult Validate(string? name, LawfulBasisOptions options)
    {
        if (options.Assemblies.Count == 0)
        {
            return ValidateOptionsResult.Skip; // reported by the options validator
        }

        var answered = sources.Select(s => s.DataType).ToHashSet();
        var failures = options.ReadCatalog().Catalog.DataTypes
            .Where(t => t.SubjectCategory is not null && !answered.Contains(t.Type) && !options.SubjectRequestExemptions.ContainsKey(t.Type))
            .Select(t => $"No way to answer access or erasure requests for `{t.Name}` (Art. 12, 15, 17): register a source with services.AddSubjectDataSource<...>() whose DataType is {t.Name}, or exempt it with options.ExemptFromSubjectRequests<{t.Name}>(reason).")
            .ToList();
        failures.AddRange(sources.GroupBy(s => s.Name, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"Two subject data sources are both named \"{g.Key}\": receipts and access reports name sources, so give each a distinct Name."));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
