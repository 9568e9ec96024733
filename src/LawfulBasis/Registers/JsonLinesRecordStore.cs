using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LawfulBasis.Registers;

/// <summary>
/// The embedded default <see cref="IRecordStore{TRecord}"/>: one JSON object per line in a file. Each append writes a
/// whole line and flushes it to disk, so a crash never leaves half a record that later reads would misparse silently.
/// </summary>
/// <typeparam name="TRecord">The record type.</typeparam>
public sealed class JsonLinesRecordStore<TRecord> : IRecordStore<TRecord>
    where TRecord : class
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = false,
    };

    private readonly Lock _gate = new();

    /// <summary>Creates a store backed by <paramref name="path"/>; the file is created on the first append.</summary>
    /// <param name="path">The file path.</param>
    public JsonLinesRecordStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
    }

    /// <summary>The file the records are kept in.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public IReadOnlyList<TRecord> ReadAll()
    {
        if (!File.Exists(Path))
        {
            return [];
        }

        var records = new List<TRecord>();
        var number = 0;
        foreach (var line in File.ReadLines(Path, Encoding.UTF8))
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            TRecord? record;
            try
            {
                record = JsonSerializer.Deserialize<TRecord>(line, Options);
            }
            catch (JsonException e)
            {
                throw Corrupt(number, e.Message);
            }

            records.Add(record ?? throw Corrupt(number, "the line is null"));
        }

        return records;
    }

    /// <inheritdoc />
    public void Append(TRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var line = JsonSerializer.SerializeToUtf8Bytes(record, Options);
        lock (_gate)
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            using var file = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read);
            var buffer = new byte[line.Length + 1];
            line.CopyTo(buffer, 0);
            buffer[^1] = (byte)'\n';
            file.Write(buffer);
            file.Flush(flushToDisk: true);
        }
    }

    private InvalidDataException Corrupt(int line, string why) =>
        new($"{Path} line {line} is not a valid {typeof(TRecord).Name}: {why}. The register is evidence: restore the file from a backup, or move the damaged line aside after recording why.");
}
