using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace LawfulBasis.Analyzers;

/// <summary>
/// Recognises members that look like personal data from their name and type (rule LB0004). Built for precision as much
/// as recall: identifiers, counts, flags, configuration keys, templates, labels and formats are not personal data, and a
/// name only counts when its type can hold the value (an e-mail is text, a birth date a date, a face template a vector).
/// </summary>
internal static class PersonalDataNames
{
    [System.Flags]
    private enum Shape
    {
        None = 0,
        Text = 1,
        Date = 2,
        Number = 4,
        Vector = 8,
        IpAddress = 16,
        MacAddress = 32,
    }

    private sealed class Rule
    {
        public Rule(string category, Shape shapes, string[][] sequences, bool personLikeOnly = false)
        {
            Category = category;
            Shapes = shapes;
            Sequences = sequences;
            PersonLikeOnly = personLikeOnly;
        }

        public string Category { get; }
        public Shape Shapes { get; }
        public string[][] Sequences { get; }
        public bool PersonLikeOnly { get; }
    }

    // Matched before the exclusions below, because their last word would otherwise exclude them ("NationalId", "FaceTemplate").
    private static readonly Rule[] BeforeExclusions =
    {
        new("BiometricData", Shape.Vector | Shape.Text, Words(
            "face template", "face embedding", "face embeddings", "face vector", "face encoding", "face descriptor", "face features", "face signature",
            "faceprint", "fingerprint template", "fingerprint", "fingerprint hash", "voice template", "voice embedding", "voiceprint", "voice print",
            "iris template", "iris code", "retina scan", "palm print", "gait signature", "biometric", "biometrics", "biometric template")),
        new("GovernmentIdentifierData", Shape.Text | Shape.Number, Words("national id", "tax id", "taxpayer id", "citizen id", "voter id")),
        new("OnlineIdentifierData", Shape.Text, Words("device id", "advertising id", "idfa", "gaid")),
    };

    private static readonly Rule[] Rules =
    {
        new("GeneticData", Shape.Text | Shape.Vector, Words("genome", "genotype", "dna", "dna sequence", "genetic", "genetic profile", "genetic test")),
        new("HealthData", Shape.Text, Words(
            "diagnosis", "diagnoses", "allergy", "allergies", "medication", "medications", "medical history", "medical record", "medical condition",
            "medical conditions", "disability", "disabilities", "blood type", "blood group", "health condition",
            "symptoms", "prescription", "prescriptions", "illness", "pregnancy status")),
        new("HealthData", Shape.Text, Words("health"), personLikeOnly: true),
        new("ReligiousOrPhilosophicalBeliefData", Shape.Text, Words("religion", "religious belief", "religious affiliation", "faith", "denomination")),
        new("RacialOrEthnicOriginData", Shape.Text, Words("ethnicity", "ethnic origin", "ethnic group", "racial origin")),
        new("RacialOrEthnicOriginData", Shape.Text, Words("race"), personLikeOnly: true),
        new("PoliticalOpinionData", Shape.Text, Words("political opinion", "political opinions", "political party", "political affiliation", "political views")),
        new("TradeUnionMembershipData", Shape.Text, Words("trade union", "union membership", "trade union membership")),
        new("SexLifeOrSexualOrientationData", Shape.Text, Words("sexual orientation", "sex life")),
        new("CriminalData", Shape.Text, Words("criminal record", "criminal records", "conviction", "convictions", "offences", "offenses", "criminal history")),
        new("ContactData", Shape.Text, Words(
            "email", "e mail", "email address", "mail address", "phone", "phone number", "telephone", "telephone number", "mobile", "mobile number",
            "mobile phone", "cell phone", "fax", "fax number", "msisdn")),
        new("NameData", Shape.Text, Words(
            "first name", "firstname", "last name", "lastname", "given name", "givenname", "family name", "familyname", "middle name", "surname",
            "forename", "full name", "fullname", "maiden name")),
        new("NameData", Shape.Text, Words("name"), personLikeOnly: true),
        new("DemographicData", Shape.Date | Shape.Text, Words("date of birth", "birth date", "birthdate", "birthday", "dob")),
        new("DemographicData", Shape.Text, Words("gender", "sex", "nationality")),
        new("DemographicData", Shape.Number, Words("age"), personLikeOnly: true),
        new("GovernmentIdentifierData", Shape.Text, Words(
            "ssn", "social security number", "national insurance number", "passport", "passport number", "tax number", "tax identification number",
            "driver license", "drivers license", "driving licence", "driver licence", "licence number", "license number", "identity card number", "nino")),
        new("FinancialData", Shape.Text, Words(
            "iban", "card number", "credit card", "credit card number", "bank account", "bank account number", "account number", "cvv", "cvc", "sort code")),
        new("FinancialData", Shape.Number | Shape.Text, Words("income", "annual income", "credit score")),
        new("EmploymentData", Shape.Number | Shape.Text, Words("salary", "job title", "employer")),
        new("OnlineIdentifierData", Shape.Text | Shape.IpAddress | Shape.Vector, Words("ip", "ip address", "ipv4", "ipv6", "client ip", "remote ip")),
        new("OnlineIdentifierData", Shape.Text | Shape.MacAddress, Words("mac address", "macaddress")),
        new("LocationData", Shape.Number | Shape.Text, Words(
            "latitude", "longitude", "lat", "lng", "lon", "geolocation", "geo location", "coordinates", "gps", "gps position")),
        new("AddressData", Shape.Text, Words(
            "street", "street address", "address", "home address", "postal address", "shipping address", "billing address", "address line",
            "city", "town", "postcode", "post code", "postal code", "zip", "zip code", "zipcode")),
        new("AccountData", Shape.Text, Words("username", "user name", "login name", "screen name")),
    };

