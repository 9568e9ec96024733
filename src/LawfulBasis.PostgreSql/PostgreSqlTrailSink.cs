using System.Text;
using LawfulBasis.Audit;
using LawfulBasis.Rights;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace LawfulBasis.PostgreSql;

/// <summary>
/// One application instance's part of the shared trail. Each instance is a writer with its own hash chain (its own
/// sequence from 1, chained from zero), registered in <c>trail_writers</c>; instances never wait for each other. The
/// table's identity column orders all writers' entries by arrival. A batch goes in with one binary COPY, which commits
/// atomically; when the connection fails, the batch is retried on a new one (<see cref="TransientRetry"/>; callers wait,
/// nothing is dropped), and a batch that did commit before the failure is recognised rather than written twice.
/// </summary>
internal sealed class PostgreSqlTrailSink : ITrailSink
{
    private readonly LawfulBasisDatabase _database;
    private readonly ILogger _logger;
    private readonly Guid _writer = Guid.CreateVersion7();
    private readonly List<(long Seq, string? Subject, string Entry)> _rows = [];
    private readonly string _copy;
    private NpgsqlConnection? _connection;

    public PostgreSqlTrailSink(LawfulBasisDatabase database, ILogger logger)
    {
        _database = database;
        _logger = logger;
        _copy = $"COPY {database.Schema}.trail (writer, seq, subject, entry) FROM STDIN (FORMAT BINARY)";
        Location = $"{database.Description}, writer {_writer}";
    }

    public string Location { get; }

    /// <summary>Registers this writer; its chain starts empty, so there is nothing of its own to verify or recover.</summary>
    public TrailStart Open()
    {
        _database.EnsureSchema();
        using var command = _database.DataSource.CreateCommand($"INSERT INTO {_database.Schema}.trail_writers (writer, host, process_id) VALUES (@writer, @host, @pid)");
        command.Parameters.AddWithValue("writer", _writer);
        command.Parameters.AddWithValue("host", Environment.MachineName);
        command.Parameters.AddWithValue("pid", Environment.ProcessId);
        command.ExecuteNonQuery();
        return new TrailStart(0, new byte[32], null);
    }

    public void Write(ReadOnlySpan<byte> lines, bool durable)
    {
        if (lines.IsEmpty)
        {
            return; // a batch of flush requests only: every earlier batch is already committed
        }

        Split(lines);
        TransientRetry.Run(
            attempt =>
            {
                _connection ??= _database.TrailWriterDataSource.OpenConnection();
                if (attempt == 1 || !AlreadyStored(_connection))
                {
                    Copy(_connection);
                }

                return true;
            },
            () => $"Writing audit entries {_rows[0].Seq}–{_rows[^1].Seq} of writer {_writer}",
            _database,
            _logger,
            onFailure: () =>
            {
                _connection?.Dispose();
                _connection = null;
            });
    }

    public async Task<IReadOnlyList<HistoryEntry>> HistoryAsync(string pseudonym, CancellationToken cancellationToken)
    {
        await using var command = _database.DataSource.CreateCommand($"SELECT entry FROM {_database.Schema}.trail WHERE subject = @subject ORDER BY id");
        command.Parameters.AddWithValue("subject", pseudonym);
        var history = new List<HistoryEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            history.Add(TrailHistory.Parse(reader.GetString(0)));
        }

        return history;
    }

    public void Dispose()
    {
        _connection?.Dispose();
        _connection = null;
    }

    /// <summary>Cuts the batch into rows: the sequence number and the subject's pseudonym are read back from each canonical line.</summary>
    private void Split(ReadOnlySpan<byte> lines)
    {
        _rows.Clear();
        while (!lines.IsEmpty)
        {
            var end = lines.IndexOf((byte)'\n');
            var line = lines[..end];
            lines = lines[(end + 1)..];
            if (!TrailFormat.TryReadSeq(line, out var seq))
            {
                throw new InvalidOperationException("The trail writer produced a line without a sequence number.");
            }

            _rows.Add((seq, TrailFormat.ReadSubject(line), Encoding.UTF8.GetString(line)));
        }
    }

    private void Copy(NpgsqlConnection connection)
    {
        using var import = connection.BeginBinaryImport(_copy);
        foreach (var (seq, subject, entry) in _rows)
        {
            import.StartRow();
            import.Write(_writer, NpgsqlDbType.Uuid);
            import.Write(seq, NpgsqlDbType.Bigint);
            if (subject is null)
            {
                import.WriteNull();
            }
            else
            {
                import.Write(subject, NpgsqlDbType.Text);
            }

            import.Write(entry, NpgsqlDbType.Text);
        }

        import.Complete(); // one COPY, one commit: all of the batch or none of it
    }

    /// <summary>After a failure the batch may have committed with only the acknowledgement lost: then it must not be written again.</summary>
    private bool AlreadyStored(NpgsqlConnection connection)
    {
        using var command = new NpgsqlCommand($"SELECT coalesce(max(seq), 0) FROM {_database.Schema}.trail WHERE writer = @writer", connection);
        command.Parameters.AddWithValue("writer", _writer);
        return (long)command.ExecuteScalar()! >= _rows[^1].Seq;
    }
}
