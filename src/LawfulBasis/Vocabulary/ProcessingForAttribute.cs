namespace LawfulBasis;

/// <summary>
/// The non-generic view of <see cref="ProcessingForAttribute{TPurpose}"/>, for code that reads the attribute by reflection.
/// </summary>
public abstract class ProcessingForAttribute : Attribute
{
    private protected ProcessingForAttribute()
    {
    }

    /// <summary>The purpose type named by the attribute.</summary>
    public abstract Type Purpose { get; }
}

/// <summary>
/// Binds personal data or code to a purpose declared with <see cref="PurposeAttribute"/>. Repeatable.
/// </summary>
/// <typeparam name="TPurpose">A type carrying <see cref="PurposeAttribute"/>.</typeparam>
/// <remarks>
/// <para>On a personal-data type or member it says what the data is collected and processed for: the purposes, and so
/// the lawful bases, travel with the data.</para>
/// <para>On a method, a constructor, a code type or the assembly it says which purpose that code serves when it touches
/// personal data. Code that touches personal data with no purpose from either side is flagged (rule LB0001).</para>
/// </remarks>
[AttributeUsage(
    AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface |
    AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Property | AttributeTargets.Field,
    AllowMultiple = true,
    Inherited = false)]
public sealed class ProcessingForAttribute<TPurpose> : ProcessingForAttribute
{
    /// <inheritdoc />
    public override Type Purpose => typeof(TPurpose);
}
