using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace LawfulBasis.Analyzers;

/// <summary>
/// Recognises members that look like personal data from their name, their type and the type that declares them (rules
/// LB0004 and LB0008). Built for precision as much as recall: identifiers of things, counts, flags, configuration keys,
/// templates, labels and formats are not personal data, and a name only counts when its type can hold the value (an
/// e-mail is text, a birth date a date, a face template a vector). Ambiguous words count only where the declaring
/// type gives them a personal meaning: <c>Name</c> on a customer, <c>State</c> on an address or an order,
/// <c>ExpirationMonth</c> on a payment card, <c>Position</c> on a device.
/// </summary>
internal static class PersonalDataNames
{
    // --- Families of names ------------------------------------------------------------------------------------------

    // Matched before the exclusions below, because their last word would otherwise exclude them ("NationalId",
    // "FaceTemplate", "DeviceToken", "AvatarUrl").
    private static readonly NameRule[] BeforeExclusions =
    {
        new("BiometricData", Shape.Vector | Shape.Text, Confidence.High, Context.Any, Words(
            "face template", "face embedding", "face embeddings", "face vector", "face encoding", "face descriptor", "face features", "face signature",
            "faceprint", "fingerprint template", "fingerprint", "fingerprint hash", "voice template", "voice embedding", "voiceprint", "voice print",
            "iris template", "iris code", "retina scan", "palm print", "gait signature", "biometric", "biometrics", "biometric template")),
        new("GovernmentIdentifierData", Shape.Text | Shape.Number, Confidence.High, Context.Any, Words("national id", "tax id", "taxpayer id", "citizen id", "voter id")),
        new("OnlineIdentifierData", Shape.Text | Shape.Guid, Confidence.High, Context.Any, Words("device id", "advertising id", "idfa", "gaid", "installation id")),
        new("OnlineIdentifierData", Shape.Text, Confidence.Normal, Context.Any, Words(
            "device token", "push token", "fcm token", "apns token", "cookie id", "session cookie", "visitor id", "anonymous id", "tracking id",
            "session id", "browser fingerprint", "device fingerprint", "device name")),
        // The parts of an identity document: "PassportExpiry", "DrivingLicenceCountry", "IdCardIssueDate".
        new("GovernmentIdentifierData", Shape.Text | Shape.Date, Confidence.Normal, Context.Any, DocumentParts()),
        new("GovernmentIdentifierData", Shape.Text, Confidence.Normal, Context.Any, Words(
            "vehicle registration", "vehicle registration number", "registration number plate", "vin")),
        new("AccountData", Shape.Text | Shape.Number, Confidence.Normal, Context.Any, Words(
            "frequent flyer number", "loyalty number", "loyalty card number", "membership number", "loyalty id", "member number")),
        new("NameData", Shape.Text, Confidence.Normal, Context.PersonLike, Words("title", "salutation", "honorific")),
        new("ImageData", Shape.Text | Shape.Vector, Confidence.Normal, Context.Any, PersonImages()),
        new("OnlineIdentifierData", Shape.Text | Shape.MacAddress, Confidence.Normal, Context.Any, Words("bluetooth address", "bluetooth mac", "wifi mac", "imei", "imsi", "iccid")),
        new("OnlineIdentifierData", Shape.Text, Confidence.Normal, Context.Tracked, Words("serial number", "serial")),
        new("ImageData", Shape.Text | Shape.Vector, Confidence.Normal, Context.Any, Words(
            "signature", "signature image", "signature image url", "signature url", "handwritten signature")),
        new("ImageData", Shape.Text | Shape.Vector, Confidence.Normal, Context.PersonLike, Words(
            "cover image", "cover image url", "cover photo", "cover photo url", "banner image url")),
        new("ImageData", Shape.Text | Shape.Vector, Confidence.High, Context.Any, Words(
            "avatar", "avatar url", "avatar uri", "profile picture", "profile picture url", "profile photo", "profile photo url", "profile image",
            "profile image url", "selfie", "selfie url", "headshot", "headshot url", "passport photo")),
        new("ImageData", Shape.Text | Shape.Vector, Confidence.Normal, Context.PersonLike, Words(
            "photo", "photo url", "photo uri", "picture", "picture url", "picture uri", "image", "image url", "portrait", "portrait url")),
        new("ContactData", Shape.Text, Confidence.Normal, Context.Any, Words(
            "linked in", "linked in url", "linked in profile", "linkedin", "linkedin url", "linkedin profile", "facebook profile", "facebook url",
            "twitter url", "instagram handle", "instagram url", "github profile", "social profile url")),
        new("ContentData", Shape.Text, Confidence.Normal, Context.PersonLike, Words(
            "resume", "resume file name", "resume url", "cv", "cv url", "curriculum vitae", "cover letter", "bio", "biography", "about me")),
        // What a person wrote, on the types that carry it: "Post.Text", "Comment.Content", "DirectMessage.Body", "Review.Text".
        new("ContentData", Shape.Text, Confidence.Normal, Context.Written, Words("text", "body", "content", "message", "message text", "message body")),
        new("ContentData", Shape.Text, Confidence.Normal, Context.Any, Words(
            "special requests", "special request", "free text", "incident description", "complaint text", "feedback text", "personal message")),
        // Ending in a word the exclusions drop ("Type", "Status", "Title"), yet personal values.
        new("HealthData", Shape.Text, Confidence.High, Context.Any, Words("blood type")),
        new("DemographicData", Shape.Text, Confidence.High, Context.Any, Words("marital status", "civil status", "relationship status")),
        new("EmploymentData", Shape.Text, Confidence.High, Context.Any, Words("job title", "employment status", "employment type")),
    };

