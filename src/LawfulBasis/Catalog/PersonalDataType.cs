namespace LawfulBasis;

/// <summary>A type that holds personal data: it has classified members or carries <see cref="DataSubjectAttribute"/>.</summary>
/// <param name="Type">The type.</param>
/// <param name="SubjectCategory">The category of data subjects from <see cref="DataSubjectAttribute"/>, or null when not declared.</param>
/// <param name="SubjectIdMember">The member carrying <see cref="SubjectIdAttribute"/>, or null when none does.</param>
/// <param name="Members">The members that hold personal data, by name.</param>
/// <param name="Purposes">The purposes bound to the whole type with <see cref="ProcessingForAttribute{TPurpose}"/>.</param>
public sealed record PersonalDataType(
    Type Type,
    string? SubjectCategory,
    string? SubjectIdMember,
    IReadOnlyList<PersonalDataMember> Members,
    IReadOnlyList<PurposeDeclaration> Purposes)
{
    /// <summary>The type's name.</summary>
    public string Name => Type.Name;

    /// <summary>Every category held by the type's members, each once.</summary>
    public IEnumerable<DataCategory> Categories => Members.SelectMany(m => m.Categories).Distinct();
}
