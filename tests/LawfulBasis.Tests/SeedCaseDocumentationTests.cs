namespace LawfulBasis.Tests;

/// <summary>The seed case is told as the CNIL decided it (SAN-2022-019): the articles sanctioned, and Art. 9 as a safeguard.</summary>
public class SeedCaseDocumentationTests
{
    private static string Readme()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var path = Path.Combine(folder.FullName, "seeds", "README.md");
            if (File.Exists(path))
            {
                return File.ReadAllText(path);
            }
        }

        throw new InvalidOperationException("seeds/README.md not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void The_seed_case_names_the_sanctioned_articles_and_not_Art_9()
    {
        var readme = Readme();
        Assert.Contains("breaches of Art. 6 (no lawful basis), Art. 12,\n15 and 17", readme.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("Art. 31 (no cooperation with the authority)", readme, StringComparison.Ordinal);
        var biometricRow = readme.Split('\n').Single(l => l.StartsWith("| Not a sanctioned breach", StringComparison.Ordinal));
        Assert.Contains("**not Art. 9**", biometricRow, StringComparison.Ordinal);
        Assert.Contains("Art. 4(14)", biometricRow, StringComparison.Ordinal);
        Assert.DoesNotContain(readme.Split('\n'), l => l.StartsWith("| Biometric data (face templates) with no Art. 9 condition | Art. 9(1)", StringComparison.Ordinal));
    }
}
