using LawfulBasis.Processing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LawfulBasis.Tests.Runtime;

public class RegistrationTests
{
    private static OptionsValidationException StartFails(Action<LawfulBasisOptions> configure)
    {
        var services = new ServiceCollection();
        services.AddLawfulBasis(configure);
        using var provider = services.BuildServiceProvider();
        return Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
    }

    private static void Paths(LawfulBasisOptions options, string root)
    {
        options.TrailPath = Path.Combine(root, "audit", "trail.jsonl");
        options.KeyStorePath = Path.Combine(root, "keys");
        options.RegisterPath = Path.Combine(root, "registers");
    }

    [Fact]
    public void A_valid_configuration_starts_and_serves_the_gate()
    {
        using var runtime = new RuntimeFixture();
        runtime.StartHost();
        Assert.True(runtime.Gate.TryBegin<Ordering>("x", ProcessingOperation.Read, out _));
    }

    [Fact]
    public void Missing_paths_and_assemblies_stop_the_host_with_every_reason()
    {
        var error = StartFails(_ => { });
        Assert.Contains("No assembly is named for the catalog", error.Message, StringComparison.Ordinal);
        Assert.Contains("TrailPath is not set", error.Message, StringComparison.Ordinal);
        Assert.Contains("KeyStorePath is not set", error.Message, StringComparison.Ordinal);
        Assert.Contains("RegisterPath is not set", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unwritable_trail_path_stops_the_host()
    {
        var root = Directory.CreateTempSubdirectory("lawfulbasis-registration-").FullName;
        var blocker = Path.Combine(root, "not-a-folder");
        File.WriteAllText(blocker, "a file where the trail folder should be");
        var error = StartFails(options =>
        {
            options.AddAssemblyOf<Ordering>();
            Paths(options, root);
            options.TrailPath = Path.Combine(blocker, "trail.jsonl");
        });
        Assert.Contains("The audit trail cannot be written", error.Message, StringComparison.Ordinal);
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public void A_key_store_beside_the_trail_stops_the_host()
    {
        var root = Directory.CreateTempSubdirectory("lawfulbasis-registration-").FullName;
        var error = StartFails(options =>
        {
            options.AddAssemblyOf<Ordering>();
            Paths(options, root);
            options.KeyStorePath = Path.Combine(root, "audit");
        });
        Assert.Contains("keep the pseudonym keys apart from the trail", error.Message, StringComparison.Ordinal);
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public void An_invalid_catalog_stops_the_host_naming_the_article()
    {
        var root = Directory.CreateTempSubdirectory("lawfulbasis-registration-").FullName;
        var invalid = DeclarationCompiler.Compile("""
            [Purpose("Send product news", LegalBasis.LegitimateInterests)] public sealed class Newsletter;
            """);
        var error = StartFails(options =>
        {
            options.Assemblies.Add(invalid);
            Paths(options, root);
        });
        Assert.Contains("(Art. 6(1)(f))", error.Message, StringComparison.Ordinal);
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public void A_corrupt_consent_register_stops_start_up_naming_the_line()
    {
        var root = Directory.CreateTempSubdirectory("lawfulbasis-registration-").FullName;
        Directory.CreateDirectory(Path.Combine(root, "registers"));
        File.WriteAllText(Path.Combine(root, "registers", "consents.jsonl"), "{\"subjectId\":\"a\",\"purposeId\":\"p\",\"action\":\"Given\",\"at\":\"2026-01-01T00:00:00Z\",\"mechanism\":\"m\",\"isExplicit\":false}\n{not json\n");
        using (var runtime = new RuntimeFixture(folder: root))
        {
            var error = Assert.Throws<InvalidDataException>(() => runtime.Consents);
            Assert.Contains("consents.jsonl line 2", error.Message, StringComparison.Ordinal);
        }

        Assert.False(File.Exists(Path.Combine(root, "audit", "trail.jsonl")) && new FileInfo(Path.Combine(root, "audit", "trail.jsonl")).Length > 0);
        Directory.Delete(root, recursive: true);
    }
}
