namespace LawfulBasis.Ropa;

/// <summary>
/// The application's own Record of Processing Activities (Art. 30), as <c>AddLawfulBasis</c> registers it: the
/// declarations of its catalog and, when the host signs the trail's checkpoints
/// (<c>LawfulBasisOptions.SignCheckpoints</c>), the "Audit trail evidence" section with the public key the
/// trail is signed with and where its witness is kept (Art. 5(2)). Resolve it to produce the record in-process; the
/// privacy endpoints and the privacy center serve this one.
/// </summary>
public sealed class RecordOfProcessing
{
    /// <summary>A record of <paramref name="catalog"/>, with <paramref name="trailEvidence"/> when given.</summary>
    /// <param name="catalog">The declarations.</param>
    /// <param name="trailEvidence">The trail's checkpoint signing key and witness, or null when the trail is not signed.</param>
    public RecordOfProcessing(ProcessingCatalog catalog, RopaTrailEvidence? trailEvidence)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Catalog = catalog;
        TrailEvidence = trailEvidence;
    }

    /// <summary>The declarations the record describes.</summary>
    public ProcessingCatalog Catalog { get; }

    /// <summary>The trail's checkpoint signing key and witness, or null when the host does not sign checkpoints.</summary>
    public RopaTrailEvidence? TrailEvidence { get; }

    /// <summary>Writes the record; Markdown, HTML and JSON carry <see cref="TrailEvidence"/>, CSV (one row per activity) does not.</summary>
    /// <param name="format">The output format.</param>
    /// <param name="output">Where to write.</param>
    public void Write(RopaFormat format, TextWriter output) =>
        RopaWriter.Write(Catalog, format, output, format == RopaFormat.Csv ? null : TrailEvidence);

    /// <summary>Renders the record as a string (see <see cref="Write"/>).</summary>
    /// <param name="format">The output format.</param>
    /// <returns>The record.</returns>
    public string Render(RopaFormat format) => RopaWriter.Render(Catalog, format, format == RopaFormat.Csv ? null : TrailEvidence);
}
