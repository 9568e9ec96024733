namespace LawfulBasis;

/// <summary>One member classified by an <see cref="IClassificationSource"/>.</summary>
/// <param name="DeclaringType">The type that holds the data, for example an EF Core entity's CLR type.</param>
/// <param name="Member">
/// The member's name; it need not be a CLR member (an EF Core shadow property is stored, so it is personal data all the same).
/// </param>
/// <param name="Categories">
/// The category attribute types, for example <c>typeof(HealthDataAttribute)</c>: each must derive from
/// <c>DataClassificationAttribute</c> and have a public parameterless constructor, as the attributes do.
/// </param>
/// <param name="Purposes">The purpose types the data is collected for (each a <see cref="PurposeAttribute"/> type).</param>
public sealed record MemberClassification(Type DeclaringType, string Member, IReadOnlyList<Type> Categories, IReadOnlyList<Type> Purposes);