    private static readonly NameRule[] Rules =
    {
        new("GeneticData", Shape.Text | Shape.Vector, Confidence.High, Context.Any, Words(
            "genome", "genotype", "dna", "dna sequence", "genetic", "genetic profile", "genetic test", "genetic test result")),
        new("HealthData", Shape.Text, Confidence.High, Context.Any, Words(
            "diagnosis", "diagnoses", "allergy", "allergies", "medication", "medications", "medical history", "medical record", "medical condition",
            "medical conditions", "disability", "disabilities", "blood type", "blood group", "health condition", "symptoms", "prescription",
            "prescriptions", "illness", "pregnancy status", "clinical notes", "medical notes", "treatment plan", "icd code", "icd10 code",
            "reason for visit", "chief complaint", "presenting complaint", "medical record number", "mrn", "nhs number", "vaccination status",
            "injury", "injuries", "special needs", "special educational needs", "mental health", "disability status")),
        new("HealthData", Shape.Text, Confidence.Normal, Context.PersonLike, Words("health")),
        new("HealthData", Shape.Number | Shape.Text, Confidence.Normal, Context.Any, Words(
            "heart rate", "resting heart rate", "average heart rate", "max heart rate", "blood pressure", "systolic", "diastolic", "blood glucose",
            "bmi", "body mass index", "body fat", "spo2", "oxygen saturation", "dietary requirements", "dietary restrictions", "dietary needs")),
        new("HealthData", Shape.Number | Shape.Text, Confidence.Normal, Context.PersonLike, Words("weight", "height", "body weight")),
        new("ReligiousOrPhilosophicalBeliefData", Shape.Text, Confidence.High, Context.Any, Words("religion", "religious belief", "religious affiliation", "faith", "denomination")),
        new("RacialOrEthnicOriginData", Shape.Text, Confidence.High, Context.Any, Words("ethnicity", "ethnic origin", "ethnic group", "racial origin")),
        new("RacialOrEthnicOriginData", Shape.Text, Confidence.Normal, Context.PersonLike, Words("race")),
        new("PoliticalOpinionData", Shape.Text, Confidence.High, Context.Any, Words("political opinion", "political opinions", "political party", "political affiliation", "political views")),
        new("TradeUnionMembershipData", Shape.Text, Confidence.High, Context.Any, Words("trade union", "union membership", "trade union membership")),
        new("SexLifeOrSexualOrientationData", Shape.Text, Confidence.High, Context.Any, Words("sexual orientation", "sex life")),
        new("CriminalData", Shape.Text, Confidence.High, Context.Any, Words("criminal record", "criminal records", "conviction", "convictions", "offences", "offenses", "criminal history")),
        new("ContactData", Shape.Text, Confidence.High, Context.Any, Words(
            "email", "e mail", "email address", "mail address", "phone", "phone number", "telephone", "telephone number", "mobile number",
            "mobile phone", "cell phone", "fax number", "msisdn", "whatsapp number")),
        new("ContactData", Shape.Text, Confidence.Normal, Context.Any, Words("mobile", "fax", "cell")),
        new("NameData", Shape.Text, Confidence.High, Context.Any, Words(
            "first name", "firstname", "last name", "lastname", "given name", "givenname", "family name", "familyname", "middle name", "surname",
            "forename", "full name", "fullname", "maiden name", "nickname", "nick name", "preferred name", "card holder", "cardholder",
            "account holder", "holder name", "cardholder name", "card holder name", "account holder name")),
        new("NameData", Shape.Text, Confidence.Normal, Context.PersonLike | Context.Addressed, Words("name")),
        new("NameData", Shape.Text, Confidence.Normal, Context.PersonLike, Words("display name", "initials")),
        new("DemographicData", Shape.Date | Shape.Text, Confidence.High, Context.Any, Words("date of birth", "birth date", "birthdate", "birthday")),
        new("DemographicData", Shape.Date | Shape.Text, Confidence.Normal, Context.Any, Words("dob")),
        new("DemographicData", Shape.Text, Confidence.High, Context.Any, Words("gender", "nationality", "marital status", "country of birth", "place of birth", "birth place", "birthplace")),
        new("DemographicData", Shape.Text, Confidence.Normal, Context.Any, Words("sex")),
        new("DemographicData", Shape.Number, Confidence.Normal, Context.PersonLike, Words("age")),
        new("GovernmentIdentifierData", Shape.Text, Confidence.High, Context.Any, Words(
            "ssn", "social security number", "national insurance number", "passport", "passport number", "tax number", "tax identification number",
            "driver license", "drivers license", "driving licence", "driver licence", "driver license number", "driving licence number",
            "identity card number", "id card number", "nino", "personal identification number", "health insurance number")),
        new("GovernmentIdentifierData", Shape.Text, Confidence.Normal, Context.Any, Words(
            "licence number", "license number", "license plate", "licence plate", "number plate", "vehicle plate", "registration plate", "plate number")),
        new("FinancialData", Shape.Text, Confidence.Normal, Context.Any, Words("policy number", "insurance number", "loyalty card number", "loyalty number")),
        new("FinancialData", Shape.Text, Confidence.High, Context.Any, Words(
            "iban", "card number", "credit card", "credit card number", "debit card number", "bank account", "bank account number", "account number",
            "cvv", "cvc", "cvv2", "card security number", "card security code", "card verification code", "card verification value", "sort code",
            "card expiration", "card expiry", "card expiration date", "card expiry date", "card last four", "card last4")),
        // On a payment card, its token-less parts: "PaymentMethod.Expiration", "CreditCard.Number", "Card.SecurityNumber".
        new("FinancialData", Shape.Text, Confidence.Normal, Context.Payment | Context.PersonLike, Words("security number")),
        new("FinancialData", Shape.Text | Shape.Date | Shape.Number, Confidence.Normal, Context.Payment, Words(
            "security code", "expiration", "expiry", "expiration date", "expiry date", "expiration month", "expiration year",
            "expiry month", "expiry year", "exp month", "exp year")),
        new("FinancialData", Shape.Text, Confidence.Normal, Context.Card, Words("number", "last four", "last4", "last digits", "pan")),
        new("FinancialData", Shape.Number | Shape.Text, Confidence.High, Context.Any, Words("income", "annual income", "credit score", "household income")),
        new("EmploymentData", Shape.Number | Shape.Text, Confidence.High, Context.Any, Words("salary", "annual salary", "employer", "gross salary", "net salary")),
        new("EmploymentData", Shape.Date, Confidence.Normal, Context.Any, Words(
            "hire date", "date of hire", "termination date", "employment start date", "employment end date", "leaving date")),
        new("EmploymentData", Shape.Text, Confidence.Normal, Context.PersonLike, Words("position", "job position", "occupation", "profession", "department name")),
        new("OnlineIdentifierData", Shape.Text | Shape.IpAddress | Shape.Vector, Confidence.High, Context.Any, Words("ip address", "ipv4 address", "ipv6 address", "client ip address", "remote ip address")),
        new("OnlineIdentifierData", Shape.Text | Shape.IpAddress | Shape.Vector, Confidence.Normal, Context.Any, Words("ip", "ipv4", "ipv6", "client ip", "remote ip", "user agent")),
        new("OnlineIdentifierData", Shape.Text | Shape.MacAddress, Confidence.High, Context.Any, Words("mac address", "macaddress")),
        new("LocationData", Shape.Number | Shape.Text, Confidence.Normal, Context.Any, Words(
            "latitude", "longitude", "lat", "lng", "lon", "geolocation", "geo location", "coordinates", "gps", "gps position", "altitude")),
        new("LocationData", Shape.Number, Confidence.Normal, Context.Tracked, Words("elevation")),
        // A position of a device or a person: "Device.Position", "Courier.CurrentLocation", "LocationSample.Point".
        new("LocationData", Shape.Geo | Shape.Text, Confidence.Normal, Context.Tracked, Words(
            "position", "location", "current location", "last location", "last known location", "current position", "last position", "point",
            "geo point", "home location", "work location")),
        new("LocationData", Shape.Geo, Confidence.Normal, Context.PersonLike, Words("home", "residence")),
        new("AddressData", Shape.Text, Confidence.High, Context.Any, Words(
            "street address", "home address", "postal address", "shipping address", "billing address", "delivery address", "mailing address",
            "residential address", "address line", "postcode", "post code", "postal code", "zip code", "zipcode")),
        new("AddressData", Shape.Text, Confidence.Normal, Context.Any, Words("street", "address", "zip", "house number", "apartment")),
        // Parts that name a place of any kind, personal only on an address, a person or an order: "Address.State", "Order.Country".
        new("AddressData", Shape.Text, Confidence.Normal, Context.Addressed, Words(
            "city", "town", "suburb", "state", "country", "region", "province", "county", "district", "state province")),
        new("AccountData", Shape.Text, Confidence.High, Context.Any, Words("username", "user name", "login name", "login")),
        new("AccountData", Shape.Text, Confidence.Normal, Context.PersonLike, Words("screen name")),
        new("AccountData", Shape.Text, Confidence.Normal, Context.Any, Words("twitter handle", "gamertag")),
        new("AccountData", Shape.Text, Confidence.Normal, Context.PersonLike, Words("handle")),
    };