    // A name ending in one of these describes something about the data, not the data itself.
    private static readonly HashSet<string> NotDataSuffixes = new()
    {
        "id", "ids", "count", "counts", "key", "keys", "type", "types", "kind", "label", "labels", "template", "templates", "format", "formats",
        "pattern", "regex", "enabled", "flag", "flags", "url", "uri", "length", "max", "min", "limit", "column", "field", "setting", "settings",
        "config", "configuration", "placeholder", "header", "title", "hint", "prompt", "verified", "confirmed", "required", "visible", "policy",
        "options", "validator", "mask", "provider", "status", "state", "index", "hash", "salt", "token", "selector", "property", "path", "mode",
        "service", "client", "server", "sender", "message", "subject", "body", "text", "button", "link", "icon", "prefix", "suffix", "separator",
        "version", "source", "factory", "builder", "handler", "options",
    };

    private static readonly HashSet<string> NotDataPrefixes = new()
    {
        "is", "has", "can", "should", "allow", "allows", "enable", "enabled", "default", "max", "min", "show", "use", "include", "require", "requires",
        "sample", "example", "test", "fake", "dummy", "company", "support", "sales", "noreply", "no",
    };

    private static readonly HashSet<string> PersonLikeTypeWords = new()
    {
        "customer", "user", "person", "people", "employee", "patient", "member", "applicant", "candidate", "student", "contact", "client",
        "subscriber", "account", "profile", "owner", "guest", "visitor", "traveller", "traveler", "passenger", "buyer", "seller", "citizen",
        "driver", "author", "recipient", "holder", "beneficiary", "respondent", "participant", "volunteer", "tenant", "resident", "staff",
    };

    // Data about organisations and infrastructure is not personal data, whatever its members are called.
    private static readonly HashSet<string> NotPersonTypeWords = new()
    {
        "warehouse", "store", "shop", "company", "organisation", "organization", "supplier", "vendor", "branch", "office", "site", "server",
        "host", "endpoint", "settings", "options", "config", "configuration", "smtp", "template", "templates", "constants", "resources", "strings",
    };

    /// <summary>The category the member looks like, e.g. <c>ContactData</c>, or null.</summary>
    public static string? Suggest(string memberName, ITypeSymbol type, INamedTypeSymbol containingType)
    {
        var shape = ShapeOf(type);
        if (shape == Shape.None)
        {
            return null;
        }

        var words = Split(memberName);
        if (words.Count == 0 || Split(containingType.Name).Any(NotPersonTypeWords.Contains))
        {
            return null;
        }

        if (Match(BeforeExclusions, words, shape, containingType) is { } identifier)
        {
            return identifier;
        }

        if (NotDataSuffixes.Contains(words[words.Count - 1]) || NotDataPrefixes.Contains(words[0]))
        {
            return null;
        }

        return Match(Rules, words, shape, containingType);
    }

