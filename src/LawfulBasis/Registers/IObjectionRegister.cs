namespace LawfulBasis.Registers;

/// <summary>
/// Objections (Art. 21). For purposes based on legitimate interests or a public task, an objection stops processing
/// unless compelling legitimate grounds are documented (21(1)); for direct marketing it is absolute (21(2)–(3)).
/// </summary>
public interface IObjectionRegister
{
    /// <summary>
    /// Records an objection to one purpose, or to every purpose open to objection when <paramref name="purpose"/> is null.
    /// An objection to one direct-marketing purpose stops every direct-marketing purpose (Art. 21(3)).
    /// </summary>
    /// <param name="subjectId">The data subject.</param>
    /// <param name="purpose">The purpose, or null for all.</param>
    /// <returns>The recorded entry.</returns>
    /// <exception cref="ArgumentException">The purpose is not open to objection: neither public task, legitimate interests nor direct marketing (Art. 21).</exception>
    ObjectionRecord Raise(string subjectId, PurposeDeclaration? purpose);

    /// <summary>Records that compelling legitimate grounds override the objection (Art. 21(1)).</summary>
    /// <param name="subjectId">The data subject.</param>
    /// <param name="purpose">The purpose; never a direct-marketing purpose.</param>
    /// <param name="groundsReference">Where the grounds are documented.</param>
    /// <returns>The recorded entry.</returns>
    /// <exception cref="InvalidOperationException">The purpose is direct marketing, where an objection is absolute.</exception>
    ObjectionRecord Override(string subjectId, PurposeDeclaration purpose, string groundsReference);

    /// <summary>Records that the subject withdrew the objection.</summary>
    /// <param name="subjectId">The data subject.</param>
    /// <param name="purpose">The purpose, or null for all.</param>
    /// <returns>The recorded entry.</returns>
    ObjectionRecord Withdraw(string subjectId, PurposeDeclaration? purpose);

    /// <summary>Every entry for the subject, oldest first.</summary>
    /// <param name="subjectId">The data subject.</param>
    /// <returns>The history.</returns>
    IReadOnlyList<ObjectionRecord> History(string subjectId);
}
