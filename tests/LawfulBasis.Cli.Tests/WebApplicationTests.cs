using LawfulBasis.Audit;
using Microsoft.Data.Sqlite;
using static LawfulBasis.Cli.Tests.CliHarness;

namespace LawfulBasis.Cli.Tests;

/// <summary>
/// The tool on a real ASP.NET Core + EF Core application, the Clinic sample, from its own build output: its
/// runtimeconfig.json names the Microsoft.AspNetCore.App shared framework, and its database is SQLite (native code).
/// </summary>
public sealed class WebApplicationTests : IDisposable
{
    // A clinic folder of its own (settings, and data/ created under it), as samples/Clinic is for `dotnet run`.
    private readonly string _root = NewClinicFolder();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }


    [Fact]
    public void Ropa_reads_a_web_application_that_needs_the_ASP_NET_Core_shared_framework()
    {
        var (exit, output, error) = Run("ropa", ClinicAssembly, "--", "--contentRoot", _root);

        Assert.True(exit == ExitCodes.Success, error);
        Assert.Contains("Clinique des Lilas SAS", output, StringComparison.Ordinal);
        Assert.Contains("### Treatment", output, StringComparison.Ordinal);
        Assert.Contains("Art. 9(2)(h)", output, StringComparison.Ordinal);
        Assert.Contains("MedicalRecord", output, StringComparison.Ordinal);
        // Classified in the EF Core model only (a shadow property), so read from the application's services.
        Assert.Contains("| DateOfBirth | DemographicData | Appointments", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ropa_of_an_application_whose_tool_host_cannot_start_is_exit_2_saying_what_to_pass()
    {
        var (exit, _, error) = Run("ropa", ClinicAssembly, "--", "--contentRoot", Path.Combine(_root, "nowhere"));

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("classifies personal data at run time too (it uses LawfulBasis.EntityFrameworkCore)", error, StringComparison.Ordinal);
        Assert.Contains("--contentRoot samples/Clinic", error, StringComparison.Ordinal);
        Assert.DoesNotContain("GDPR", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_shared_framework_is_exit_2_naming_it_never_a_GDPR_finding()
    {
        var copy = CopyClinic(runtimeConfig: """{"runtimeOptions":{"tfm":"net10.0","frameworks":[{"name":"Microsoft.NETCore.App","version":"10.0.0"},{"name":"Microsoft.AspNetCore.App","version":"99.0.0"}]}}""");

        var (exit, _, error) = Run("ropa", copy);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("needs the shared framework Microsoft.AspNetCore.App 99.0.0", error, StringComparison.Ordinal);
        Assert.DoesNotContain("GDPR", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_assembly_whose_dependencies_cannot_be_found_is_exit_2_naming_the_missing_assembly()
    {
        var copy = CopyClinic(runtimeConfig: null); // no runtimeconfig.json: ASP.NET Core cannot be found

        var (exit, _, error) = Run("ropa", copy);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("Microsoft.AspNetCore", error, StringComparison.Ordinal);
        Assert.Contains("missing", error, StringComparison.Ordinal);
        Assert.DoesNotContain("breaks", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Access_and_erase_with_the_application_answer_from_its_DbContext()
    {
        // The tool runs in its own process here: this test reads and writes the clinic's SQLite database itself, and the
        // tool in-process would load the Clinic's own copy of native SQLite beside the test's. Two copies in one process
        // do not see each other's locks: when one closed its last connection (the connection pool prunes idle ones after
        // 2 to 4 minutes, so on a slow run mid-test) it checkpointed and deleted the -wal and -shm files under the other,
        // whose pooled connection then counted the patient from a stale snapshot although the erasure had deleted it.
        // That was the CI failure of "erase exited 0 but the row is still there".
        var patient = Guid.NewGuid();
        // The first run creates the clinic's database; then the patient is there as the service would have stored them.
        var empty = RunProcess("access", patient.ToString(), "--app", ClinicAssembly, "--identity-verified", "--format", "json", "--", "--contentRoot", _root);
        Assert.True(empty.Exit == ExitCodes.Success, empty.Error);
        Seed(patient, "Zoe Keller", "zoe@example.com");

        var (exit, output, error) = RunProcess("access", patient.ToString(), "--app", ClinicAssembly, "--identity-verified", "--format", "json", "--", "--contentRoot", _root);

        Assert.True(exit == ExitCodes.Success, error);
        Assert.Contains("\"Email\": \"zoe@example.com\"", output, StringComparison.Ordinal);
        Assert.Contains("Patients (clinic database)", output, StringComparison.Ordinal);

        var erase = RunProcess("erase", patient.ToString(), "--app", ClinicAssembly, "--identity-verified", "--", "--contentRoot", _root);
        Assert.True(erase.Exit == ExitCodes.Success, erase.Error);
        Assert.Contains("Patients (clinic database): Erased.", erase.Output, StringComparison.Ordinal);
        var after = RunProcess("access", patient.ToString(), "--app", ClinicAssembly, "--identity-verified", "--format", "json", "--", "--contentRoot", _root);
        Assert.True(after.Exit == ExitCodes.Success, after.Error);
        Assert.DoesNotContain("zoe@example.com", after.Output, StringComparison.Ordinal);
        var rows = Count(patient);
        Assert.True(rows == 0, $"{rows} row(s) left after erasure. erase said:\n{erase.Output}{erase.Error}\naccess after said:\n{after.Output}{after.Error}");
        // The patient was seeded straight into the database, never processed through the gate, so no pseudonym key
        // existed to destroy and the trail holds no entry: an empty trail is then expected, and must be said so.
        var verified = Run("verify", Path.Combine(_root, "data", "audit", "trail.jsonl"), "--allow-empty");
        Assert.True(verified.Exit == ExitCodes.Success, verified.Output + verified.Error);
    }

    [Fact]
    public void The_clinic_prints_why_it_cannot_start_on_a_tampered_trail_or_a_corrupt_register()
    {
        var trail = Path.Combine(_root, "data", "audit", "trail.jsonl");
        Directory.CreateDirectory(Path.GetDirectoryName(trail)!);
        using (var keys = new FileKeyStore(Path.Combine(_root, "data", "keys")))
        using (var writer = new AuditTrail(trail, TrailFlushMode.Durable, 16, 16, keys, TimeProvider.System,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<AuditTrail>.Instance))
        {
            writer.Record(new AuditRecord(DateTimeOffset.UtcNow, AuditEventKind.Decision, null, Processing.ProcessingOperation.Read,
                Processing.DenialReason.None, "Contract purpose `Appointments`", "Art. 6(1)(b)", "clinic-api", "Test", "WebApplicationTests.cs", 1, default, "patient"));
        }

        var intact = File.ReadAllText(trail);
        File.WriteAllText(trail, intact.Replace("\"allowed\"", "\"denied\"", StringComparison.Ordinal));
        var (exit, output, error) = RunClinic();
        Assert.True(exit == 2, $"exit {exit}: {error}{output}");
        Assert.StartsWith("Clinic could not start: The audit trail", error, StringComparison.Ordinal);
        Assert.Equal(1, error.Count(c => c == '\n'));
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);

        File.WriteAllText(trail, intact);
        Directory.CreateDirectory(Path.Combine(_root, "data", "registers"));
        File.WriteAllText(Path.Combine(_root, "data", "registers", "consents.jsonl"), "{not json\n");
        (exit, output, error) = RunClinic();
        Assert.True(exit == 2, $"exit {exit}: {error}{output}");
        Assert.Contains("consents.jsonl line 1", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
    }

    private (int Exit, string Output, string Error) RunClinic()
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { ClinicAssembly, "--urls", "http://127.0.0.1:0", "--contentRoot", _root })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true); // it started after all: the failure under test did not stop it
            process.WaitForExit();
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    [Fact]
    public void A_clinic_folder_that_is_not_one_is_exit_2_with_the_fix()
    {
        var (exit, _, error) = Run("access", "someone", "--app", ClinicAssembly, "--identity-verified", "--", "--contentRoot", Path.Combine(_root, "nowhere"));

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--contentRoot samples/Clinic", error, StringComparison.Ordinal);
    }

    private string CopyClinic(string? runtimeConfig)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "copy")).FullName;
        var source = Path.GetDirectoryName(ClinicAssembly)!;
        foreach (var file in Directory.GetFiles(source, "*.dll"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        File.Copy(Path.Combine(source, "Clinic.deps.json"), Path.Combine(folder, "Clinic.deps.json"));
        if (runtimeConfig is not null)
        {
            File.WriteAllText(Path.Combine(folder, "Clinic.runtimeconfig.json"), runtimeConfig);
        }

        return Path.Combine(folder, "Clinic.dll");
    }

    private SqliteConnection Open()
    {
        // Not pooled: the test keeps no connection open while the tool works on the database.
        var connection = new SqliteConnection($"Data Source={Path.Combine(_root, "data", "clinic.db")};Pooling=False");
        connection.Open();
        return connection;
    }

    private void Seed(Guid patient, string name, string email)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO Patients (Id, Name, Email, Phone) VALUES ($id, $name, $email, NULL)";
        command.Parameters.AddWithValue("$id", patient.ToString().ToUpperInvariant()); // EF Core's SQLite form of a Guid
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$email", email);
        command.ExecuteNonQuery();
    }

    private long Count(Guid patient)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM Patients WHERE Id = $id";
        command.Parameters.AddWithValue("$id", patient.ToString().ToUpperInvariant());
        return (long)command.ExecuteScalar()!;
    }
}
