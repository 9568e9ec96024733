using System.Text.RegularExpressions;

namespace LawfulBasis.PostgreSql;

/// <summary>Schema names go into SQL text (DDL takes no parameters): only plain identifiers are accepted.</summary>
internal static partial class SqlNames
{
    public static string Checked(string schema, string option) =>
        Identifier().IsMatch(schema)
            ? schema
            : throw new ArgumentException($"{option} '{schema}' is not a plain PostgreSQL identifier: use lower-case letters, digits and underscores, starting with a letter (at most 50 characters).", option);

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,49}$")]
    private static partial Regex Identifier();
}
