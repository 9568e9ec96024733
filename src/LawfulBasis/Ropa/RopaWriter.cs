namespace LawfulBasis.Ropa;

/// <summary>
/// Writes the Record of Processing Activities (GDPR Art. 30(1)) of a <see cref="ProcessingCatalog"/>: one processing
/// activity per purpose, with every Art. 30(1)(a)–(g) item, the lawful basis, the Art. 9 condition and the assessment
/// and legal references. A field with no declaration says so ("Not declared") instead of staying blank.
/// </summary>
/// <remarks>Output is deterministic: the same declarations always give the same bytes, so the record can be diffed and reviewed.</remarks>
public static class RopaWriter
{
    /// <summary>The version of the JSON schema; changes when a field is renamed or removed.</summary>
    public const string SchemaVersion = "1.0";

    /// <summary>Writes the record to <paramref name="output"/>.</summary>
    /// <param name="catalog">The declarations to describe.</param>
    /// <param name="format">The output format.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(ProcessingCatalog catalog, RopaFormat format, TextWriter output) => Write(catalog, format, output, trail: null);

    /// <summary>
    /// Writes the record to <paramref name="output"/>, with the audit trail's checkpoint signing key when
    /// <paramref name="trail"/> is given: Markdown, HTML and JSON then carry the public key, its id and how to verify the
    /// trail with it (<c>lawfulbasis verify --public-key</c>); CSV, one row per activity, does not.
    /// </summary>
    /// <param name="catalog">The declarations to describe.</param>
    /// <param name="format">The output format.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="trail">The trail's checkpoint signing key and witness, or null to leave the section out.</param>
    public static void Write(ProcessingCatalog catalog, RopaFormat format, TextWriter output, RopaTrailEvidence? trail)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(output);
        switch (format)
        {
            case RopaFormat.Json:
                RopaJson.Write(catalog, output, trail);
                break;
            case RopaFormat.Markdown:
                RopaMarkdown.Write(catalog, output, trail);
                break;
            case RopaFormat.Csv:
                RopaCsv.Write(catalog, output);
                break;
            case RopaFormat.Html:
                RopaHtml.Write(catalog, output, trail);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Use RopaFormat.Json, Markdown, Csv or Html.");
        }
    }

    /// <summary>Renders the record as a string.</summary>
    /// <param name="catalog">The declarations to describe.</param>
    /// <param name="format">The output format.</param>
    /// <returns>The record.</returns>
    public static string Render(ProcessingCatalog catalog, RopaFormat format) => Render(catalog, format, trail: null);

    /// <summary>Renders the record as a string, with <paramref name="trail"/> as <see cref="Write(ProcessingCatalog, RopaFormat, TextWriter, RopaTrailEvidence?)"/> writes it.</summary>
    internal static string Render(ProcessingCatalog catalog, RopaFormat format, RopaTrailEvidence? trail)
    {
        using var output = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(catalog, format, output, trail);
        return output.ToString();
    }
}
