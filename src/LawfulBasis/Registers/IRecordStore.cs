namespace LawfulBasis.Registers;

/// <summary>
/// Where a register keeps its records: consents, objections, restrictions. Append-only, so the full history stays
/// available as evidence (Art. 5(2), 7(1)). Replace the embedded JSON Lines default by registering your own
/// implementation before <c>AddLawfulBasis</c>.
/// </summary>
/// <typeparam name="TRecord">The record type.</typeparam>
public interface IRecordStore<TRecord>
{
    /// <summary>Reads every record, oldest first. Called once, at start-up.</summary>
    /// <returns>The records.</returns>
    /// <exception cref="InvalidDataException">The store is corrupt; the message names where.</exception>
    IReadOnlyList<TRecord> ReadAll();

    /// <summary>Appends one record durably: when this returns, the record survives a crash.</summary>
    /// <param name="record">The record.</param>
    void Append(TRecord record);
}
