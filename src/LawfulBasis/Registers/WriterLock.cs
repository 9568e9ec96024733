using System.Diagnostics;

namespace LawfulBasis.Registers;

/// <summary>
/// The one-writer lock of a file store, held for the writer's life: <c>&lt;path&gt;.lock</c> opened with
/// <see cref="FileShare.None"/>. On Linux and macOS .NET takes an exclusive <c>flock</c> on it, which another process
/// (or another open in this one) cannot take until this handle is closed, and which the kernel releases when the
/// process dies, however it dies; on Windows the share mode itself excludes. The lock is on a separate file so readers
/// (<c>verify</c>, reports) can still open the store itself. Who holds it is written beside it, in
/// <c>&lt;path&gt;.lock.owner</c>, so a refused process can name the holder.
/// </summary>
/// <remarks>
/// The lock is advisory on Unix: it stops every LawfulBasis writer, not a process that ignores it (an editor,
/// <c>cat &gt;&gt;</c>), and it is off when <c>DOTNET_SYSTEM_IO_DISABLEFILELOCKING</c> is set. Tampering by such a
/// process is what the chain, the checkpoints and the witness are for.
/// </remarks>
internal sealed class WriterLock : IDisposable
{
    private readonly FileStream _handle;
    private readonly string _ownerFile;

    private WriterLock(FileStream handle, string ownerFile)
    {
        _handle = handle;
        _ownerFile = ownerFile;
    }

    /// <summary>Takes the lock of the store at <paramref name="path"/> (a file or a folder).</summary>
    /// <exception cref="StoreInUseException">Another writer holds it.</exception>
    public static WriterLock Acquire(string path)
    {
        var full = Path.GetFullPath(path);
        var lockFile = (Directory.Exists(full) ? Path.Combine(full, ".lock") : full + ".lock");
        var ownerFile = lockFile + ".owner";
        Directory.CreateDirectory(Path.GetDirectoryName(lockFile)!);
        FileStream handle;
        try
        {
            handle = new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 0);
        }
        catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException and not PathTooLongException)
        {
            throw new StoreInUseException(full, ReadOwner(ownerFile));
        }

        try
        {
            using var process = Process.GetCurrentProcess();
            File.WriteAllText(ownerFile, $"process {Environment.ProcessId} ({process.ProcessName}) on {Environment.MachineName}, since {DateTime.UtcNow:yyyy-MM-ddTHH:mm:ssZ}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Naming the holder is a courtesy to the next process; the lock itself is held.
        }

        return new WriterLock(handle, ownerFile);
    }

    public void Dispose()
    {
        // The owner file is left: deleting it here could race with the next holder writing its own.
        _handle.Dispose();
    }

    private static string? ReadOwner(string ownerFile)
    {
        try
        {
            return File.Exists(ownerFile) ? File.ReadAllText(ownerFile).Trim() : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
