namespace LawfulBasis;

/// <summary>
/// Marks the member that identifies the data subject a record is about (the key access, portability and erasure
/// requests look data up by).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class SubjectIdAttribute : Attribute
{
}