    private static string? Match(Rule[] rules, List<string> words, Shape shape, INamedTypeSymbol containingType)
    {
        foreach (var rule in rules)
        {
            if ((rule.Shapes & shape) == 0 || (rule.PersonLikeOnly && !IsPersonLike(containingType)))
            {
                continue;
            }

            foreach (var sequence in rule.Sequences)
            {
                // An ambiguous word ("name", "age", "race", "health") counts only as the whole name, on a person-like type.
                if (rule.PersonLikeOnly ? words.Count == sequence.Length && EndsWithOrIs(words, sequence) : EndsWithOrIs(words, sequence))
                {
                    return rule.Category;
                }
            }
        }

        return null;
    }

    /// <summary>The whole name is the sequence, or the name ends with it after a qualifier ("HomeEmail", "CustomerIban").</summary>
    private static bool EndsWithOrIs(List<string> words, string[] sequence)
    {
        if (words.Count < sequence.Length)
        {
            return false;
        }

        var offset = words.Count - sequence.Length;
        for (var i = 0; i < sequence.Length; i++)
        {
            if (words[offset + i] != sequence[i])
            {
                return false;
            }
        }

        // "EmailAddress" is contact data, but "IpAddress"/"MacAddress" must not match the plain "address" rule.
        return !(sequence.Length == 1 && sequence[0] == "address" && offset > 0
            && words[offset - 1] is "email" or "mail" or "ip" or "mac" or "web" or "wallet" or "server" or "host" or "memory" or "base" or "remote"
                or "local" or "network" or "hardware" or "contract" or "return" or "reply" or "sender" or "multicast" or "broadcast" or "loopback");
    }

    private static bool IsPersonLike(INamedTypeSymbol type) => Split(type.Name).Any(PersonLikeTypeWords.Contains);

    private static Shape ShapeOf(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_String:
                return Shape.Text;
            case SpecialType.System_DateTime:
                return Shape.Date;
            case SpecialType.System_Int16 or SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_UInt16
                or SpecialType.System_UInt32 or SpecialType.System_UInt64 or SpecialType.System_Single or SpecialType.System_Double
                or SpecialType.System_Decimal or SpecialType.System_Byte:
                return Shape.Number;
        }

        if (type is IArrayTypeSymbol array)
        {
            return array.ElementType.SpecialType switch
            {
                SpecialType.System_Char => Shape.Text,
                SpecialType.System_Byte or SpecialType.System_Single or SpecialType.System_Double => Shape.Vector,
                _ => Shape.None,
            };
        }

        var name = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        switch (name)
        {
            case "global::System.DateOnly" or "global::System.DateTimeOffset":
                return Shape.Date;
            case "global::System.Net.IPAddress":
                return Shape.IpAddress;
            case "global::System.Net.NetworkInformation.PhysicalAddress":
                return Shape.MacAddress;
        }

        if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic
            && generic.TypeArguments[0].SpecialType is SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Byte
            && generic.Name is "ReadOnlyMemory" or "Memory" or "IReadOnlyList" or "IList" or "List" or "ImmutableArray" or "IEnumerable" or "ICollection" or "IReadOnlyCollection")
        {
            return Shape.Vector;
        }

        return Shape.None;
    }

    /// <summary>Splits <c>dateOfBirth</c>, <c>IPAddress</c>, <c>home_email</c>, <c>_lastName</c> into lower-case words.</summary>
    public static List<string> Split(string identifier)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        for (var i = 0; i < identifier.Length; i++)
        {
            var c = identifier[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush();
                continue;
            }

            var boundary = current.Length > 0 && char.IsUpper(c)
                && (char.IsLower(identifier[i - 1]) || char.IsDigit(identifier[i - 1])
                    || (i + 1 < identifier.Length && char.IsLower(identifier[i + 1]) && char.IsUpper(identifier[i - 1])));
            if (boundary)
            {
                Flush();
            }

            current.Append(char.ToLowerInvariant(c));
        }

        Flush();
        if (words.Count > 1 && words[0] == "m")
        {
            words.RemoveAt(0); // m_email
        }

        return words;

        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
    }

    private static string[][] Words(params string[] phrases) => phrases.Select(p => p.Split(' ')).ToArray();
}