    // --- Words that decide -------------------------------------------------------------------------------------------

    // A name ending in one of these describes something about the data, not the data itself.
    private static readonly HashSet<string> NotDataSuffixes = new()
    {
        "id", "ids", "count", "counts", "key", "keys", "type", "types", "kind", "label", "labels", "template", "templates", "format", "formats",
        "pattern", "regex", "enabled", "flag", "flags", "url", "uri", "length", "max", "min", "limit", "column", "field", "setting", "settings",
        "config", "configuration", "placeholder", "header", "title", "hint", "prompt", "verified", "confirmed", "required", "visible", "policy",
        "options", "validator", "mask", "provider", "status", "index", "hash", "salt", "token", "selector", "property", "path", "mode",
        "service", "client", "server", "sender", "message", "subject", "body", "text", "button", "link", "icon", "prefix", "suffix", "separator",
        "version", "source", "factory", "builder", "handler", "state",
    };

    private static readonly HashSet<string> NotDataPrefixes = new()
    {
        "is", "has", "can", "should", "allow", "allows", "enable", "enabled", "default", "max", "min", "show", "use", "include", "require", "requires",
        "sample", "example", "test", "fake", "dummy", "company", "support", "sales", "noreply", "no", "product", "catalog", "brand", "item", "file",
        "template", "store", "shop", "site", "app", "application", "server", "host", "merchant", "vendor", "supplier", "organization", "organisation",
    };

