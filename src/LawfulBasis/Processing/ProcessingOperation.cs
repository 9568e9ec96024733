namespace LawfulBasis.Processing;

/// <summary>The kind of operation performed on personal data (Art. 4(2) lists them), as recorded in the audit trail.</summary>
public enum ProcessingOperation
{
    /// <summary>Collecting or recording data about the subject.</summary>
    Collect = 0,

    /// <summary>Keeping data without otherwise using it; the only operation allowed under restriction (Art. 18(2)).</summary>
    Store = 1,

    /// <summary>Reading, consulting or using data.</summary>
    Read = 2,

    /// <summary>Changing data (including rectification, Art. 16).</summary>
    Update = 3,

    /// <summary>Disclosing data to a recipient (Art. 4(9)).</summary>
    Disclose = 4,

    /// <summary>Transferring data to a third country or international organisation (Chapter V).</summary>
    Transfer = 5,

    /// <summary>Evaluating personal aspects: profiling (Art. 4(4)) or automated decisions (Art. 22).</summary>
    Profile = 6,

    /// <summary>Erasing or destroying data (Art. 17).</summary>
    Erase = 7,
}
