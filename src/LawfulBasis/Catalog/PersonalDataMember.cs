namespace LawfulBasis;

/// <summary>A property or field that holds personal data.</summary>
/// <param name="Name">The member name.</param>
/// <param name="Categories">The categories it is classified with.</param>
/// <param name="Purposes">The purposes the data is collected and processed for: those on the member and on its type.</param>
public sealed record PersonalDataMember(string Name, IReadOnlyList<DataCategory> Categories, IReadOnlyList<PurposeDeclaration> Purposes);
