using System.Diagnostics;
using LawfulBasis.Audit;
using LawfulBasis.Registers;
using OnlineShop;
using static LawfulBasis.Cli.Tests.CliHarness;

namespace LawfulBasis.Cli.Tests;

/// <summary>
/// Every way a careless or hostile operator made the tool or the sample crash: each now ends with a one-line reason
/// and exit 2 (could not check) or a documented exit, and leaves nothing half-written behind.
/// </summary>
public sealed class FailureTests : IDisposable
{
    private static readonly string ShopAssembly = Path.Combine(AppContext.BaseDirectory, "OnlineShop.dll");
    private readonly string _data = Directory.CreateTempSubdirectory("lawfulbasis-failures-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    private string Trail => Path.Combine(_data, "audit", "trail.jsonl");

    private string Keys => Path.Combine(_data, "keys");

    private string Requests => Path.Combine(_data, "registers", "requests.jsonl");

    [Theory]
    [InlineData("access", "", "the subject id is empty")]
    [InlineData("erase", "", "the subject id is empty")]
    [InlineData("access", "  ", "the subject id is empty")]
    [InlineData("access", "alice\n# Injected heading", "line break")]
    [InlineData("erase", "alice\r", "line break")]
    [InlineData("access", " alice", "starts or ends with spaces")]
    [InlineData("access", "ali\u202Ece", "invisible formatting character (U+202E)")]
    [InlineData("erase", "-x", "'-x' reads as an option")]
    [InlineData("access", "--help", "--help was given with a request's arguments")]
    [InlineData("erase", "-h", "if '-h' is the subject's id, give it after --")]
    public async Task A_bad_subject_id_exits_2_before_anything_is_read_or_written(string command, string subject, string expected)
    {
        await ShopFolder.SignUpAsync(_data, "Ann Lee", "ann@example.com");
        var trailBefore = File.ReadAllBytes(Trail);
        AssertOneLineUsage(Run(command, subject, "--trail", Trail, "--keys", Keys), expected);
        AssertOneLineUsage(Run(command, subject, "--app", ShopAssembly, "--identity-verified", "--", "--data", _data), expected);
        Assert.Equal(trailBefore, File.ReadAllBytes(Trail));
        Assert.False(File.Exists(Requests));
    }

    [Fact]
    public async Task A_subject_id_that_reads_as_an_option_is_given_after_the_double_dash_and_help_alone_still_helps()
    {
        await ShopFolder.SignUpAsync(_data, "Hu Ito", "hu@example.com");
        var (exit, output, error) = Run("erase", "--trail", Trail, "--keys", Keys, "--", "-x");
        Assert.True(exit == ExitCodes.Success, error);
        Assert.Contains("the key store holds no key for -x", output, StringComparison.Ordinal);

        (exit, output, error) = Run("access", "--app", ShopAssembly, "--identity-verified", "--format", "json", "--", "--help", "--data", _data);
        Assert.True(exit == ExitCodes.Success, error);
        Assert.Contains("\"subjectId\": \"--help\"", output, StringComparison.Ordinal); // answered for that id, not the help text

        (exit, output, _) = Run("access", "--help");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        AssertOneLineUsage(Run("verify", Trail, "--help"), "For help, run 'lawfulbasis verify --help' alone");
    }

    [Fact]
    public async Task An_interrupted_erasure_says_so_and_running_it_again_resumes_the_same_request()
    {
        var customer = await ShopFolder.SignUpAsync(_data, "Ivy Jones", "ivy@example.com");
        string[] erase = ["erase", customer, "--app", ShopAssembly, "--identity-verified", "--", "--data", _data];

        // ^C before anything was filed: nothing is.
        var (exit, _, error) = RunInterrupted(erase);
        Assert.True(exit == CliApp.Interrupted, $"exit {exit}: {error}");
        Assert.Contains("interrupted; nothing more was changed", error, StringComparison.Ordinal);
        Assert.Equal(1, error.Count(c => c == '\n'));
        Assert.False(File.Exists(Requests));

        // ^C after the request was filed (a run that filed it and stopped, as an interrupted or failed one leaves it):
        // running the command again resumes that request and completes it, rather than filing a second one beside it,
        // which would leave the first open until it is overdue.
        await using (var shop = ShopServices.Create(_data, new CustomerStore(Path.Combine(_data, "shop")), new InvoiceStore(Path.Combine(_data, "shop")), new CheckoutStore(Path.Combine(_data, "shop"))))
        {
            ((Rights.IRequestLedger)shop.GetService(typeof(Rights.IRequestLedger))!).Receive(customer, Rights.SubjectRequestKind.Erasure);
        }

        var open = Run("requests", "--registers", Path.GetDirectoryName(Requests)!);
        Assert.StartsWith("1 open request, 0 overdue.", open.Output, StringComparison.Ordinal);
        var output = string.Empty;
        (exit, output, error) = Run(erase);
        Assert.True(exit == ExitCodes.Success, error + output);
        Assert.Contains("Resuming erasure request", output, StringComparison.Ordinal);
        Assert.StartsWith("0 open requests, 0 overdue.", Run("requests", "--registers", Path.GetDirectoryName(Requests)!).Output, StringComparison.Ordinal);
        Assert.Single(File.ReadLines(Requests).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).Distinct());
    }

