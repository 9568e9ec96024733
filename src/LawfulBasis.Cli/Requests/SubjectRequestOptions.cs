using System.CommandLine;
using LawfulBasis.Rights;

namespace LawfulBasis.Cli.Requests;

/// <summary>
/// What <c>access</c> and <c>erase</c> share: the subject, and where the answer comes from — the application's own
/// sources (<c>--app</c>, through its <see cref="ILawfulBasisToolHost"/>) or the audit trail alone (<c>--trail</c> and <c>--keys</c>).
/// </summary>
internal sealed class SubjectRequestOptions
{
    public Argument<string> Subject { get; } = new("subject") { Description = "The data subject's identifier, as the application knows them." };

    public Option<FileInfo?> App { get; } = new("--app") { Description = "The application's assembly, which holds an ILawfulBasisToolHost: answers with its own sources, registers and trail." };

    public Option<FileInfo?> Trail { get; } = new("--trail") { Description = "The audit trail file, to answer from the trail alone (with --keys)." };

    public Option<DirectoryInfo?> Keys { get; } = new("--keys") { Description = "The pseudonym key store folder (KeyStorePath), with --trail." };

    public Option<string?> Endpoint { get; } = new("--endpoint")
    {
        Description = $"The running application's privacy endpoints (MapPrivacyEndpoints), for example https://clinic.example/privacy; or set {PrivacyEndpointClient.EndpointVariable}. Alone, the request is filed and answered there; with --app, only when the application holds its stores (it is running).",
    };

    public Option<string?> Token { get; } = new("--token")
    {
        Description = $"The bearer token sent to --endpoint (the DPO's, as the endpoints' authorization policy requires); or set {PrivacyEndpointClient.TokenVariable}, which keeps it out of the shell's history.",
    };

    public Option<bool> IdentityVerified { get; } = new("--identity-verified") { Description = "Confirms you verified the requester is the subject (Art. 12(6)); required with --app." };

    public Argument<string[]> AppArguments { get; } = new("app-arguments") { Description = "Arguments after -- are passed to the application's ILawfulBasisToolHost.", Arity = ArgumentArity.ZeroOrMore };

