using System.Text.Json;

namespace LawfulBasis.Audit;

/// <summary>An enum's member names, encoded for JSON once, so the trail writer never formats an enum per event.</summary>
internal static class EnumText<TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<TEnum, JsonEncodedText> Names =
        Enum.GetValues<TEnum>().ToDictionary(v => v, v => JsonEncodedText.Encode(v.ToString()));

    private static readonly JsonEncodedText Unknown = JsonEncodedText.Encode("Unknown");

    public static JsonEncodedText Of(TEnum value) => Names.GetValueOrDefault(value, Unknown);
}