    /// <summary>Words of a type that stands for people, or data about one person.</summary>
    private static readonly HashSet<string> PersonLikeTypeWords = new()
    {
        "customer", "user", "person", "people", "employee", "patient", "member", "applicant", "candidate", "student", "contact", "client",
        "subscriber", "account", "profile", "owner", "guest", "visitor", "traveller", "traveler", "passenger", "buyer", "seller", "citizen",
        "driver", "author", "recipient", "holder", "beneficiary", "respondent", "participant", "volunteer", "tenant", "resident", "staff",
        "identity", "physician", "doctor", "practitioner", "nurse", "courier", "rider", "attendee", "learner", "worker", "spouse", "dependent",
        "dependant", "guardian", "kin", "face", "signup", "registration", "claimant", "insured", "policyholder", "borrower", "debtor", "donor",
        "lead", "prospect", "teacher", "pupil", "instructor", "adjuster",
    };

    /// <summary>Words of a type that addresses a person: where address parts are parts of a person's address.</summary>
    private static readonly HashSet<string> AddressedTypeWords = new()
    {
        "address", "shipping", "billing", "delivery", "postal", "mailing", "residence", "order", "basket", "cart", "checkout", "invoice",
        "shipment", "booking", "reservation", "subscription", "payment", "consignee",
    };

    /// <summary>Words of a type about a payment card or method, where "Number" and "Expiration" are card data.</summary>
    private static readonly HashSet<string> PaymentTypeWords = new() { "card", "creditcard", "payment", "wallet", "billing" };

    private static readonly HashSet<string> CardTypeWords = new() { "card", "creditcard", "debitcard" };

    /// <summary>Words of a type that carries what a person wrote: its text is their content.</summary>
    private static readonly HashSet<string> WrittenTypeWords = new()
    {
        "post", "comment", "message", "chat", "reply", "review", "note", "feedback", "testimonial", "complaint", "tweet", "dm", "conversation",
        "journal", "diary",
    };

    /// <summary>Words of a type whose position is a person's: a device they carry, a trip they make.</summary>
    private static readonly HashSet<string> TrackedTypeWords = new()
    {
        "device", "phone", "tracker", "vehicle", "trip", "ride", "journey", "checkin", "ping", "tracking", "gps", "telemetry", "wearable",
        "beacon", "sighting", "workout", "exercise", "track",
    };

    /// <summary>Words naming a person, in an identifier of one ("BuyerId", "OwnerUserId", "SubscriberNumber", "IdentityGuid").</summary>
    private static readonly HashSet<string> PersonWords = new()
    {
        "customer", "user", "buyer", "seller", "person", "patient", "employee", "member", "subscriber", "owner", "author", "creator", "sender",
        "recipient", "receiver", "applicant", "candidate", "student", "contact", "guest", "visitor", "passenger", "traveller", "traveler",
        "driver", "rider", "courier", "citizen", "resident", "beneficiary", "payee", "payer", "assignee", "reporter", "reviewer", "approver",
        "manager", "supervisor", "doctor", "physician", "practitioner", "nurse", "clinician", "participant", "attendee", "respondent", "learner",
        "teacher", "instructor", "parent", "guardian", "spouse", "identity", "profile", "staff", "worker", "volunteer", "follower", "followee",
        "friend", "administrator", "requester", "requestor", "signer", "signatory", "claimant", "insured", "policyholder", "borrower", "donor",
        "caller", "referrer", "inviter", "invitee", "lead", "prospect", "prescriber", "therapist", "dentist", "surgeon", "pharmacist", "carer",
        "caregiver", "tutor", "coach", "mentor", "mentee", "landlord", "lodger", "occupant", "consignee", "addressee", "holder", "commenter",
        "poster", "uploader", "adjuster", "underwriter", "inspector", "auditor", "interviewer", "interviewee", "recruiter", "hirer", "renter",
        "borrower", "lender", "buyer", "vendee", "winner", "bidder", "player", "athlete", "pupil", "trainee", "intern", "organizer",
        "organiser", "technician", "dispatcher", "landlord", "councillor", "councilor", "caseworker",
    };

    /// <summary>The last word of an identifier: "…Id", "…Guid", "…Number".</summary>
    private static readonly HashSet<string> IdentifierEndings = new() { "id", "ids", "guid", "guids", "uuid", "identifier", "number", "no", "ref", "reference" };

    /// <summary>Audit fields that name who did something: "CreatedBy", "LastModifiedBy".</summary>
    private static readonly HashSet<string> ActorVerbs = new() { "created", "modified", "updated", "deleted", "approved", "requested", "submitted", "reviewed", "assigned", "performed", "changed" };

