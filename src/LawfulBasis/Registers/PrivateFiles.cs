namespace LawfulBasis.Registers;

/// <summary>
/// Files only their owner may read: secrets and keys. On Unix, folders are set to 0700 and files to 0600 explicitly
/// (a chmod, which the umask does not touch), both when created and when an existing store is opened; on Windows the
/// folder's access control list applies.
/// </summary>
internal static class PrivateFiles
{
    private const UnixFileMode OwnerFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>Creates the folder if needed and restricts it to its owner.</summary>
    public static void CreateFolder(string path)
    {
        Directory.CreateDirectory(path);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, OwnerFolder);
        }
    }

    /// <summary>Restricts an existing file to its owner; does nothing when it does not exist.</summary>
    public static void Restrict(string path)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(path))
        {
            File.SetUnixFileMode(path, OwnerFile);
        }
    }

    /// <summary>Creates (or truncates) a file only its owner can read.</summary>
    public static FileStream Create(string path) => Open(path, FileMode.Create);

    /// <summary>Opens a file for appending, creating it only its owner can read.</summary>
    public static FileStream OpenAppend(string path) => Open(path, FileMode.Append);

    /// <summary>Opens a file for appending with a write buffer of <paramref name="bufferSize"/> bytes, creating it only its owner can read.</summary>
    public static FileStream OpenAppend(string path, int bufferSize) => Open(path, FileMode.Append, bufferSize);

    private static FileStream Open(string path, FileMode mode, int bufferSize = 4096)
    {
        var options = new FileStreamOptions { Mode = mode, Access = FileAccess.Write, Share = FileShare.Read, BufferSize = bufferSize };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerFile;
        }

        var file = new FileStream(path, options);
        Restrict(path); // the create mode is masked by the umask; a chmod is not
        return file;
    }
}
