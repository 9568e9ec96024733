namespace LawfulBasis.Registers;

/// <summary>
/// Recovery of a line-per-record file whose last write was cut short by a crash: the bytes after the last newline
/// were never acknowledged (each append is one write followed by a flush), so they are moved to
/// <c>&lt;file&gt;.torn-&lt;time&gt;</c> and the file ends at its last complete line. Only its writer, holding the
/// file's lock, does this.
/// </summary>
internal static class TornTail
{
    /// <summary>Moves an incomplete last line aside; returns the file it was moved to, or null when the file ends cleanly.</summary>
    public static string? MoveAside(string path, DateTimeOffset now)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read, bufferSize: 0);
        var end = LastLineEnd(file);
        if (end == file.Length)
        {
            return null;
        }

        var torn = path + $".torn-{now.UtcDateTime:yyyyMMddTHHmmssfffZ}";
        file.Position = end;
        using (var aside = PrivateFiles.Create(torn))
        {
            file.CopyTo(aside);
            aside.Flush(flushToDisk: true);
        }

        file.SetLength(end);
        file.Flush(flushToDisk: true);
        return torn;
    }

    /// <summary>Where the last complete line ends (0 when there is none), reading backwards in blocks.</summary>
    private static long LastLineEnd(FileStream file)
    {
        var block = new byte[4096];
        var end = file.Length;
        while (end > 0)
        {
            var size = (int)Math.Min(block.Length, end);
            file.Position = end - size;
            file.ReadExactly(block, 0, size);
            var newline = block.AsSpan(0, size).LastIndexOf((byte)'\n');
            if (newline >= 0)
            {
                return end - size + newline + 1;
            }

            end -= size;
        }

        return 0;
    }
}
