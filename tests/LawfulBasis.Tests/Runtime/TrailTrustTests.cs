using LawfulBasis.Audit;
using LawfulBasis.Processing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LawfulBasis.Tests.Runtime;

/// <summary>Checkpoints through AddLawfulBasis, their options, and the free-text fields that must not carry the subject.</summary>
public sealed class TrailTrustTests : IDisposable
{
    private readonly string _witnessFolder = Directory.CreateTempSubdirectory("lawfulbasis-witness-").FullName;

    public void Dispose() => Directory.Delete(_witnessFolder, recursive: true);

    [Fact]
    public void A_host_with_signed_checkpoints_leaves_a_trail_that_verifies_with_its_public_key_and_witness()
    {
        var witness = Path.Combine(_witnessFolder, "witness.json");
        string folder;
        using (var runtime = new RuntimeFixture(TrailFlushMode.Durable, options =>
        {
            options.SignCheckpoints = true;
            options.CheckpointEveryEntries = 5;
            options.CheckpointWitnessPath = witness;
        }, folder: Directory.CreateTempSubdirectory("lawfulbasis-signed-").FullName))
        {
            folder = runtime.Folder;
            runtime.StartHost();
            for (var i = 0; i < 12; i++)
            {
                runtime.Gate.TryBegin<Ordering>($"customer-{i}", ProcessingOperation.Read, out _);
            }
        }

        try
        {
            using var key = CheckpointSigner.ReadPublicKey(File.ReadAllText(Path.Combine(folder, "keys", CheckpointSigner.PublicKeyFile)));
            var seen = new FileTrailWitness(witness).ReadLatest();
            var result = AuditTrailVerifier.Verify(Path.Combine(folder, "audit", "trail.jsonl"), new TrailVerificationOptions { PublicKey = key, Witness = seen });
            Assert.True(result.IsIntact, result.Message);
            Assert.Equal(0, result.UnsignedEntries);
            Assert.Equal(3, result.Checkpoints); // after 5 and 10 entries, and at shutdown
            Assert.Equal(result.EntriesVerified - 1, seen!.Entries);
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(folder, "keys", CheckpointSigner.PrivateKeyFile)));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_witness_inside_the_trails_folder_or_a_bad_interval_stops_the_host()
    {
        var root = Directory.CreateTempSubdirectory("lawfulbasis-options-").FullName;
        try
        {
            var services = new ServiceCollection();
            services.AddLawfulBasis(options =>
            {
                options.AddAssemblyOf<Ordering>();
                options.TrailPath = Path.Combine(root, "audit", "trail.jsonl");
                options.KeyStorePath = Path.Combine(root, "keys");
                options.RegisterPath = Path.Combine(root, "registers");
                options.SignCheckpoints = true;
                options.CheckpointEveryEntries = 0;
                options.CheckpointWitnessPath = Path.Combine(root, "audit", "witness.json");
            });
            using var provider = services.BuildServiceProvider();
            var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
            Assert.Contains("is inside the trail's folder", error.Message, StringComparison.Ordinal);
            Assert.Contains("CheckpointEveryEntries must be at least 1", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Free_text_holding_the_subject_id_is_refused_before_anything_is_written()
    {
        using var runtime = new RuntimeFixture();
        const string subject = "dana@example.com";
        var before = runtime.TrailLines().Length;

        var actor = Assert.Throws<ArgumentException>(() =>
            runtime.Gate.Begin<Ordering>(subject, ProcessingOperation.Read, new ProcessingContext { Actor = "support agent for dana@example.com" }));
        Assert.Contains("contains the subject's id", actor.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => runtime.Consents.Give<Newsletter>(subject, "reply from DANA@example.com"));
        Assert.Throws<ArgumentException>(() => runtime.Objections.Override(subject, runtime.Catalog.Purposes.Single(p => p.Name == nameof(FraudDetection)), "case of dana@example.com"));

        Assert.Equal(before, runtime.TrailLines().Length);
        Assert.Empty(runtime.Consents.History(subject));
        Assert.Empty(runtime.Objections.History(subject));

        // Ordinary text passes, and a short id is not matched inside words by chance.
        runtime.Gate.Begin<Ordering>(subject, ProcessingOperation.Read, new ProcessingContext { Actor = "support" });
        runtime.Gate.Begin<Ordering>("sup", ProcessingOperation.Read, new ProcessingContext { Actor = "support" });
    }
}