    // Data about organisations, places and infrastructure is not personal data, whatever its members are called.
    private static readonly HashSet<string> NotPersonTypeWords = new()
    {
        "warehouse", "store", "shop", "company", "organisation", "organization", "supplier", "vendor", "branch", "office", "site", "server",
        "host", "endpoint", "settings", "options", "config", "configuration", "smtp", "template", "templates", "constants", "resources", "strings",
        "venue", "place", "airport", "station", "restaurant", "hotel", "facility", "building", "merchant", "brand", "catalog", "product",
        "landmark", "poi", "city", "attribute", "tenant", "tenancy", "range", "subnet", "network", "api", "oauth", "depot", "hub", "terminal",
        "port", "dock", "yard", "plant", "farm", "stadium", "park", "museum", "school", "university", "campus", "hospital", "clinic", "pharmacy",
        "library", "gym", "cinema", "theatre", "theater", "atm", "outlet", "listing", "agency", "firm",
    };

    // A type named "<organisation or thing> + one of these" is about the thing ("ProductDto", "StoreInfo", "WarehouseAddress").
    private static readonly HashSet<string> GenericTypeHeads = new()
    {
        "info", "information", "details", "detail", "data", "dto", "model", "view", "entity", "record", "address", "location", "contact", "item",
        "summary", "response", "request",
    };

    // "Client" is a person in a law firm or an agency, and a piece of software after one of these ("ApiClient", "HttpClient", "EmailSender").
    private static readonly HashSet<string> TechnicalWords = new()
    {
        "api", "http", "oauth", "grpc", "rest", "web", "service", "sql", "redis", "db", "cache", "mail", "smtp", "ftp", "blob", "storage",
        "graph", "soap", "tcp", "udp", "socket", "mqtt", "kafka", "bus", "event", "push", "sms", "email", "identity", "auth", "token",
    };

    // --- Recognition -------------------------------------------------------------------------------------------------

    /// <summary>
    /// What the member looks like: its category (e.g. <c>ContactData</c>) and whether it is very likely personal data
    /// (LB0008) or a suggestion to review (LB0004); null when it looks like nothing personal.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public static Suggestion? Suggest(string memberName, ITypeSymbol type, INamedTypeSymbol containingType) =>
        Recognise(memberName, type, containingType);

    /// <summary>
    /// The category a member's own value looks like, not counting what its type holds: what makes a type a holder of
    /// personal data (one level deep, so that a model's graph of references does not make everything personal).
    /// </summary>
    internal static string? SuggestForValue(string memberName, ITypeSymbol type, INamedTypeSymbol containingType) =>
        Recognise(memberName, type, containingType, includeHolders: false)?.Category;

    /// <summary>What a member looks like, from its name, its type and its declaring type, or null.</summary>
    [MethodImpl(HotPath.Optimized)]
    private static Suggestion? Recognise(string memberName, ITypeSymbol type, INamedTypeSymbol containingType, bool includeHolders = true)
    {
        var declaring = DeclaringTypeFacts.Of(containingType);
        if (declaring.IsAboutThings)
        {
            return null;
        }

        var typeWords = declaring.Words;

        var words = Normalise(Split(memberName));
        if (words.Count == 0)
        {
            return null;
        }

        var shape = ShapeOf(type);
        if (shape == Shape.None)
        {
            // Not a value: a member whose type holds personal data ("Order.Address", "List<PaymentMethod>", "DbSet<Customer>").
            return includeHolders && PersonalDataHolders.CategoryHeldBy(type) is { } held ? new Suggestion(held, Confidence.Normal) : null;
        }

        var context = declaring.Context;
        if (Match(BeforeExclusions, words, shape, context) is { } early)
        {
            return early;
        }

        if (PersonIdentifier(words, typeWords, shape) is { } identifier)
        {
            return identifier;
        }

        // A geographic point on a device, a trip or a person is where that person is or was, whatever its name.
        if (shape == Shape.Geo && (context & Context.Tracked) != 0)
        {
            return new Suggestion("LocationData", Confidence.Normal);
        }

        // Text named after a person's role holds who it is: "Author", "Assignee", "Buyer", "CaseWorker", "CurrentUser".
        if (shape == Shape.Text && words.Count <= 2 && PersonWords.Contains(words[words.Count - 1]) && !NotDataSuffixes.Contains(words[words.Count - 1])
            && !NotDataPrefixes.Contains(words[0]) && words[words.Count - 1] is not ("identity" or "profile"))
        {
            return new Suggestion("AccountData", Confidence.Normal);
        }

        // "State" is metadata ("EmailState") except as a part of an address ("State", "ShippingState").
        var last = words[words.Count - 1];
        var addressState = last == "state" && (words.Count == 1 || QualifiedFor(Context.Addressed, words, 1));
        if ((NotDataSuffixes.Contains(last) && !addressState) || NotDataPrefixes.Contains(words[0]))
        {
            return null;
        }

        if (Match(Rules, words, shape, context) is { } suggestion)
        {
            return suggestion;
        }

        // "DisabilityNotes", "GenotypeResult", "AllergyDetails": notes about special-category data are that data.
        if (words.Count > 1 && TrailingDetails.Contains(last)
            && Match(Rules, words.Take(words.Count - 1).ToList(), shape, context) is { } detailed && IsSpecialOrCriminal(detailed.Category))
        {
            return detailed;
        }

        return null;
    }

    private static readonly HashSet<string> TrailingDetails = new() { "notes", "note", "details", "info", "information", "description", "history", "result", "results", "comment", "comments" };

    internal static bool IsSpecialOrCriminal(string category) => category is "RacialOrEthnicOriginData" or "PoliticalOpinionData"
        or "ReligiousOrPhilosophicalBeliefData" or "TradeUnionMembershipData" or "GeneticData" or "BiometricData" or "HealthData"
        or "SexLifeOrSexualOrientationData" or "CriminalData";

