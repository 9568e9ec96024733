using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LawfulBasis.Analyzers;

/// <summary>
/// The ways a value is turned into another that still identifies the person, for <see cref="TextFlow"/>: encodings,
/// unkeyed hashes and serialisations of it, and parts of it (the year of a date of birth, the first letter of a name,
/// an exception's message). A keyed hash (HMAC) is a pseudonym and is not followed. Recognised by names, after the
/// operation kind has matched: no symbol lookup.
/// </summary>
internal static class ValueTransforms
{
    /// <summary>
    /// Whether a call's result carries its arguments: <c>Convert</c>, <c>BitConverter.ToString</c>,
    /// <c>Encoding.GetBytes</c>, <c>SHA256.HashData</c> and <c>ComputeHash</c> of an unkeyed hash algorithm,
    /// <c>JsonSerializer.Serialize</c> and <c>JsonConvert.SerializeObject</c>.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public static bool PassesOn(IInvocationOperation call)
    {
        var method = call.TargetMethod;
        var type = method.ContainingType;
        if (type is null || call.Arguments.IsEmpty)
        {
            return false;
        }

        switch (type.Name)
        {
            case "Convert" or "BitConverter":
                return IsIn(type, "System") && method.Name.StartsWith("To", System.StringComparison.Ordinal);
            case "JsonSerializer" or "JsonConvert":
                return method.Name.StartsWith("Serialize", System.StringComparison.Ordinal);
        }

        if (method.Name is "GetBytes" or "GetString" or "GetChars")
        {
            return DerivesFromNamed(type, "Encoding");
        }

        // SHA256.HashData(bytes), sha.ComputeHash(bytes): an unkeyed hash of a value that can be enumerated is that value.
        // HMACSHA256.HashData(key, bytes) and hmac.ComputeHash(bytes) are keyed: a pseudonym, like a subject's key.
        if (method.Name is "HashData" or "ComputeHash" or "TryHashData")
        {
            var algorithm = call.Instance?.Type as INamedTypeSymbol ?? type;
            return DerivesFromNamed(algorithm, "HashAlgorithm") && !DerivesFromNamed(algorithm, "KeyedHashAlgorithm") && !algorithm.Name.StartsWith("HMAC", System.StringComparison.Ordinal);
        }

        return false;
    }

    /// <summary>
    /// Whether a method of a date or time keeps the value in its result: <c>dateOfBirth.ToLongDateString()</c>,
    /// <c>dateOfBirth.AddYears(18)</c>, <c>DateOnly.FromDateTime(birth)</c> (a date or text comes out; a comparison does not).
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public static bool IsDateArithmetic(IInvocationOperation call) =>
        call.TargetMethod.ContainingType is { } type && IsDateOrText(type) && type.SpecialType != SpecialType.System_String
        && call.Type is { } result && IsDateOrText(result);

    /// <summary>
    /// Whether reading this property of a value keeps the person in it: a part of a date or time (<c>DateOfBirth.Year</c>),
    /// a character of text (<c>Surname[0]</c>), a nullable's <c>Value</c>, a claim's <c>Value</c>, an exception's
    /// <c>Message</c>. A length, a count or a yes/no does not.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public static bool IsPartOfValue(IPropertyReferenceOperation part)
    {
        var property = part.Property;
        if (property.Name is "Length" or "Count" || property.Type.SpecialType == SpecialType.System_Boolean || part.Instance?.Type is not { } instance)
        {
            return false;
        }

        if (property.Name == "Message")
        {
            return IsException(instance);
        }

        return IsDateOrText(instance) || FrameworkPersonalData.IsClaimValue(part)
            || instance is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments.Length: 1 } nullable && IsDateOrText(nullable.TypeArguments[0]);
    }

    /// <summary>Whether a type is an exception (anything deriving from <c>System.Exception</c>).</summary>
    public static bool IsException(ITypeSymbol type) => type is INamedTypeSymbol named && DerivesFromNamed(named, "Exception") && IsInSystemChain(named);

    private static bool IsDateOrText(ITypeSymbol type) =>
        type.SpecialType is SpecialType.System_String or SpecialType.System_DateTime
        || type is INamedTypeSymbol { Name: "DateOnly" or "TimeOnly" or "DateTimeOffset" or "TimeSpan" } named && IsIn(named, "System");

    private static bool DerivesFromNamed(INamedTypeSymbol type, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name == name)
            {
                return true;
            }
        }

        return false;
    }

    // System.Exception at the root of the chain (an application may name its own class "Exception").
    private static bool IsInSystemChain(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name == "Exception" && IsIn(current, "System"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsIn(INamedTypeSymbol type, string rootNamespace) =>
        type.ContainingNamespace is { ContainingNamespace.IsGlobalNamespace: true } ns && ns.Name == rootNamespace;
}
