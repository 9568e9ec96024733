namespace LawfulBasis.Registers;

/// <summary>
/// A key store that keeps the register key (<see cref="RegisterSubjectKey.DerivedFrom"/> of its own secret): the file key
/// store and the PostgreSQL one. Registers name subjects by it, and the request ledger pseudonymises closed requests with it.
/// </summary>
internal interface IRegisterKeySource
{
    /// <summary>The key registers name subjects by.</summary>
    RegisterSubjectKey RegisterKey { get; }
}
