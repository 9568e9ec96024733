namespace LawfulBasis.Registers;

/// <summary>
/// A file store (the audit trail, the key store, a register) is held by another writer: one process writes each, so a
/// second one is refused at start-up rather than allowed to overwrite or interleave the first one's records.
/// </summary>
public sealed class StoreInUseException : IOException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The store's file or folder.</param>
    /// <param name="holder">Who holds it, as that process recorded it (process id, name, machine, since when), or null when unknown.</param>
    public StoreInUseException(string path, string? holder)
        : base($"{path} is in use by another process{(holder is null ? string.Empty : $" ({holder})")}: one process writes it at a time. Stop the other process, or give this one its own files.")
    {
        StorePath = path;
        Holder = holder;
    }

    /// <summary>The store's file or folder.</summary>
    public string StorePath { get; }

    /// <summary>Who holds it (process id, name, machine, since when), or null when unknown.</summary>
    public string? Holder { get; }
}