    /// <summary>
    /// An identifier of a person, as opposed to one of a thing: "BuyerId", "OwnerUserId", "IdentityGuid", "SubscriberNumber",
    /// "CreatedBy". The declaring type's own key ("Customer.Id", "Employee.EmployeeId") is the subject key, which
    /// LawfulBasis marks with [SubjectId], not a category.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private static Suggestion? PersonIdentifier(List<string> words, IReadOnlyList<string> typeWords, Shape shape)
    {
        if ((shape & (Shape.Text | Shape.Number | Shape.Guid)) == 0)
        {
            return null;
        }

        // "CreatedBy", "LastModifiedBy", "AssignedTo": who did it.
        if (words.Count >= 2 && words[words.Count - 1] is "by" or "to" && ActorVerbs.Contains(words[words.Count - 2]))
        {
            return new Suggestion("AccountData", Confidence.Normal);
        }

        if (words.Count < 2 || !IdentifierEndings.Contains(words[words.Count - 1]))
        {
            return null;
        }

        var subject = words.Take(words.Count - 1).ToList();
        var person = subject[subject.Count - 1];
        if (!PersonWords.Contains(person))
        {
            return null;
        }

        // Customer.CustomerId, ShopCustomer.CustomerId: the type's own key.
        if (typeWords.Count >= subject.Count && typeWords.Skip(typeWords.Count - subject.Count).SequenceEqual(subject))
        {
            return null;
        }

        return new Suggestion("AccountData", Confidence.Normal);
    }

    private static Suggestion? Match(NameRule[] rules, List<string> words, Shape shape, Context context) =>
        MatchExactly(rules, words, shape, context)
        ?? (Singular(words[words.Count - 1]) is { } singular ? MatchExactly(rules, [.. words.Take(words.Count - 1), singular], shape, context) : null);

    /// <summary>"GivenNames", "Emails", "Addresses", "PhoneNumbers": a list of the values is the same data.</summary>
    private static string? Singular(string word) =>
        word.Length <= 3 || !word.EndsWith("s", System.StringComparison.Ordinal) || word.EndsWith("ss", System.StringComparison.Ordinal)
            || word.EndsWith("us", System.StringComparison.Ordinal) || word.EndsWith("is", System.StringComparison.Ordinal) ? null
        : word.EndsWith("sses", System.StringComparison.Ordinal) || word.EndsWith("ches", System.StringComparison.Ordinal) || word.EndsWith("shes", System.StringComparison.Ordinal)
            ? word.Substring(0, word.Length - 2)
        : word.Substring(0, word.Length - 1);

