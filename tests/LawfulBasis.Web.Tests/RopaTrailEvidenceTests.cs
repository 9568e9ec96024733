using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LawfulBasis.Audit;
using LawfulBasis.Ropa;
using Microsoft.AspNetCore.Hosting;

namespace LawfulBasis.Web.Tests;

/// <summary>
/// The application's own record of processing carries the audit trail's evidence (Art. 5(2)) when the host signs
/// checkpoints: the public key its trail is signed with (from the key store here) and where the witness is kept, so an
/// auditor needs no <c>lawfulbasis ropa --public-key</c> run to get them.
/// </summary>
public sealed class RopaTrailEvidenceTests : IDisposable
{
    private readonly string _witness = Path.Combine(Path.GetTempPath(), "lawfulbasis-witness-" + Guid.NewGuid().ToString("N"), "clinic.json");

    public void Dispose()
    {
        foreach (var folder in new[] { Path.GetDirectoryName(_witness)!, Path.GetDirectoryName(_witness) + "-auditor" }.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task With_signed_checkpoints_the_privacy_endpoints_and_the_dpo_page_serve_the_record_with_the_trails_public_key_and_witness()
    {
        using var clinic = new ClinicFactory();
        using var signed = clinic.WithWebHostBuilder(b => b
            .UseSetting("LawfulBasis:SignCheckpoints", "true")
            .UseSetting("LawfulBasis:CheckpointWitnessPath", _witness));
        var dpo = signed.CreateClient();
        dpo.DefaultRequestHeaders.Add("X-Staff-Key", ClinicFactory.DpoKey);

        var markdown = await dpo.GetStringAsync("/privacy/ropa?format=markdown");
        var publicKey = await File.ReadAllTextAsync(Path.Combine(clinic.Data, "keys", CheckpointSigner.PublicKeyFile));
        Assert.Contains("## Audit trail evidence (Art. 5(2))", markdown, StringComparison.Ordinal);
        Assert.Contains(publicKey.Trim(), markdown, StringComparison.Ordinal);
        Assert.Contains($"--witness {_witness}", markdown, StringComparison.Ordinal);

        var json = await dpo.GetFromJsonAsync<JsonElement>("/privacy/ropa");
        var trail = json.GetProperty("auditTrail");
        Assert.Equal(publicKey.Trim(), trail.GetProperty("publicKeyPem").GetString()!.Trim());
        Assert.Equal(_witness, trail.GetProperty("witness").GetString());

        // The key is the one the running trail signs with: its checkpoints verify against the record's copy.
        await ClinicFactory.RegisterAsync(signed.CreateClient());
        await signed.Services.GetRequiredService<IAuditTrail>().FlushAsync();
        var pem = Path.Combine(Directory.CreateDirectory(Path.GetDirectoryName(_witness)! + "-auditor").FullName, "from-the-record.pub.pem");
        await File.WriteAllTextAsync(pem, trail.GetProperty("publicKeyPem").GetString());
        Assert.Equal(trail.GetProperty("keyId").GetString(), signed.Services.GetRequiredService<RecordOfProcessing>().TrailEvidence!.KeyId);

        var officer = await PrivacyCenterClient.SignInAsync(signed, "dpo");
        var page = await officer.PageAsync("/privacy/dpo/ropa");
        Assert.Contains("Audit trail evidence (Art. 5(2))", page, StringComparison.Ordinal);
        Assert.Contains(trail.GetProperty("keyId").GetString()!, page, StringComparison.Ordinal);

        // CSV, one row per activity, has no place for it and stays as it was.
        Assert.DoesNotContain("BEGIN PUBLIC KEY", await dpo.GetStringAsync("/privacy/ropa?format=csv"), StringComparison.Ordinal);

        // Stopped, the writer signs a last checkpoint: the trail verifies against the key as the record gave it, and the witness.
        await signed.DisposeAsync();
        using var key = CheckpointSigner.ReadPublicKey(await File.ReadAllTextAsync(pem));
        var verified = AuditTrailVerifier.Verify(clinic.TrailPath, new TrailVerificationOptions { PublicKey = key, Witness = new FileTrailWitness(_witness).ReadLatest() });
        Assert.True(verified.IsIntact, verified.Message);
        Assert.True(verified.Checkpoints > 0, verified.Message);
    }

    [Fact]
    public async Task Without_signed_checkpoints_the_record_has_no_trail_evidence_section()
    {
        using var clinic = new ClinicFactory();
        var dpo = clinic.CreateDpoClient();
        var markdown = await dpo.GetStringAsync("/privacy/ropa?format=markdown");
        Assert.DoesNotContain("Audit trail evidence", markdown, StringComparison.Ordinal);
        Assert.Null(clinic.Services.GetRequiredService<RecordOfProcessing>().TrailEvidence);
        Assert.Equal(HttpStatusCode.OK, (await dpo.GetAsync("/privacy/ropa?format=html")).StatusCode);
    }
}
