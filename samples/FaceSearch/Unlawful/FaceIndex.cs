using LawfulBasis;

namespace FaceSearch.Unlawful;

/// <summary>The "legitimate interest" Clearview claimed: an economic one, for a massive and intrusive processing.</summary>
[Purpose("Sell a search engine over faces found online", LegalBasis.LegitimateInterests, AssessmentReference = "none beyond our business interest")]
public sealed class FaceSearchService;

/// <summary>A face template computed from a scraped photograph: biometric data (Art. 4(14), 9(1)).</summary>
public sealed class FaceTemplate
{
    public required string PhotoUrl { get; init; }     // a photo of a person, scraped without telling them

    [BiometricData]
    public required float[] Embedding { get; init; }
}

public static class Scraper
{
    // LB0001: biometric data is written with no purpose, so no lawful basis (Art. 6(1)).
    public static FaceTemplate Enrol(string url) => new() { PhotoUrl = url, Embedding = [url.Length, 0.2f, 0.3f] };
}

public sealed class FaceIndex
{
    private readonly List<FaceTemplate> _faces = [];

    public int Count => _faces.Count;

    public void Add(FaceTemplate face) => _faces.Add(face);

    // LB0002: biometric data under a purpose with no Art. 9(2) condition (Art. 9(1)).
    [ProcessingFor<FaceSearchService>]
    public float Search(float[] probe) => _faces.Max(f => Similarity(f.Embedding, probe));

    private static float Similarity(float[] a, float[] b) => a.Zip(b, (x, y) => x * y).Sum();
}
