using System.Text;

namespace LawfulBasis.Benchmarks;

/// <summary>
/// Writes a large, realistic project: data types with a mix of classified and plain members, and services that read
/// and write them. As in a codebase that uses LawfulBasis, most methods declare a purpose; one in ten does not, so the
/// analyzers have real findings to report too.
/// </summary>
internal static class LargeProjectGenerator
{
    public static IReadOnlyList<string> Generate(int dataTypes, int accessesPerService)
    {
        var files = new List<string>();
        var purposes = new StringBuilder("using LawfulBasis;\nnamespace Generated;\n");
        for (var p = 0; p < 20; p++)
        {
            purposes.Append($"[Purpose(\"Purpose {p}\", LegalBasis.Contract, Retention = \"P{p + 1}Y\")] public sealed class Purpose{p};\n");
        }

        files.Add(purposes.ToString());
        for (var t = 0; t < dataTypes; t++)
        {
            var source = new StringBuilder("using System;\nusing System.Linq;\nusing System.Collections.Generic;\nusing LawfulBasis;\nusing Microsoft.Extensions.Logging;\nnamespace Generated;\n");
            source.Append($$"""
                public sealed class Record{{t}}
                {
                    public Guid Id { get; set; }
                    [ContactData] public string Email { get; set; } = "";
                    [NameData, ProcessingFor<Purpose{{t % 20}}>] public string Name { get; set; } = "";
                    public int Count { get; set; }
                    public decimal Total { get; set; }
                    public string Sku { get; set; } = "";
                    [AddressData] public string City { get; set; } = "";
                    public DateTime Created { get; set; }
                }

                public sealed class Service{{t}}(ILogger logger)
                {

                """);
            for (var a = 0; a < accessesPerService; a++)
            {
                var purpose = (t + a) % 10 != 0 ? $"[ProcessingFor<Purpose{t % 20}>] " : string.Empty;
                source.Append($$"""
                        {{purpose}}public string M{{a}}(Record{{t}} r, List<Record{{t}}> all)
                        {
                            r.Count += {{a}};
                            var total = all.Where(x => x.Total > {{a}}).Sum(x => x.Total);
                            logger.LogInformation("Order {Id} {Total}", r.Id, total);
                            return r.Email + r.Name + r.Sku + r.City + r.Created.Year;
                        }

                    """);
            }

            source.Append("}\n");
            files.Add(source.ToString());
        }

        return files;
    }
}
