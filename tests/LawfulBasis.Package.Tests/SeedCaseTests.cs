namespace LawfulBasis.Package.Tests;

/// <summary>The seed case in miniature (samples/FaceSearch) is caught at build time.</summary>
public sealed class SeedCaseTests(SeedCaseBuild unlawful) : IClassFixture<SeedCaseBuild>
{
    [Fact]
    public void The_unlawful_face_search_shows_LB0001_and_LB0002()
    {
        var build = unlawful.AsCommitted;
        BuildAssert.Succeeded(build);
        BuildAssert.Printed(build, "warning LB0001");
        BuildAssert.Printed(build, "warning LB0002");
        BuildAssert.Printed(build, "'Embedding' (BiometricData) is processed for purpose 'FaceSearchService', which declares no Art. 9(2) condition");
    }

    [Fact]
    public void The_unlawful_face_search_fails_the_build_when_the_rules_are_errors()
    {
        var build = unlawful.Rebuild("-warnAsError:LB0001;LB0002");
        BuildAssert.Failed(build);
        BuildAssert.Printed(build, "error LB0001");
        BuildAssert.Printed(build, "error LB0002");
    }
}