    /// <summary>"PhoneNo", "NationalInsuranceNr" end in "number"; "WeightKg", "HeightCm", "SpeedKmh" name the value without its unit.</summary>
    [MethodImpl(HotPath.Optimized)]
    private static List<string> Normalise(List<string> words)
    {
        if (words.Count > 1 && words[words.Count - 1] is "no" or "nr" or "num" or "nbr")
        {
            words[words.Count - 1] = "number";
        }

        if (words.Count > 1 && Units.Contains(words[words.Count - 1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return words;
    }

    private static readonly HashSet<string> Units = new() { "kg", "kgs", "lb", "lbs", "cm", "mm", "km", "kmh", "mph", "ft", "inches", "bpm", "mmhg", "pct", "percent" };

    [MethodImpl(HotPath.Optimized)]
    private static Suggestion? MatchExactly(NameRule[] rules, List<string> words, Shape shape, Context context)
    {
        // Only the phrases ending in the name's last word, in the rules' order: every member of a build comes here.
        if (!ByLastWord(rules).TryGetValue(words[words.Count - 1], out var candidates))
        {
            return null;
        }

        foreach (var (rule, sequence) in candidates)
        {
            if ((rule.Shapes & shape) == 0)
            {
                continue;
            }

            // A word that needs its context ("Name", "State", "Number") counts as the whole name on a type that
            // gives it ("Customer.Name", "Address.State"), or after qualifiers that give it on any type
            // ("BuyerName", "ShippingState"); a plain rule matches after any qualifier ("HomeEmail", "CustomerIban").
            var inContext = rule.Context == Context.Any || (rule.Context & context) != 0;
            var matches = rule.Context == Context.Any
                ? EndsWithOrIs(words, sequence)
                : EndsWithOrIs(words, sequence) && ((inContext && words.Count == sequence.Length) || (words.Count > sequence.Length && QualifiedFor(rule.Context, words, sequence.Length)));
            if (matches)
            {
                return new Suggestion(rule.Category, rule.Confidence);
            }
        }

        return null;
    }

    private static Dictionary<string, (NameRule Rule, string[] Sequence)[]> ByLastWord(NameRule[] rules) =>
        ReferenceEquals(rules, Rules) ? RulesByLastWord.Value : BeforeExclusionsByLastWord.Value;

    private static readonly System.Lazy<Dictionary<string, (NameRule Rule, string[] Sequence)[]>> RulesByLastWord = new(() => Index(Rules));

    private static readonly System.Lazy<Dictionary<string, (NameRule Rule, string[] Sequence)[]>> BeforeExclusionsByLastWord = new(() => Index(BeforeExclusions));

    private static Dictionary<string, (NameRule Rule, string[] Sequence)[]> Index(NameRule[] rules) =>
        rules.SelectMany(rule => rule.Sequences.Select(sequence => (Rule: rule, Sequence: sequence)))
            .GroupBy(entry => entry.Sequence[entry.Sequence.Length - 1])
            .ToDictionary(group => group.Key, group => group.ToArray());

    /// <summary>"ShippingState", "HomeCountry", "BuyerName", "CardExpiration": every qualifier gives the word its personal meaning.</summary>
    private static bool QualifiedFor(Context context, List<string> words, int sequenceLength)
    {
        for (var i = 0; i < words.Count - sequenceLength; i++)
        {
            var word = words[i];
            var gives = word is "home" or "work" or "birth" or "current" or "last" or "known" or "primary" or "secondary" or "legal" or "preferred" or "residential"
                    or "emergency" or "masked" or "truncated" or "personal" or "private" or "alternate" or "alternative"
                || ((context & Context.PersonLike) != 0 && (PersonWords.Contains(word) || PersonLikeTypeWords.Contains(word)))
                || ((context & Context.Addressed) != 0 && AddressedTypeWords.Contains(word))
                || ((context & (Context.Payment | Context.Card)) != 0 && (CardTypeWords.Contains(word) || word is "credit" or "debit"))
                || ((context & Context.Tracked) != 0 && (TrackedTypeWords.Contains(word) || PersonWords.Contains(word)));
            if (!gives)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A type about an organisation, a place or infrastructure: its head noun says so ("SmtpSettings", "Warehouse"), or
    /// its first word does and the rest is generic ("ProductDto", "StoreAddress"), but not "ProductReview".
    /// </summary>
    private static bool IsAboutThings(IReadOnlyList<string> typeWords) =>
        typeWords.Count > 0
        && (NotPersonTypeWords.Contains(typeWords[typeWords.Count - 1])
            || (NotPersonTypeWords.Contains(typeWords[0]) && typeWords.Skip(1).All(GenericTypeHeads.Contains)));

    private static bool IsPersonLike(IReadOnlyList<string> typeWords)
    {
        for (var i = 0; i < typeWords.Count; i++)
        {
            // "Landlord", "Athlete", "CaseWorker" as much as "Customer"; but "HttpClient", "EmailSender" are software.
            if ((PersonLikeTypeWords.Contains(typeWords[i]) || PersonWords.Contains(typeWords[i])) && !(i > 0 && TechnicalWords.Contains(typeWords[i - 1])))
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(HotPath.Optimized)]
    private static Context ContextOf(IReadOnlyList<string> typeWords)
    {
        var context = Context.Any;
        if (IsPersonLike(typeWords))
        {
            context |= Context.PersonLike | Context.Addressed | Context.Tracked;
        }

        if (typeWords.Any(AddressedTypeWords.Contains))
        {
            context |= Context.Addressed;
        }

        if (typeWords.Any(PaymentTypeWords.Contains))
        {
            context |= Context.Payment;
        }

        if (typeWords.Any(WrittenTypeWords.Contains))
        {
            context |= Context.Written;
        }

        if (typeWords.Any(CardTypeWords.Contains))
        {
            context |= Context.Card | Context.Payment;
        }

        if (typeWords.Any(TrackedTypeWords.Contains) || typeWords.Any(w => w is "location" or "position") || string.Concat(typeWords).Contains("checkin"))
        {
            context |= Context.Tracked;
        }

        return context;
    }

    /// <summary>The whole name is the sequence, or the name ends with it after a qualifier ("HomeEmail", "CustomerIban").</summary>
    [MethodImpl(HotPath.Optimized)]
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
                or "local" or "network" or "hardware" or "contract" or "return" or "reply" or "sender" or "multicast" or "broadcast" or "loopback"
                or "ipv4" or "ipv6" or "bluetooth" or "callback" or "redirect" or "webhook");
    }

    [MethodImpl(HotPath.Optimized)]
    internal static Shape ShapeOf(ITypeSymbol type)
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

        // By name and namespace: a display string per member would cost more than the rest of the recognition.
        if (type is INamedTypeSymbol { Arity: 0, ContainingType: null, ContainingNamespace: { } ns })
        {
            switch (type.Name)
            {
                case "DateOnly" or "DateTimeOffset" when IsNamespace(ns, "System"):
                    return Shape.Date;
                case "Guid" when IsNamespace(ns, "System"):
                    return Shape.Guid;
                case "IPAddress" when IsNamespace(ns, "Net", "System"):
                    return Shape.IpAddress;
                case "PhysicalAddress" when IsNamespace(ns, "NetworkInformation", "Net", "System"):
                    return Shape.MacAddress;
            }
        }

        if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic
            && generic.Name is "ReadOnlyMemory" or "Memory" or "IReadOnlyList" or "IList" or "List" or "ImmutableArray" or "IEnumerable" or "ICollection"
                or "IReadOnlyCollection" or "HashSet" or "ISet" or "IReadOnlySet")
        {
            // Numbers in a buffer are a vector (an embedding); a list of strings, ids or numbers is a list of those values ("AllowedUserIds").
            var element = generic.TypeArguments[0];
            return element.SpecialType is SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Byte
                ? Shape.Vector
                : generic.Name is "ReadOnlyMemory" or "Memory" ? Shape.None : ShapeOf(element) & (Shape.Text | Shape.Guid | Shape.Number);
        }

        // A geographic point: NetTopologySuite's Point, a GeoCoordinate, an app's own LatLng or GeoLocation.
        if (type.TypeKind is TypeKind.Class or TypeKind.Struct && IsGeographicTypeName(Split(type.Name)))
        {
            return Shape.Geo;
        }

        return Shape.None;
    }

    /// <summary>Whether a namespace is the one named, innermost name first (<c>"Net", "System"</c> is System.Net).</summary>
    private static bool IsNamespace(INamespaceSymbol? ns, params string[] namesInnermostFirst)
    {
        foreach (var name in namesInnermostFirst)
        {
            if (ns is null || ns.IsGlobalNamespace || ns.Name != name)
            {
                return false;
            }

            ns = ns.ContainingNamespace;
        }

        return ns is { IsGlobalNamespace: true };
    }

    private static bool IsGeographicTypeName(List<string> words) =>
        words.Count > 0 && (words[words.Count - 1] is "point" or "coordinate" or "coordinates" or "latlng" or "latlon" or "geolocation" or "geometry" or "position"
            || words.Contains("geo") || words.Contains("gps"));

    /// <summary>Splits <c>dateOfBirth</c>, <c>IPAddress</c>, <c>home_email</c>, <c>_lastName</c>, <c>Address1</c> into lower-case words.</summary>
    [MethodImpl(HotPath.Optimized)]
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
                // "Address1", "Line2", "Email2": a numbered copy is the same data ("ipv4", "cvv2", "icd10" keep their digits).
                var word = current.ToString();
                var letters = word.TrimEnd(Digits);
                words.Add(letters.Length >= 4 && letters != "last" ? letters : word);
                current.Clear();
            }
        }
    }

    private static readonly char[] Digits = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

    private static string[][] Words(params string[] phrases) => phrases.Select(p => p.Split(' ')).ToArray();

    private static string[][] PersonImages()
    {
        string[] whose = ["selfie", "profile", "avatar", "passport", "id", "headshot", "user", "customer", "member", "employee", "patient", "student"];
        string[] what = ["photo", "image", "picture", "pic"];
        string[] how = ["", " url", " uri", " path", " file name", " blob name"];
        return whose.SelectMany(w => what.SelectMany(i => how.Select(h => (w + " " + i + h).Split(' ')))).ToArray();
    }

    private static string[][] DocumentParts()
    {
        string[] documents = ["passport", "driving licence", "driving license", "driver license", "drivers license", "id card", "identity card", "visa", "residence permit"];
        string[] parts = ["country", "issuing country", "expiry", "expiry date", "expiration", "expiration date", "issue date", "issued on", "issuing authority", "place of issue"];
        return documents.SelectMany(d => parts.Select(p => (d + " " + p).Split(' '))).ToArray();
    }

    // --- Types -------------------------------------------------------------------------------------------------------

    /// <summary>The kinds of value a member's type can hold.</summary>
    [System.Flags]
    internal enum Shape
    {
        None = 0,
        Text = 1,
        Date = 2,
        Number = 4,
        Vector = 8,
        IpAddress = 16,
        MacAddress = 32,
        Guid = 64,
        Geo = 128,
    }

    /// <summary>Where an ambiguous word has a personal meaning (flags of the declaring type's words).</summary>
    [System.Flags]
    private enum Context
    {
        Any = 0,
        PersonLike = 1,
        Addressed = 2,
        Payment = 4,
        Tracked = 8,
        Card = 16,
        Written = 32,
    }

    /// <summary>High: the name alone says personal data (LB0008, a warning). Normal: a suggestion to review (LB0004).</summary>
    internal enum Confidence
    {
        Normal,
        High,
    }

    /// <summary>
    /// What recognition needs to know about a declaring type (its words, whether it is about things, the context it
    /// gives ambiguous words), worked out once per type rather than once per member. Weak: a compilation no longer in use
    /// takes its entries with it.
    /// </summary>
    private sealed class DeclaringTypeFacts
    {
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<INamedTypeSymbol, DeclaringTypeFacts> Known = new();

        private DeclaringTypeFacts(INamedTypeSymbol type)
        {
            Words = Split(type.Name);
            IsAboutThings = PersonalDataNames.IsAboutThings(Words);
            Context = IsAboutThings ? Context.Any : ContextOf(Words);
        }

        public IReadOnlyList<string> Words { get; }

        public bool IsAboutThings { get; }

        public Context Context { get; }

        public static DeclaringTypeFacts Of(INamedTypeSymbol type) => Known.GetValue(type, static t => new DeclaringTypeFacts(t));
    }

    /// <summary>A member's recognised category, and how sure the name makes it.</summary>
    internal sealed class Suggestion
    {
        public Suggestion(string category, Confidence confidence)
        {
            Category = category;
            Confidence = confidence;
        }

        public string Category { get; }

        public Confidence Confidence { get; }
    }

    private sealed class NameRule
    {
        public NameRule(string category, Shape shapes, Confidence confidence, Context context, string[][] sequences)
        {
            Category = category;
            Shapes = shapes;
            Confidence = confidence;
            Context = context;
            Sequences = sequences;
        }

        public string Category { get; }

        public Shape Shapes { get; }

        public Confidence Confidence { get; }

        public Context Context { get; }

        public string[][] Sequences { get; }
    }
}
