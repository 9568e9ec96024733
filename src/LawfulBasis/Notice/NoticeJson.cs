using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using LawfulBasis.Shared;
using static LawfulBasis.Notice.NoticeWording;

namespace LawfulBasis.Notice;

/// <summary>Writes the notice as JSON; the schema is documented in <c>docs/notice-schema.md</c>.</summary>
internal static class NoticeJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    /// <summary>The JSON; without <paramref name="version"/> it is the content the version hashes.</summary>
    public static string Write(PrivacyNotice notice, string? version)
    {
        var buffer = new ArrayBufferWriter<byte>(8 * 1024);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            var controller = notice.Catalog.Controller;
            json.WriteStartObject();
            json.WriteString("schemaVersion", PrivacyNotice.SchemaVersion);
            json.WriteString("regulation", "GDPR Art. 13, 14");
            json.WriteString("dataSubject", notice.DataSubject);
            if (version is not null)
            {
                json.WriteString("version", version);
            }

            json.WritePropertyName("controller");
            if (controller is null)
            {
                json.WriteNullValue();
            }
            else
            {
                json.WriteStartObject();
                json.WriteString("name", controller.Name);
                json.WriteString("contact", controller.Contact);
                json.WriteString("dataProtectionOfficer", controller.DataProtectionOfficer);
                json.WriteString("representative", controller.Representative);
                Strings(json, "jointControllers", controller.JointControllers);
                json.WriteEndObject();
            }

            json.WriteStartArray("purposes");
            foreach (var purpose in notice.Purposes)
            {
                WritePurpose(json, purpose, controller);
            }

            json.WriteEndArray();
            json.WriteStartArray("rights");
            foreach (var right in RightsOf(notice))
            {
                json.WriteStartObject();
                json.WriteString("name", right.Name);
                json.WriteString("article", right.Article);
                Strings(json, "purposes", right.Purposes);
                json.WriteString("note", right.Note);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("complaint", Complaint);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    private static void WritePurpose(Utf8JsonWriter json, PurposeDeclaration purpose, ControllerDeclaration? controller)
    {
        json.WriteStartObject();
        json.WriteString("id", purpose.Id);
        json.WriteString("name", purpose.Name);
        json.WriteString("description", purpose.Description);
        json.WriteString("informationArticle", InformationArticle(purpose));
        json.WriteString("basis", purpose.Basis.ToString());
        json.WriteString("basisArticle", PurposeRules.ArticleOf(purpose.Basis));
        json.WriteString("legitimateInterest", LegitimateInterest(purpose));
        if (purpose.Condition == SpecialCategoryCondition.None)
        {
            json.WriteNull("specialCategoryCondition");
        }
        else
        {
            json.WriteStartObject("specialCategoryCondition");
            json.WriteString("condition", purpose.Condition.ToString());
            json.WriteString("article", ConditionArticle(purpose));
            json.WriteEndObject();
        }

        Strings(json, "categories", purpose.Categories.Select(c => c.Name));
        json.WriteString("source", purpose.DataSource);
        Strings(json, "recipients", purpose.Recipients);
        Strings(json, "namedRecipients", purpose.NamedRecipients);
        json.WriteStartArray("transfers");
        foreach (var transfer in purpose.Transfers.Where(t => t.LeavesEuropeanEconomicArea))
        {
            json.WriteStartObject();
            json.WriteString("country", transfer.Country);
            json.WriteString("safeguard", transfer.Safeguard.ToString());
            json.WriteString("article", transfer.SafeguardArticle);
            json.WriteString("recipient", transfer.Recipient);
            json.WriteString("text", Transfer(transfer, controller));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("retention", purpose.Retention?.ToString());
        json.WriteString("retentionText", Retention(purpose));
        json.WriteString("requirement", Requirement(purpose));
        if (purpose.AutomatedDecision is null)
        {
            json.WriteNull("automatedDecision");
        }
        else
        {
            json.WriteStartObject("automatedDecision");
            json.WriteString("description", purpose.AutomatedDecision);
            json.WriteString("article", purpose.AutomatedDecisionGround);
            json.WriteBoolean("humanIntervention", HumanIntervention(purpose));
            json.WriteEndObject();
        }

        json.WriteBoolean("consentCanBeWithdrawn", purpose.Basis == LegalBasis.Consent || purpose.Condition == SpecialCategoryCondition.ExplicitConsent);
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
