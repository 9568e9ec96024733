using System.Text.Json;
using System.Text.Json.Serialization;

namespace LawfulBasis.Registers;

/// <summary>How register records are written as JSON, by every store: web casing, enums by name.</summary>
internal static class RecordJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = false,
    };
}
