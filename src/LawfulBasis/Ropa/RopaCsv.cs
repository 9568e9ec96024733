using static LawfulBasis.DeclarationWording;
using static LawfulBasis.Ropa.RopaWording;

namespace LawfulBasis.Ropa;

/// <summary>Writes the record as RFC 4180 CSV: a header, then one row per processing activity (purpose).</summary>
internal static class RopaCsv
{
    private static readonly string[] Header =
    [
        "Purpose id", "Purpose", "Description (30(1)(b))", "Lawful basis (6(1))", "Special-category condition (9(2))",
        "Legal reference (6(3))", "Contract reference", "Legitimate-interest assessment", "Data subjects (30(1)(c))",
        "Personal data categories (30(1)(c))", "Recipients (30(1)(d))", "Transfers (30(1)(e))",
        "Time limit for erasure (30(1)(f))", "Erasure exception (17(3))", "Automated decisions (22)",
        "Impact assessment (35)", "Data types in code", "Controller (30(1)(a))", "Data protection officer",
        "Representative", "Security measures (30(1)(g))",
    ];

    public static void Write(ProcessingCatalog catalog, TextWriter output)
    {
        WriteRow(output, Header);
        var controller = catalog.Controller;
        foreach (var purpose in catalog.Purposes)
        {
            WriteRow(output,
            [
                purpose.Id,
                purpose.Name,
                purpose.Description,
                Basis(purpose.Basis),
                Condition(purpose),
                Value(purpose.LegalReference),
                Value(purpose.ContractReference),
                Assessment(purpose),
                List(purpose.DataSubjects),
                List(purpose.Categories.Select(Category)),
                List(purpose.Recipients),
                List(purpose.Transfers.Select(Transfer)),
                Retention(purpose),
                ErasureException(purpose),
                AutomatedDecision(purpose),
                ImpactAssessment(purpose),
                List(catalog.DataTypesFor(purpose).Select(t => t.Name)),
                Value(controller?.Name),
                Value(controller?.DataProtectionOfficer),
                Value(controller?.Representative),
                Value(controller?.SecurityMeasures),
            ]);
        }
    }

    private static void WriteRow(TextWriter output, string[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                output.Write(',');
            }

            output.Write(Quote(fields[i]));
        }

        output.Write("\r\n");
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : field;
}