    [Fact]
    public async Task An_output_file_in_a_missing_folder_exits_2_before_the_request_is_recorded()
    {
        var customer = await ShopFolder.SignUpAsync(_data, "Bo Chen", "bo@example.com");
        var missing = Path.Combine(_data, "nonexistent", "answer.md");
        AssertOneLineUsage(Run("access", customer, "--app", ShopAssembly, "--identity-verified", "-o", missing, "--", "--data", _data), "does not exist");
        Assert.False(File.Exists(Requests)); // no request received and left unanswered
        AssertOneLineUsage(Run("access", customer, "--trail", Trail, "--keys", Keys, "-o", missing), "does not exist");
        AssertOneLineUsage(Run("ropa", ShopAssembly, "-o", missing), "does not exist");
        AssertOneLineUsage(Run("ropa", ShopAssembly, "-o", _data), "is a folder");
        Assert.Empty(Directory.GetFiles(_data, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_damaged_key_file_exits_2_naming_the_line_and_a_torn_last_line_is_recovered()
    {
        var customer = await ShopFolder.SignUpAsync(_data, "Cy Diaz", "cy@example.com");
        await ShopFolder.SignUpAsync(_data, "Di Evans", "di@example.com");
        var keyFile = Path.Combine(Keys, "subject-keys.txt");
        var intact = File.ReadAllLines(keyFile);

        // A crash cut the last line short: moved aside, the store opens and the earlier keys still work.
        File.AppendAllText(keyFile, "0123456789abcdef 3q2+7w");
        var (exit, output, error) = Run("access", customer, "--trail", Trail, "--keys", Keys);
        Assert.True(exit == ExitCodes.Success, error);
        Assert.Contains("1 entry under pseudonym", output, StringComparison.Ordinal);
        Assert.Equal(intact, File.ReadAllLines(keyFile));
        Assert.Single(Directory.GetFiles(Keys, "subject-keys.txt.torn-*"));

        // Damage before the end is not a crash: the store refuses, naming the line.
        File.WriteAllLines(keyFile, ["not a key line", .. intact]);
        AssertOneLineUsage(Run("access", customer, "--trail", Trail, "--keys", Keys), "subject-keys.txt line 1 is not a subject key");
        AssertOneLineUsage(Run("erase", customer, "--trail", Trail, "--keys", Keys), "subject-keys.txt line 1 is not a subject key");
        AssertOneLineUsage(Run("access", customer, "--app", ShopAssembly, "--identity-verified", "--", "--data", _data), "subject-keys.txt line 1 is not a subject key");
        Assert.False(File.Exists(Requests));
    }

    [Fact]
    public async Task A_key_file_that_is_a_folder_exits_2_instead_of_answering_that_the_subject_is_unknown()
    {
        var customer = await ShopFolder.SignUpAsync(_data, "Jo King", "jo@example.com");
        var keyFile = Path.Combine(Keys, "subject-keys.txt");
        File.Delete(keyFile);
        Directory.CreateDirectory(keyFile);
        AssertOneLineUsage(Run("access", customer, "--trail", Trail, "--keys", Keys), "subject-keys.txt is a folder");
        AssertOneLineUsage(Run("erase", customer, "--trail", Trail, "--keys", Keys), "subject-keys.txt is a folder");
        AssertOneLineUsage(Run("access", customer, "--app", ShopAssembly, "--identity-verified", "--", "--data", _data), "subject-keys.txt is a folder");
        Assert.False(File.Exists(Requests));
    }

    [Fact]
    public void An_empty_store_key_left_by_an_interrupted_first_start_is_recreated_but_not_when_keys_depend_on_it()
    {
        Directory.CreateDirectory(Keys);
        File.WriteAllBytes(Path.Combine(Keys, "store.key"), []);
        using (var store = new FileKeyStore(Keys))
        {
            store.GetOrCreate("alice");
            store.Flush();
        }

        Assert.Equal(32, new FileInfo(Path.Combine(Keys, "store.key")).Length);
        File.WriteAllBytes(Path.Combine(Keys, "store.key"), []);
        var refused = Assert.Throws<InvalidDataException>(() => new FileKeyStore(Keys));
        Assert.Contains("Restore store.key from the key store's backup", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_tool_refuses_a_tampered_trail_or_a_corrupt_ledger_of_the_application_without_recording_a_request()
    {
        var customer = await ShopFolder.SignUpAsync(_data, "Ed Fox", "ed@example.com");
        var lines = File.ReadAllLines(Trail);
        File.WriteAllLines(Trail, [lines[0].Replace("\"Collect\"", "\"Read\"", StringComparison.Ordinal), .. lines[1..]]);
        AssertOneLineUsage(Run("access", customer, "--app", ShopAssembly, "--identity-verified", "--", "--data", _data), "fails verification");
        AssertOneLineUsage(Run("erase", customer, "--app", ShopAssembly, "--identity-verified", "--", "--data", _data), "fails verification");
        Assert.False(File.Exists(Requests));

        File.WriteAllLines(Trail, lines);
        File.WriteAllText(Requests, "{not json\n");
        AssertOneLineUsage(Run("access", customer, "--app", ShopAssembly, "--identity-verified", "--", "--data", _data), "requests.jsonl line 1");
        AssertOneLineUsage(Run("requests", "--registers", Path.GetDirectoryName(Requests)!), "requests.jsonl line 1");
        Assert.Equal("{not json\n", File.ReadAllText(Requests));
    }

    [Fact]
    public async Task The_tool_refuses_to_write_beside_a_running_application_and_says_how_to_go_through_it()
    {
        var customer = await ShopFolder.SignUpAsync(_data, "Flo Gray", "flo@example.com");
        var shop = Path.Combine(_data, "shop");
        await using var running = ShopServices.Create(_data, new CustomerStore(shop), new InvoiceStore(shop), new CheckoutStore(shop));
        _ = running.GetService(typeof(IAuditTrail)); // the application is up: its trail, keys and registers are open
        var trailBefore = File.ReadAllBytes(Trail);

        foreach (var args in new[]
        {
            new[] { "erase", customer, "--trail", Trail, "--keys", Keys },
            ["access", customer, "--trail", Trail, "--keys", Keys],
            ["erase", customer, "--app", ShopAssembly, "--identity-verified", "--", "--data", _data],
            ["access", customer, "--app", ShopAssembly, "--identity-verified", "--", "--data", _data],
        })
        {
            var (_, _, error) = AssertOneLineUsage(Run(args), "is in use by another process");
            Assert.Contains($"process {Environment.ProcessId}", error, StringComparison.Ordinal);
            Assert.Contains("answer through its privacy endpoints with --endpoint", error, StringComparison.Ordinal);
        }

        Assert.Equal(trailBefore, File.ReadAllBytes(Trail));
        Assert.Equal(ExitCodes.Success, Run("verify", Trail).Exit); // reading beside the writer is fine
        Assert.Equal(ExitCodes.Success, Run("requests", "--registers", Path.Combine(_data, "registers")).Exit);
    }

    [Fact]
    public void Verify_says_what_is_wrong_with_a_folder_a_bad_connection_string_or_schema_and_a_re_saved_file()
    {
        AssertOneLineUsage(Run("verify", _data), "is a folder, not a trail file");
        AssertOneLineUsage(Run("verify", "--postgres", "garbage=;;"), "is not a valid connection string");
        AssertOneLineUsage(Run("requests", "--postgres", "garbage=;;"), "is not a valid connection string");
        AssertOneLineUsage(Run("verify", "--postgres", "Host=localhost", "--schema", "x;drop"), "is not a plain PostgreSQL identifier");

        var trail = Path.Combine(_data, "trail.jsonl");
        using (var keys = new FileKeyStore(Keys))
        using (var writer = new AuditTrail(trail, TrailFlushMode.Durable, 16, 16, keys, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<AuditTrail>.Instance))
        {
            writer.Record(new AuditRecord(DateTimeOffset.UtcNow, AuditEventKind.Decision, null, Processing.ProcessingOperation.Read, Processing.DenialReason.None,
                "Contract purpose `Ordering`", "Art. 6(1)(b)", "cli-test", "Test", "FailureTests.cs", 1, default, "subject"));
        }

        var original = File.ReadAllBytes(trail);
        File.WriteAllBytes(trail, [0xEF, 0xBB, 0xBF, .. original]);
        var bom = Run("verify", trail);
        Assert.Equal(ExitCodes.Problem, bom.Exit);
        Assert.Contains("byte-order mark", bom.Output, StringComparison.Ordinal);

        File.WriteAllText(trail, System.Text.Encoding.UTF8.GetString(original).Replace("\n", "\r\n", StringComparison.Ordinal));
        var crlf = Run("verify", trail);
        Assert.Equal(ExitCodes.Problem, crlf.Exit);
        Assert.Contains("CRLF", crlf.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ropa_on_an_assembly_with_no_declarations_and_requests_on_a_folder_with_no_register_exit_2()
    {
        AssertOneLineUsage(Run("ropa", Path.Combine(AppContext.BaseDirectory, "LawfulBasis.dll")), "declares no purpose");
        AssertOneLineUsage(Run("requests", "--registers", _data), "holds no register");

        // A registers folder where no request was ever received: zero, saying so.
        Directory.CreateDirectory(Path.Combine(_data, "registers"));
        File.WriteAllText(Path.Combine(_data, "registers", "consents.jsonl"), string.Empty);
        var (exit, output, _) = Run("requests", "--registers", Path.Combine(_data, "registers"));
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("no request was ever recorded", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sample_prints_why_it_cannot_start_on_a_corrupt_register_or_a_tampered_trail()
    {
        await ShopFolder.SignUpAsync(_data, "Gus Hale", "gus@example.com");
        var lines = File.ReadAllLines(Trail);
        File.WriteAllLines(Trail, [lines[0].Replace("\"Collect\"", "\"Read\"", StringComparison.Ordinal), .. lines[1..]]);
        var (exit, error) = RunShop();
        Assert.Equal(2, exit);
        Assert.StartsWith("OnlineShop could not start: The audit trail", error, StringComparison.Ordinal);
        Assert.Equal(1, error.Count(c => c == '\n'));

        File.WriteAllLines(Trail, lines);
        Directory.CreateDirectory(Path.Combine(_data, "registers"));
        File.WriteAllText(Path.Combine(_data, "registers", "consents.jsonl"), "{not json\n");
        (exit, error) = RunShop();
        Assert.Equal(2, exit);
        Assert.Contains("consents.jsonl line 1", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_named_pipe_or_device_where_a_file_is_read_and_a_file_where_a_folder_is_meant_exit_2_at_once_instead_of_hanging()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // named pipes in the file system are a Unix thing
        }

        await ShopFolder.SignUpAsync(_data, "Pat Fifo", "pat@example.com");
        var pipe = Path.Combine(_data, "pipe");
        using (var mkfifo = Process.Start("mkfifo", [pipe]))
        {
            await mkfifo.WaitForExitAsync();
        }

        var registers = Path.Combine(_data, "registers");
        Directory.CreateDirectory(registers);
        File.Move(Path.Combine(Keys, "store.key"), Path.Combine(Keys, "store.key.real"));
        using (var mkfifo = Process.Start("mkfifo", [Path.Combine(Keys, "store.key")]))
        {
            await mkfifo.WaitForExitAsync();
        }

        string[][] cases =
        [
            ["verify", pipe],
            ["verify", "/dev/zero"],
            ["verify", Trail, "--public-key", pipe],
            ["verify", Trail, "--witness", pipe],
            ["ropa", pipe],
            ["ropa", ShopAssembly, "--public-key", pipe],
            ["notice", pipe],
            ["access", "pat@example.com", "--trail", pipe, "--keys", Keys],
            ["access", "pat@example.com", "--trail", Trail, "--keys", Trail],
            ["access", "pat@example.com", "--trail", Trail, "--keys", Keys], // store.key is a pipe
            ["erase", "pat@example.com", "--app", pipe, "--identity-verified"],
            ["requests", "--registers", Trail],
        ];
        foreach (var args in cases)
        {
            // A hang fails the test instead of blocking the run.
            var result = await Task.Run(() => Run(args)).WaitAsync(TimeSpan.FromSeconds(60));
            AssertOneLineUsage(result, args.Contains("--keys") && args[^1] == Trail ? "not a folder" : args.Contains(Trail) && args[0] == "requests" ? "is a file, not a folder" : "not a regular file");
        }

        File.WriteAllText(Path.Combine(registers, "consents.jsonl"), string.Empty);
        using (var mkfifo = Process.Start("mkfifo", [Path.Combine(registers, "requests.jsonl")]))
        {
            await mkfifo.WaitForExitAsync();
        }

        var ledger = await Task.Run(() => Run("requests", "--registers", registers)).WaitAsync(TimeSpan.FromSeconds(60));
        AssertOneLineUsage(ledger, "requests.jsonl is a named pipe (FIFO), not a regular file");
    }

    private (int Exit, string Error) RunShop()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(ShopAssembly);
        start.ArgumentList.Add("--data");
        start.ArgumentList.Add(_data);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, error.Result);
    }

    private static (int Exit, string Output, string Error) AssertOneLineUsage((int Exit, string Output, string Error) result, string expected)
    {
        Assert.True(result.Exit == ExitCodes.Usage, $"exit {result.Exit}: {result.Error}{result.Output}");
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.Equal(1, result.Error.Count(c => c == '\n'));
        return result;
    }
}