    /// <summary>Adds the shared arguments and options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Add(Subject);
        command.Add(AppArguments);
        command.Add(App);
        command.Add(Trail);
        command.Add(Keys);
        command.Add(IdentityVerified);
        command.Add(Endpoint);
        command.Add(Token);
    }

    /// <summary>Checks the combination; throws <see cref="ToolUsageException"/> with the fix when it is wrong.</summary>
    public Source Resolve(ParseResult parsed)
    {
        CheckSubject(parsed.GetValue(Subject), AfterDoubleDash(parsed));
        var app = parsed.GetValue(App);
        var trail = parsed.GetValue(Trail);
        var keys = parsed.GetValue(Keys);
        // The environment's endpoint applies only when nothing else says where to answer from.
        var endpoint = parsed.GetValue(Endpoint) is not null || (trail is null && keys is null) ? EndpointOf(parsed) : null;
        if ((app is not null || endpoint is not null) && (trail is not null || keys is not null))
        {
            throw new ToolUsageException("give either --app or --endpoint (the application's sources) or --trail with --keys (the audit trail alone), not both.");
        }

        if (app is not null || endpoint is not null)
        {
            if (!parsed.GetValue(IdentityVerified))
            {
                throw new ToolUsageException("a request is answered only to a verified requester (Art. 12(6)): verify their identity, then add --identity-verified.");
            }

            return new Source(app?.FullName, null, null) { Endpoint = endpoint, Token = TokenOf(parsed) };
        }

        if (trail is null || keys is null)
        {
            throw new ToolUsageException("say where to answer from: --app <assembly> (the application's sources), --endpoint <https://host/privacy> (the running application's), or --trail <file> with --keys <folder> (the audit trail alone).");
        }

        if (!trail.Exists)
        {
            throw new ToolUsageException($"{trail.FullName} does not exist.");
        }

        if (!keys.Exists || !File.Exists(Path.Combine(keys.FullName, "store.key")))
        {
            throw new ToolUsageException($"{keys.FullName} is not a key store folder (it has no store.key).");
        }

        InputPath.RequireFile(Path.Combine(keys.FullName, "store.key"), "the key store's secret");
        return new Source(null, trail.FullName, keys.FullName);
    }

    /// <summary>
    /// A subject id is echoed into reports and headings and looked up exactly: an empty one, or one holding a line break
    /// or another control character, is a mistake (a pasted line, a shell variable left empty), not a person.
    /// </summary>
    private static void CheckSubject(string? subject, bool afterDoubleDash)
    {
        if (string.IsNullOrWhiteSpace(subject))
        {
            throw new ToolUsageException("the subject id is empty: give the identifier the application knows the person by.");
        }

        if (subject.Any(char.IsControl))
        {
            throw new ToolUsageException("the subject id contains a line break or another control character: give the identifier alone, exactly as the application stores it.");
        }

        if (subject.FirstOrDefault(IsInvisibleFormatting) is var hidden and not '\0')
        {
            // Bidirectional overrides and zero-width characters make the id read differently from what is looked up and
            // recorded (U+202E turns "alice" around on screen): an identifier has no use for them.
            throw new ToolUsageException($"the subject id contains an invisible formatting character (U+{(int)hidden:X4}): it would be shown differently from what is looked up. Give the identifier exactly as the application stores it, without it.");
        }

        if (subject.StartsWith('-') && !afterDoubleDash)
        {
            // An option-looking word where the subject goes is most likely a mistyped option; a real id of that shape
            // is given after --, where nothing is an option.
            throw new ToolUsageException($"'{subject}' reads as an option, and this command has no such option. If it is the subject's id, give it after --, where nothing is an option: <options> -- {subject} [application arguments].");
        }

        if (subject != subject.Trim())
        {
            throw new ToolUsageException($"the subject id '{subject}' starts or ends with spaces: give it exactly as the application stores it, without them.");
        }
    }

    /// <summary>Whether the subject was given after <c>--</c> (so a leading '-' is part of the id, not an option).</summary>
    private bool AfterDoubleDash(ParseResult parsed)
    {
        var subject = parsed.GetResult(Subject)?.Tokens is [var first, ..] ? first : null;
        var seenDoubleDash = false;
        foreach (var token in parsed.Tokens)
        {
            if (token.Type == System.CommandLine.Parsing.TokenType.DoubleDash)
            {
                seenDoubleDash = true;
            }
            else if (ReferenceEquals(token, subject))
            {
                return seenDoubleDash;
            }
        }

        return false;
    }

    /// <summary>Formatting characters with no place in an identifier: bidirectional controls and zero-width characters.</summary>
    private static bool IsInvisibleFormatting(char c) =>
        char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format;

    /// <summary>The privacy endpoints named by <c>--endpoint</c> or the environment, or null.</summary>
    public Uri? EndpointOf(ParseResult parsed) => PrivacyEndpointClient.AddressOf(parsed.GetValue(Endpoint));

    /// <summary>The bearer token named by <c>--token</c> or the environment, or null.</summary>
    public string? TokenOf(ParseResult parsed) =>
        parsed.GetValue(Token) is { Length: > 0 } token ? token
        : Environment.GetEnvironmentVariable(PrivacyEndpointClient.TokenVariable) is { Length: > 0 } variable ? variable
        : null;

    /// <summary>
    /// Where the answer comes from: an application assembly (its services), a running application's privacy endpoints
    /// (alone, or when the assembly's stores are held by the running application), or a trail and its key store.
    /// </summary>
    public sealed record Source(string? Application, string? TrailPath, string? KeysFolder)
    {
        /// <summary>The running application's privacy endpoints, or null.</summary>
        public Uri? Endpoint { get; init; }

        /// <summary>The bearer token for <see cref="Endpoint"/>, or null.</summary>
        public string? Token { get; init; }
    }

    /// <summary>
    /// Answers with the application's own services when <see cref="Source.Application"/> is given and they can be
    /// opened; through its privacy endpoints when they are held by the running application (or no assembly is given).
    /// </summary>
    public static async Task<T> LocalOrEndpointAsync<T>(Source source, Func<Task<T>> local, Func<PrivacyEndpointClient, Task<T>> remote)
    {
        if (source.Application is not null)
        {
            try
            {
                return await local();
            }
            catch (Registers.StoreInUseException) when (source.Endpoint is not null)
            {
                // The application is running and holds its stores: it answers through its own endpoints instead.
            }
        }

        using var client = new PrivacyEndpointClient(source.Endpoint!, source.Token);
        return await remote(client);
    }

    /// <summary>
    /// The subject's open request of this kind, when an earlier run left one (interrupted, or a source failed), so that
    /// running the command again finishes it instead of filing a second one that would leave the first open and overdue;
    /// otherwise a new request. Either way marked verified: the operator said so with --identity-verified.
    /// </summary>
    public static SubjectRequest ReceiveOrResume(IRequestLedger ledger, string subject, SubjectRequestKind kind, TextWriter note, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested(); // ^C while the application loaded: nothing is filed
        var open = ledger.ForSubject(subject).LastOrDefault(r => r.Kind == kind && r.Status == RequestStatus.Open);
        if (open is not null)
        {
            note.WriteLine($"Resuming {kind.ToString().ToLowerInvariant()} request {open.Id}, received {open.ReceivedAt:yyyy-MM-dd} and still open (due {open.DueAt:yyyy-MM-dd}).");
        }

        var request = open ?? ledger.Receive(subject, kind);
        return request.Identity == IdentityVerification.Verified ? request : ledger.VerifyIdentity(request.Id, verified: true);
    }

    /// <summary>Runs a command's work, turning bad input into its one-line reason and exit code 2.</summary>
    public static async Task<int> GuardAsync(string command, TextWriter error, Func<Task<int>> work)
    {
        try
        {
            return await work();
        }
        catch (ToolUsageException e)
        {
            error.WriteLine($"lawfulbasis {command}: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException e)
        {
            error.WriteLine($"lawfulbasis {command}: the application's settings are invalid:{ToolHostFailure.Problems(e)}");
            return ExitCodes.Usage;
        }
        catch (Registers.StoreInUseException e)
        {
            error.WriteLine($"lawfulbasis {command}: {CliApp.OneLine(e)} The application is running: answer through its privacy endpoints with --endpoint https://<host>/privacy (or {PrivacyEndpointClient.EndpointVariable}) and --token <bearer token> (or {PrivacyEndpointClient.TokenVariable}), or stop it first; a second writer beside it would lose its records.");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            // A damaged trail, key store or register: nothing was answered (the stores are opened before anything is written).
            error.WriteLine($"lawfulbasis {command}: {CliApp.OneLine(e)}");
            return ExitCodes.Usage;
        }
    }
}
