using System.Net.Http.Json;
using System.Text.Json;
using LawfulBasis.Audit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LawfulBasis.Web.Tests;

/// <summary>The Clinic sample as it runs, with its database, trail, keys and registers in a folder of its own.</summary>
public sealed class ClinicFactory : WebApplicationFactory<Program>
{
    public const string DpoKey = "test-dpo-key";

    public string Data { get; } = Path.Combine(Path.GetTempPath(), "lawfulbasis-clinic-" + Guid.NewGuid().ToString("N"));

    public string TrailPath => Path.Combine(Data, "audit", "trail.jsonl");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Clinic:SqliteFile", Path.Combine(Data, "clinic.db"));
        builder.UseSetting("Clinic:DpoKey", DpoKey);
        builder.UseSetting("LawfulBasis:TrailPath", TrailPath);
        builder.UseSetting("LawfulBasis:KeyStorePath", Path.Combine(Data, "keys"));
        builder.UseSetting("LawfulBasis:RegisterPath", Path.Combine(Data, "registers"));
    }

    /// <summary>A client that signs in as the DPO.</summary>
    public HttpClient CreateDpoClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Staff-Key", DpoKey);
        return client;
    }

    /// <summary>Registers a patient and returns their id.</summary>
    public static async Task<Guid> RegisterAsync(HttpClient client, string name = "Alice Martin", string email = "alice@example.com")
    {
        var response = await client.PostAsJsonAsync("/patients", new { name, email, phone = "+33 6 12 34 56 78" });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>Receives a request through the privacy endpoints and answers it; returns the answer's JSON.</summary>
    public static async Task<JsonElement> AnswerAsync(HttpClient dpo, Guid patient, string kind)
    {
        var received = await dpo.PostAsJsonAsync("/privacy/requests", new { subjectId = patient.ToString(), kind, identityVerified = true });
        Assert.Equal(System.Net.HttpStatusCode.Created, received.StatusCode);
        var id = (await received.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var answer = await dpo.PostAsync($"/privacy/requests/{id}/answer", null);
        Assert.True(answer.IsSuccessStatusCode, await answer.Content.ReadAsStringAsync());
        return await answer.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Flushes the trail and verifies its chain.</summary>
    public async Task<TrailVerification> VerifyTrailAsync()
    {
        await Services.GetRequiredService<IAuditTrail>().FlushAsync();
        return AuditTrailVerifier.Verify(TrailPath);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(Data, recursive: true);
            }
            catch (IOException)
            {
                // a file still held open on some platforms; the temp folder is cleaned eventually
            }
        }
    }
}
