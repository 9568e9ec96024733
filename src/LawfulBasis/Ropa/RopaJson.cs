using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using LawfulBasis.Shared;

namespace LawfulBasis.Ropa;

/// <summary>Writes the record as JSON; the schema is documented in <c>docs/ropa-schema.md</c>. Missing values are <c>null</c>.</summary>
internal static class RopaJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    public static void Write(ProcessingCatalog catalog, TextWriter output, RopaTrailEvidence? trail)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("schemaVersion", RopaWriter.SchemaVersion);
            json.WriteString("regulation", "GDPR Art. 30(1)");
            WriteController(json, catalog.Controller);
            json.WriteStartArray("processingActivities");
            foreach (var purpose in catalog.Purposes)
            {
                WritePurpose(json, catalog, purpose);
            }

            json.WriteEndArray();
            json.WriteStartArray("personalDataTypes");
            foreach (var type in catalog.DataTypes)
            {
                WriteDataType(json, type);
            }

            json.WriteEndArray();
            if (trail is not null)
            {
                // Only when given: the declarations alone do not say how the running application signs its trail.
                json.WriteStartObject("auditTrail");
                json.WriteString("checkpointSignature", "ECDSA P-256, SHA-256");
                json.WriteString("keyId", trail.KeyId);
                json.WriteString("publicKeyPem", trail.PublicKeyPem);
                json.WriteString("witness", trail.WitnessLocation);
                json.WriteString("verify", trail.VerifyCommand);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        output.Write('\n');
    }

    private static void WriteController(Utf8JsonWriter json, ControllerDeclaration? controller)
    {
        json.WritePropertyName("controller");
        if (controller is null)
        {
            json.WriteNullValue();
            json.WriteNull("securityMeasures");
            return;
        }

        json.WriteStartObject();
        json.WriteString("name", controller.Name);
        json.WriteString("contact", controller.Contact);
        json.WriteString("dataProtectionOfficer", controller.DataProtectionOfficer);
        json.WriteString("representative", controller.Representative);
        WriteStrings(json, "jointControllers", controller.JointControllers);
        json.WriteBoolean("isPublicAuthority", controller.IsPublicAuthority);
        json.WriteEndObject();
        json.WriteString("securityMeasures", controller.SecurityMeasures);
    }

    private static void WritePurpose(Utf8JsonWriter json, ProcessingCatalog catalog, PurposeDeclaration purpose)
    {
        json.WriteStartObject();
        json.WriteString("id", purpose.Id);
        json.WriteString("name", purpose.Name);
        json.WriteString("description", purpose.Description);

        json.WriteStartObject("lawfulBasis");
        json.WriteString("basis", purpose.Basis.ToString());
        json.WriteString("article", PurposeRules.ArticleOf(purpose.Basis));
        json.WriteEndObject();

        json.WritePropertyName("specialCategoryCondition");
        if (purpose.Condition == SpecialCategoryCondition.None)
        {
            json.WriteNullValue();
        }
        else
        {
            json.WriteStartObject();
            json.WriteString("condition", purpose.Condition.ToString());
            json.WriteString("article", PurposeRules.ArticleOf(purpose.Condition));
            json.WriteEndObject();
        }

        json.WriteString("legalReference", purpose.LegalReference);
        json.WriteString("contractReference", purpose.ContractReference);
        json.WriteString("assessmentReference", purpose.AssessmentReference);
        WriteStrings(json, "dataSubjects", purpose.DataSubjects);

        json.WriteStartArray("dataCategories");
        foreach (var category in purpose.Categories)
        {
            WriteCategory(json, category);
        }

        json.WriteEndArray();
        WriteStrings(json, "recipients", purpose.Recipients);

        json.WriteStartArray("transfers");
        foreach (var transfer in purpose.Transfers)
        {
            json.WriteStartObject();
            json.WriteString("country", transfer.Country);
            json.WriteBoolean("outsideEea", transfer.LeavesEuropeanEconomicArea);
            json.WriteString("safeguard", transfer.Safeguard.ToString());
            json.WriteString("safeguardArticle", transfer.SafeguardArticle);
            json.WriteString("derogation", transfer.Derogation == TransferDerogation.None ? null : transfer.Derogation.ToString());
            json.WriteString("recipient", transfer.Recipient);
            json.WriteString("reference", transfer.Reference);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WritePropertyName("erasureException");
        if (purpose.ErasureException == ErasureException.None)
        {
            json.WriteNullValue();
        }
        else
        {
            json.WriteStartObject();
            json.WriteString("exception", purpose.ErasureException.ToString());
            json.WriteString("article", PurposeRules.ArticleOf(purpose.ErasureException));
            json.WriteString("reference", purpose.ErasureExceptionReference);
            json.WriteEndObject();
        }

        json.WritePropertyName("automatedDecision");
        if (purpose.AutomatedDecision is null)
        {
            json.WriteNullValue();
        }
        else
        {
            json.WriteStartObject();
            json.WriteString("description", purpose.AutomatedDecision);
            json.WriteString("article", purpose.AutomatedDecisionGround);
            json.WriteEndObject();
        }

        json.WriteStartObject("impactAssessment");
        json.WriteString("requiredBy", purpose.ImpactAssessmentTrigger);
        json.WriteString("reference", purpose.DpiaReference);
        json.WriteEndObject();

        json.WritePropertyName("retention");
        if (purpose.Retention is { } retention)
        {
            json.WriteStartObject();
            json.WriteString("duration", retention.ToString());
            json.WriteString("description", retention.Describe());
            json.WriteEndObject();
        }
        else
        {
            json.WriteNullValue();
        }

        WriteStrings(json, "dataTypes", catalog.DataTypesFor(purpose).Select(t => t.Name));
        json.WriteEndObject();
    }

    private static void WriteDataType(Utf8JsonWriter json, PersonalDataType type)
    {
        json.WriteStartObject();
        json.WriteString("name", type.Name);
        json.WriteString("type", type.Type.FullName);
        json.WriteString("dataSubject", type.SubjectCategory);
        json.WriteString("subjectId", type.SubjectIdMember);
        json.WriteStartArray("members");
        foreach (var member in type.Members)
        {
            json.WriteStartObject();
            json.WriteString("name", member.Name);
            json.WriteStartArray("categories");
            foreach (var category in member.Categories)
            {
                WriteCategory(json, category);
            }

            json.WriteEndArray();
            json.WriteStartArray("purposes");
            foreach (var purpose in member.Purposes)
            {
                json.WriteStartObject();
                json.WriteString("id", purpose.Id);
                json.WriteString("basis", purpose.Basis.ToString());
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteCategory(Utf8JsonWriter json, DataCategory category)
    {
        json.WriteStartObject();
        json.WriteString("name", category.Name);
        json.WriteString("taxonomy", category.Taxonomy);
        json.WriteString("kind", category.Kind.ToString());
        json.WriteString("article", category.Article);
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
