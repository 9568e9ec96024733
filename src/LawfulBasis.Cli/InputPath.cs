using System.CommandLine;
using System.Runtime.InteropServices;

namespace LawfulBasis.Cli;

/// <summary>
/// Refuses, before a command opens anything, an input path that names something other than what the command reads: a
/// named pipe (opening it for reading waits for a writer that never comes, so the command hangs), a device (/dev/zero
/// never ends), a socket, or a file where a folder is meant and the reverse. A path that does not exist is left to the
/// command, which says what it expected there.
/// </summary>
internal static class InputPath
{
    private const int TypeMask = 0xF000;
    private const int NamedPipe = 0x1000;
    private const int CharacterDevice = 0x2000;
    private const int Folder = 0x4000;
    private const int BlockDevice = 0x6000;
    private const int RegularFile = 0x8000;
    private const int Socket = 0xC000;

    /// <summary>
    /// Checks every file and folder the parsed command was given (options and arguments), except where it writes
    /// (<c>--output</c>, which is replaced by a new file, never opened for reading).
    /// </summary>
    /// <exception cref="ToolUsageException">A path names the wrong kind of thing.</exception>
    public static void CheckAll(ParseResult parsed)
    {
        if (parsed.Action is System.CommandLine.Help.HelpAction)
        {
            return;
        }

        var command = parsed.CommandResult.Command;
        foreach (var symbol in command.Options.Cast<Symbol>().Concat(command.Arguments))
        {
            if (parsed.GetResult(symbol) is null)
            {
                continue; // not given
            }

            var value = symbol switch
            {
                Option<FileInfo?> { Name: "--output" } => null,
                Option<FileInfo?> file => parsed.GetValue(file) as FileSystemInfo,
                Argument<FileInfo?> file => parsed.GetValue(file),
                Option<DirectoryInfo?> folder => parsed.GetValue(folder),
                Argument<DirectoryInfo?> folder => parsed.GetValue(folder),
                _ => null,
            };
            var name = symbol is Option option ? option.Name : $"the {symbol.Name}";
            switch (value)
            {
                case FileInfo file when symbol is Argument { Name: "trail" } && Directory.Exists(file.FullName):
                    throw new ToolUsageException($"{file.FullName} is a folder, not a trail file: name the trail file in it (for example {Path.Combine(file.FullName, "trail.jsonl")}).");
                case FileInfo file:
                    RequireFile(file.FullName, name);
                    break;
                case DirectoryInfo folder:
                    RequireFolder(folder.FullName, name);
                    break;
            }
        }
    }

    /// <summary>Refuses <paramref name="path"/> when it exists and is not a regular file (a symbolic link is followed).</summary>
    /// <param name="path">The path.</param>
    /// <param name="what">What names it, for the message (an option, or a file the command looks for in a folder).</param>
    /// <exception cref="ToolUsageException">It is a folder, a named pipe, a device or a socket.</exception>
    public static void RequireFile(string path, string what)
    {
        var kind = KindOf(path);
        if (kind is null or RegularFile)
        {
            return;
        }

        throw new ToolUsageException(kind == Folder
            ? $"{what} {path} is a folder, not a file: name the file in it."
            : $"{what} {path} is {Described(kind.Value)}, not a regular file: it is not read (it could wait for ever or never end). Copy what it holds to a file and name that file.");
    }

    /// <summary>Refuses <paramref name="path"/> when it exists and is not a folder.</summary>
    /// <param name="path">The path.</param>
    /// <param name="what">What names it, for the message.</param>
    /// <exception cref="ToolUsageException">It is a file, a named pipe, a device or a socket.</exception>
    public static void RequireFolder(string path, string what)
    {
        var kind = KindOf(path);
        if (kind is null or Folder)
        {
            return;
        }

        throw new ToolUsageException($"{what} {path} is {Described(kind.Value)}, not a folder: name the folder that holds the files.");
    }

    private static string Described(int kind) => kind switch
    {
        RegularFile => "a file",
        NamedPipe => "a named pipe (FIFO)",
        CharacterDevice => "a character device",
        BlockDevice => "a block device",
        Socket => "a socket",
        _ => "not a file",
    };

    /// <summary>The file type bits of what <paramref name="path"/> names (links followed), or null when nothing is there.</summary>
    private static int? KindOf(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            // No pipes or devices behind ordinary paths there; files and folders are told apart by .NET.
            return Directory.Exists(path) ? Folder : File.Exists(path) ? RegularFile : null;
        }

        try
        {
            // .NET reports a pipe or a device as an ordinary file (FileAttributes.Normal, length 0), so ask stat(2), through
            // the runtime's own native shim: its FileStatus layout is the same on every Unix (no per-platform struct stat).
            return Stat(System.Text.Encoding.UTF8.GetBytes(path + "\0"), out var status) == 0 ? status.Mode & TypeMask : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return Directory.Exists(path) ? Folder : File.Exists(path) ? RegularFile : null;
        }
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", ExactSpelling = true)]
    private static extern int Stat(byte[] nulTerminatedUtf8Path, out FileStatus status);

    /// <summary>
    /// The start of the runtime shim's FileStatus (flags, then st_mode); the rest (sizes, times, ids) is not read, and
    /// the size leaves room for fields a later runtime adds.
    /// </summary>
    [StructLayout(LayoutKind.Sequential, Size = 512)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
    }
}
