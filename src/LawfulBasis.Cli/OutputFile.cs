namespace LawfulBasis.Cli;

/// <summary>
/// A file a command writes its answer to (<c>--output</c>). Checked before any work, so a mistyped folder fails the
/// command before it changes anything; written to a temporary file and moved into place, so it is never half-written.
/// </summary>
internal static class OutputFile
{
    /// <summary>Throws <see cref="ToolUsageException"/> when the file's folder does not exist or the path is a folder.</summary>
    public static void EnsureWritable(FileInfo file)
    {
        if (Directory.Exists(file.FullName))
        {
            throw new ToolUsageException($"--output {file.FullName} is a folder: name a file in it.");
        }

        if (file.DirectoryName is not { } folder || !Directory.Exists(folder))
        {
            throw new ToolUsageException($"--output: the folder {file.DirectoryName} does not exist. Create it, or name a file in an existing folder.");
        }
    }

    /// <summary>Writes the text whole: to a temporary file beside the destination, then moved over it.</summary>
    public static async Task WriteAsync(FileInfo file, Func<TextWriter, Task> write, CancellationToken cancellationToken = default)
    {
        var temporary = file.FullName + $".{Environment.ProcessId}.tmp";
        try
        {
            await using (var writer = new StreamWriter(temporary) { NewLine = "\n" })
            {
                await write(writer);
                await writer.FlushAsync(cancellationToken);
            }

            File.Move(temporary, file.FullName, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            throw new ToolUsageException($"--output {file.FullName} cannot be written: {e.Message}");
        }
    }
}
