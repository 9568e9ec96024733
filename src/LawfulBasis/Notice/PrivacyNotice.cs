using System.Security.Cryptography;
using System.Text;

namespace LawfulBasis.Notice;

/// <summary>
/// The privacy notice for one kind of data subject (GDPR Art. 13 and 14), generated from the declarations: who the
/// controller and DPO are, each purpose with its basis (and the legitimate interest pursued), recipients, transfers and
/// safeguards, retention, whether providing the data is required, automated decisions, where data not obtained from the
/// subject comes from, and the rights that apply per basis — objection set apart, as Art. 21(4) requires.
/// </summary>
/// <remarks>
/// <see cref="Version"/> is a hash of the notice's content: record it with consent
/// (<c>consents.Give&lt;Newsletter&gt;(id, mechanism, noticeVersion: notice.Version)</c>) so the receipt names the exact
/// text the subject was informed by. Any change to the declarations that changes the notice changes the version.
/// </remarks>
public sealed class PrivacyNotice
{
    /// <summary>The version of the JSON schema; changes when a field is renamed or removed.</summary>
    public const string SchemaVersion = "1.0";

    private readonly string _json;

    private PrivacyNotice(ProcessingCatalog catalog, string dataSubject, IReadOnlyList<PurposeDeclaration> purposes)
    {
        Catalog = catalog;
        DataSubject = dataSubject;
        Purposes = purposes;
        var content = NoticeJson.Write(this, version: null);
        Version = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)))[..32];
        _json = NoticeJson.Write(this, Version);
    }

    /// <summary>The kind of data subject the notice is for, for example <c>customer</c>.</summary>
    public string DataSubject { get; }

    /// <summary>The purposes that concern this kind of subject, ordered by name.</summary>
    public IReadOnlyList<PurposeDeclaration> Purposes { get; }

    /// <summary>
    /// A hash of the notice's content (<c>sha256:</c> and 32 hex digits): the same declarations always give the same
    /// version, and any change to what the notice says gives another.
    /// </summary>
    public string Version { get; }

    internal ProcessingCatalog Catalog { get; }

    /// <summary>
    /// One notice per kind of data subject declared (<see cref="DataSubjectAttribute"/> or a purpose's
    /// <c>DataSubjects</c>). Purposes that name no kind of subject are in every notice, since nothing says whom they spare.
    /// </summary>
    /// <param name="catalog">The declarations.</param>
    /// <returns>The notices, ordered by kind of subject.</returns>
    public static IReadOnlyList<PrivacyNotice> For(ProcessingCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var subjects = catalog.Purposes.SelectMany(p => p.DataSubjects)
            .Concat(catalog.DataTypes.Select(t => t.SubjectCategory).OfType<string>())
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        return subjects.Length == 0 ? [new PrivacyNotice(catalog, "data subject", catalog.Purposes)] : [.. subjects.Select(s => For(catalog, s))];
    }

    /// <summary>The notice for one kind of data subject.</summary>
    /// <param name="catalog">The declarations.</param>
    /// <param name="dataSubject">The kind of subject, for example <c>customer</c>.</param>
    /// <returns>The notice.</returns>
    /// <exception cref="ArgumentException">No purpose concerns that kind of subject; the message lists those that exist.</exception>
    public static PrivacyNotice For(ProcessingCatalog catalog, string dataSubject)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentException.ThrowIfNullOrWhiteSpace(dataSubject);
        var purposes = catalog.Purposes.Where(p => p.DataSubjects.Count == 0 || p.DataSubjects.Contains(dataSubject, StringComparer.Ordinal)).ToArray();
        if (!catalog.Purposes.Any(p => p.DataSubjects.Contains(dataSubject, StringComparer.Ordinal))
            && !catalog.DataTypes.Any(t => t.SubjectCategory == dataSubject))
        {
            var known = catalog.Purposes.SelectMany(p => p.DataSubjects).Concat(catalog.DataTypes.Select(t => t.SubjectCategory).OfType<string>())
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            throw new ArgumentException(
                $"No declaration concerns data subjects \"{dataSubject}\"; the declared kinds are: {string.Join(", ", known.DefaultIfEmpty("none"))}. Name one of them, or declare [DataSubject(\"{dataSubject}\")] on a type.",
                nameof(dataSubject));
        }

        return new PrivacyNotice(catalog, dataSubject, purposes);
    }

    /// <summary>Renders the notice.</summary>
    /// <param name="format">Markdown, HTML or JSON.</param>
    /// <returns>The text; the same notice always gives the same bytes.</returns>
    public string Render(NoticeFormat format)
    {
        if (format == NoticeFormat.Json)
        {
            return _json;
        }

        using var output = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        switch (format)
        {
            case NoticeFormat.Markdown:
                NoticeLayout.WriteMarkdown(this, output);
                break;
            case NoticeFormat.Html:
                NoticeLayout.WriteHtml(this, output);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Use NoticeFormat.Markdown, Html or Json.");
        }

        return output.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => $"Privacy notice for {DataSubject} ({Version})";
}
