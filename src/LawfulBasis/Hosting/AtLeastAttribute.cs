using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace LawfulBasis;

/// <summary>
/// A whole-number option's lower bound, declared on the option and checked by the generated options validator.
/// </summary>
/// <remarks>
/// Why not <see cref="RangeAttribute"/>: the options validation source generator replaces it with a copy that ignores
/// <see cref="ValidationAttribute.ErrorMessage"/> (dotnet/runtime#123137), so the message could not say how to fix the
/// setting. A validation attribute of our own is used as declared.
/// </remarks>
/// <param name="minimum">The smallest value allowed.</param>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
internal sealed class AtLeastAttribute(long minimum) : ValidationAttribute("{0} must be at least {1}.")
{
    /// <summary>The smallest value allowed.</summary>
    public long Minimum { get; } = minimum;

    /// <inheritdoc />
    public override bool IsValid(object? value) => value switch
    {
        null => true,
        int n => n >= Minimum,
        long n => n >= Minimum,
        _ => false,
    };

    /// <inheritdoc />
    public override string FormatErrorMessage(string name) =>
        string.Format(CultureInfo.InvariantCulture, ErrorMessageString, name, Minimum);
}
