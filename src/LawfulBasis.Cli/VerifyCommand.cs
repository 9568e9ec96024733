using System.CommandLine;
using System.Security.Cryptography;
using LawfulBasis.Audit;
using LawfulBasis.PostgreSql;

namespace LawfulBasis.Cli;

/// <summary><c>lawfulbasis verify &lt;trail&gt;</c> or <c>verify --postgres &lt;connection&gt;</c>: checks an audit trail's hash chains end to end.</summary>
internal static class VerifyCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var trail = new Argument<FileInfo?>("trail") { Description = "The audit trail file (JSON Lines), for example /var/lib/shop/audit/trail.jsonl.", Arity = ArgumentArity.ZeroOrOne };
        var postgres = new Option<string?>("--postgres") { Description = "Verify the trail in PostgreSQL instead: the Npgsql connection string (a read-only role is enough)." };
        var schema = new Option<string>("--schema") { Description = "With --postgres: the trail's schema.", DefaultValueFactory = _ => "lawfulbasis" };
        var publicKey = new Option<FileInfo?>("--public-key") { Description = "The checkpoint signing key's public half (checkpoint-signing.pub.pem from the key store): every checkpoint must verify, and entries after the last one are reported." };
        var witness = new Option<FileInfo?>("--witness") { Description = "The witness file (CheckpointWitnessPath): the trail must hold at least the entries it saw, ending where it says." };
        var allowEmpty = new Option<bool>("--allow-empty") { Description = "Accept a trail with no entry (exit 0 instead of 1)." };
        var allowUnsignedTail = new Option<bool>("--allow-unsigned-tail") { Description = "With --public-key: accept entries after the last checkpoint (a running writer's, or a crash's) as unproven instead of exit 1." };
        var command = new Command("verify", """
            Verify an audit trail: a file, or every writer's chain in PostgreSQL. Exit 0 when intact (prints the count),
            1 when not (prints the first bad line, or row, and what is wrong with it), 2 when the trail cannot be read.
            What is detected:
              always           a changed byte, a deleted, inserted or swapped line, a removed first line, a torn last
                               line, an empty file (exit 1 unless --allow-empty);
              --public-key     also a re-chained file (edited, then every hash recomputed) and entries appended after
                               the last signed checkpoint (reported with their count; --allow-unsigned-tail for a
                               running writer), since neither can be signed without the private key;
              --witness        also a file cut at its end or emptied or replaced: the witness kept the count and head.
            With --postgres, --public-key checks each writer's checkpoints, its tail, and writers left with no row.
            Not detected: anything done by whoever holds the signing key (they can sign a rewritten trail); a cut back
            to exactly a checkpoint without a witness; tampering by whoever controls both the trail and the witness.
            docs/trail-guarantees.md says exactly what the trail proves.
            Examples: lawfulbasis verify /var/lib/shop/audit/trail.jsonl
                      lawfulbasis verify /var/lib/shop/audit/trail.jsonl --public-key checkpoint-signing.pub.pem --witness /mnt/witness/shop.json
                      lawfulbasis verify --postgres "Host=db;Database=shop;Username=auditor" --schema lawfulbasis
            """)
        {
            trail, postgres, schema, publicKey, witness, allowEmpty, allowUnsignedTail,
        };

        command.SetAction(async (parsed, cancellationToken) =>
        {
            var file = parsed.GetValue(trail);
            var connection = parsed.GetValue(postgres);
            if (file is null == connection is null)
            {
                error.WriteLine("lawfulbasis verify: name a trail file, or --postgres with a connection string (not both).");
                return ExitCodes.Usage;
            }

            TrailVerification result;
            string what;
            if (connection is not null)
            {
                if (parsed.GetValue(witness) is not null)
                {
                    error.WriteLine("lawfulbasis verify: --witness applies to a trail file; in PostgreSQL, trail_writers keeps every writer and each writer signs its start.");
                    return ExitCodes.Usage;
                }

                PostgresConnectionString.Check(connection);
                using var key = ReadPublicKey(parsed.GetValue(publicKey));
                result = await PostgreSqlTrailVerifier.VerifyAsync(connection, parsed.GetValue(schema)!,
                    new TrailVerificationOptions { PublicKey = key, AllowEmpty = true, AllowUnsignedTail = key is null || parsed.GetValue(allowUnsignedTail) }, cancellationToken);
                what = $"schema {parsed.GetValue(schema)}";
            }
            else if (!file!.Exists) // a folder, a pipe or a device was refused before (InputPath)
            {
                error.WriteLine($"lawfulbasis verify: {file.FullName} does not exist.");
                return ExitCodes.Usage;
            }
            else
            {
                using var key = ReadPublicKey(parsed.GetValue(publicKey));
                var options = new TrailVerificationOptions
                {
                    PublicKey = key,
                    Witness = ReadWitness(parsed.GetValue(witness)),
                    AllowEmpty = parsed.GetValue(allowEmpty),
                    AllowUnsignedTail = parsed.GetValue(allowUnsignedTail),
                };
                result = AuditTrailVerifier.Verify(file.FullName, options);
                what = file.Name;
            }

            switch (result.Problem)
            {
                case TrailProblem.None:
                    output.WriteLine(connection is not null ? $"intact: {result.Message}"
                        : parsed.GetValue(publicKey) is null && parsed.GetValue(witness) is null ? $"intact: {result.EntriesVerified} entries verified in {what}."
                        : $"intact: {what}: {result.Message}");
                    return ExitCodes.Success;
                case TrailProblem.Unreadable:
                    error.WriteLine($"lawfulbasis verify: {result.Message}");
                    return ExitCodes.Usage;
                default:
                    var where = result.Line is { } line ? $" at {(connection is null ? "line" : "row")} {line}" : string.Empty;
                    output.WriteLine($"BROKEN{where}: {result.Problem}. {result.Message}");
                    return ExitCodes.Problem;
            }
        });
        return command;
    }

    private static ECDsa? ReadPublicKey(FileInfo? file)
    {
        if (file is null)
        {
            return null;
        }

        try
        {
            return CheckpointSigner.ReadPublicKey(File.ReadAllText(file.FullName));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new ToolUsageException($"--public-key {file.FullName}: {e.Message}");
        }
    }

    private static TrailCheckpoint? ReadWitness(FileInfo? file)
    {
        if (file is null)
        {
            return null;
        }

        if (!file.Exists)
        {
            throw new ToolUsageException($"--witness {file.FullName} does not exist: name the file set as CheckpointWitnessPath.");
        }

        try
        {
            return new FileTrailWitness(file.FullName).ReadLatest();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new ToolUsageException(e.Message);
        }
    }
}
