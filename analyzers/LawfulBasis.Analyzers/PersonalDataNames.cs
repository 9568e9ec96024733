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
internal static partial class PersonalDataNames
{
    // --- Families of names ------------------------------------------------------------------------------------------

    // Declared before the rules that use them: static fields are initialised in order.
    /// <summary>Identity providers and networks whose account names a person ("AppleSubject", "GitHubHandle").</summary>
    private static readonly string[] ExternalAccountProviders =
    [
        "apple", "google", "facebook", "microsoft", "git hub", "github", "git lab", "gitlab", "twitter", "linked in", "linkedin", "instagram",
        "tik tok", "tiktok", "oidc", "open id", "openid", "sso", "saml", "okta", "entra", "keycloak", "discord", "slack", "telegram", "skype",
        "mastodon", "youtube", "twitch", "steam", "xing", "stack overflow", "external login", "social login",
    ];

    /// <summary>How a stored file is referenced: "…Url", "…BlobUri", "…FileName", "…StorageKey".</summary>
    private static readonly string[] FileReferences =
    [
        "", "url", "uri", "path", "file", "file name", "file path", "blob", "blob path", "blob uri", "blob url", "blob name", "storage key",
        "object key", "document", "document url", "document uri", "image", "image url", "image uri", "image path", "image file", "image blob", "image key",
    ];

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
        new("ImageData", Shape.Text, Confidence.Normal, Context.PersonLike, Parts(["photo", "picture", "portrait"], FileReferences)),
        new("ContactData", Shape.Text, Confidence.Normal, Context.Any, Words(
            "linked in", "linked in url", "linked in profile", "linkedin", "linkedin url", "linkedin profile", "facebook profile", "facebook url",
            "twitter url", "instagram handle", "instagram url", "github profile", "social profile url")),
        new("ContentData", Shape.Text, Confidence.Normal, Context.PersonLike, Words(
            "resume", "resume file name", "resume url", "cv", "cv url", "curriculum vitae", "bio", "biography", "about me")),
        // Documents a person wrote, signed or sent, wherever they are stored: "CoverLetter", "ResumeBlobUri", "SignedDocumentUri".
        new("ContentData", Shape.Text, Confidence.Normal, Context.Any, Parts(
            ["cover letter", "resume", "cv", "curriculum vitae", "signed document", "signed contract", "signed agreement", "signed offer"], FileReferences)),
        new("ImageData", Shape.Text, Confidence.Normal, Context.Any, Parts(["signature", "selfie", "id document image", "id scan", "passport scan"], FileReferences)),
        // What a person wrote, on the types that carry it: "Post.Text", "Comment.Content", "DirectMessage.Body", "Review.Text".
        new("ContentData", Shape.Text, Confidence.Normal, Context.Written, Words("text", "body", "content", "message", "message text", "message body")),
        new("ContentData", Shape.Text, Confidence.Normal, Context.Any, Words(
            "special requests", "special request", "free text", "incident description", "complaint text", "feedback text", "personal message")),
        // Identity documents and their parts: "IdDocumentNumber", "IdDocumentLastDigits", "TravelDocumentExpiry".
        new("GovernmentIdentifierData", Shape.Text | Shape.Date, Confidence.Normal, Context.Any, Parts(
            ["id document", "identity document", "travel document"], ["number", "last digits", "last four", "expiry", "expiry date", "expiration date", "issue date", "issuing country"])),
        // A licence or registration held by a person: "Steward.LicenceExpires", "StaffMember.ProfessionalRegistrationNumber".
        new("GovernmentIdentifierData", Shape.Text | Shape.Date, Confidence.Normal, Context.PersonLike, Parts(
            ["licence", "license", "id", "identity document", "work permit", "visa"], ["expires", "expiry", "expiry date", "expiration", "expiration date", "valid until", "last digits"])),
        new("EmploymentData", Shape.Text, Confidence.Normal, Context.PersonLike, Words("professional registration number", "registration number", "professional registration")),
        // An implanted chip registered to its keeper: looking it up gives the owner's name and address.
        new("OnlineIdentifierData", Shape.Text | Shape.Number, Confidence.Normal, Context.Any, Words(
            "microchip", "microchip number", "microchip id", "chip number", "transponder number")),
        // The cell a subscriber's phone used: where the person was ("ServingCellId", "CellTowerId").
        new("LocationData", Shape.Text | Shape.Number, Confidence.Normal, Context.Any, Words(
            "serving cell id", "serving cell", "cell id", "cell tower id", "cell tower", "cell global id", "visited network country", "visited network", "roaming country")),
        // A person's account at an identity provider or a network: "AppleSubject", "GitHubHandle", "LinkedInProfileUrl".
        new("AccountData", Shape.Text | Shape.Number, Confidence.Normal, Context.Any, Parts(
            ExternalAccountProviders, ["subject", "sub", "user id", "account id", "uid", "handle", "username", "user name"])),
        new("ContactData", Shape.Text, Confidence.Normal, Context.Any, Parts(ExternalAccountProviders, ["profile url", "profile uri", "profile link", "profile"])),
        new("ContactData", Shape.Text, Confidence.Normal, Context.PersonLike, Words("profile url", "profile uri", "profile link", "personal website", "personal url")),
        // Special categories and demographics that end in a word the exclusions drop.
        new("DemographicData", Shape.Text, Confidence.Normal, Context.Any, Words("right to work status", "immigration status", "visa status", "residency status")),
        new("HealthData", Shape.Text, Confidence.High, Context.Any, Words("smoking status", "disability status", "vaccination status")),
        // Ending in a word the exclusions drop ("Limit", "Options"), yet a person's finances.
        new("FinancialData", Shape.Number, Confidence.Normal, Context.Any, Words("credit limit", "overdraft limit", "spending limit")),
        new("EmploymentData", Shape.Number | Shape.Text, Confidence.Normal, Context.Any, Words("stock options", "share options", "stock option grant")),
        // Identifiers the police, prisons and vetting give a person, ending in a word the exclusions drop: "PncId", "PrisonNumber".
        new("CriminalData", Shape.Text | Shape.Number, Confidence.Normal, Context.Any, Words(
            "pnc id", "pnc number", "cro number", "prison number", "prisoner number", "custody number", "dbs certificate number", "dbs number",
            "disclosure certificate number", "dbs outcome", "dbs result", "dbs check result", "disclosure outcome")),
        new("GovernmentIdentifierData", Shape.Text, Confidence.Normal, Context.Any, Words("ni number", "nhs id")),
        // A regulated professional's number on the public register: "Solicitor.SraNumber", "PharmacyStaffUser.GphcNumber".
        new("EmploymentData", Shape.Text | Shape.Number, Confidence.Normal, Context.Any, Words(
            "sra number", "sra id", "gphc number", "gphc registration number", "gmc number", "gmc reference number", "nmc pin", "hcpc number",
            "gdc number", "gpc number", "bar number", "professional body number")),
        // What a court decided about a person (Art. 10), ending in a word the exclusions drop ("DisposalType").
        new("CriminalData", Shape.Text, Confidence.Normal, Context.Criminal, Words("disposal type", "sentence type", "disposal")),
        // What a person said or wrote, recorded or stored as a file: "CallRecordingBlobPath", "VoiceNoteUrl", "Transcript".
        new("ContentData", Shape.Text, Confidence.Normal, Context.Any, Parts(
            ["call recording", "voice recording", "audio recording", "voice note", "voicemail", "voice message", "witness statement", "victim statement"], FileReferences)),
        new("ContentData", Shape.Text, Confidence.Normal, Context.Any, Words("transcript", "transcription", "statement text", "tribute message")),
        // A person's voice, stored: "VoiceCommand.AudioBlobPath" (a command with its speaker), "Interview.RecordingUrl".
        new("ContentData", Shape.Text, Confidence.Normal, Context.PersonLike | Context.AboutPerson | Context.Written, Parts(
            ["audio", "voice", "recording", "video"], FileReferences.Where(f => f.Length > 0).ToArray())),
        // A face a camera recognised against the people enrolled: "CameraClip.RecognisedFaceLabel".
        new("BiometricData", Shape.Text, Confidence.Normal, Context.Any, Words(
            "recognised face", "recognized face", "recognised face label", "recognized face label", "face label", "matched face", "face match")),
        // The last digits of a person's account or card, kept to show them which one: "AccountNumberLastFour".
        new("FinancialData", Shape.Text | Shape.Number, Confidence.Normal, Context.Any, Parts(
            ["account number", "bank account number", "card number", "iban"], ["last four", "last4", "last digits", "last 4", "masked", "suffix", "ending"])),
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
        new("SexLifeOrSexualOrientationData", Shape.Text, Confidence.High, Context.Any, Words(
            "sexual orientation", "sex life", "interested in", "sexual preference", "sexual preferences", "attracted to")),
        // Needs that reveal a disability or a condition: "AccessibilityNeeds", "AccessRequirement", "ReasonableAdjustments".
        new("HealthData", Shape.Text, Confidence.High, Context.Any, Words(
            "accessibility needs", "accessibility requirements", "access needs", "access requirements", "access requirement", "reasonable adjustments",
            "mobility needs", "special assistance", "assistance needs", "wheelchair access")),
        new("DemographicData", Shape.Text, Confidence.High, Context.Any, Words("pronouns", "pronoun", "gender identity")),
        new("DemographicData", Shape.Text | Shape.Number, Confidence.Normal, Context.Any, Words("age band", "age group", "age bracket", "caring responsibilities")),
        // A household's make-up and a person's residence for tax: "Dependants", "HouseholdSize", "TaxResidency".
        new("DemographicData", Shape.Text | Shape.Number, Confidence.Normal, Context.Any, Words(
            "dependants", "dependents", "number of dependants", "number of dependents", "household size", "number of children", "number of occupants",
            "tax residency", "tax residence", "country of tax residence")),
        // Sleep and activity from a wearable are health data: "DeepSleepMinutes", "SleepScore".
        new("HealthData", Shape.Number | Shape.Text, Confidence.Normal, Context.Any, Words(
            "sleep score", "deep sleep", "rem sleep", "light sleep", "sleep duration", "hours slept", "sleep quality", "time asleep")),
        new("FinancialData", Shape.Number, Confidence.Normal, Context.Any, Words("outgoings", "monthly outgoings", "living expenses")),
        new("EmploymentData", Shape.Text, Confidence.Normal, Context.Any, Words("employer name", "current employer name")),
        new("CriminalData", Shape.Text, Confidence.High, Context.Any, Words("criminal record", "criminal records", "conviction", "convictions", "offences", "offenses", "criminal history")),
        new("ContactData", Shape.Text, Confidence.High, Context.Any, Words(
            "email", "e mail", "email address", "mail address", "phone", "phone number", "telephone", "telephone number", "mobile number",
            "mobile phone", "cell phone", "fax number", "msisdn", "whatsapp number",
            // Telephony: the numbers of a call are the parties' phone numbers.
            "calling number", "called number", "callback number", "call back number", "caller number", "callee number", "dialled number",
            "dialed number", "calling party number", "called party number", "originating number", "contact number", "landline", "landline number",
            "direct dial", "direct line", "direct dial number")),
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
        // A person's finances: what they may borrow, hold and owe ("Client.AccountBalance", "CollectionsCase.AmountOverdue").
        new("FinancialData", Shape.Number, Confidence.Normal, Context.Any, Words("amount overdue", "overdue amount", "amount owed", "arrears", "days past due", "days overdue")),
        new("FinancialData", Shape.Number, Confidence.Normal, Context.PersonLike, Words("balance", "account balance", "outstanding balance", "debt", "outstanding debt")),
        new("EmploymentData", Shape.Number | Shape.Text, Confidence.Normal, Context.Any, Words(
            "signing bonus", "sign on bonus", "annual bonus", "performance bonus", "equity grant", "base pay", "hourly wage", "wage", "wages",
            "pay grade", "salary band", "total compensation")),
        new("EmploymentData", Shape.Number | Shape.Text, Confidence.Normal, Context.PersonLike, Words("hourly rate", "compensation")),
        new("EmploymentData", Shape.Number, Confidence.Normal, Context.PersonLike, Words("bonus")),
        new("EmploymentData", Shape.Number | Shape.Text, Confidence.Normal, Context.PersonLike, Words(
            "role", "job role", "years of experience", "experience", "notice period", "seniority", "shift pattern", "working pattern", "work pattern")),
        // Scores a business keeps about a person: "TicketOrder.FraudScore", "Applicant.RiskRating".
        new("BehaviouralData", Shape.Number | Shape.Text, Confidence.Normal, Context.Any, Words(
            "fraud score", "risk score", "risk rating", "trust score", "fraud risk", "credit rating", "match confidence", "face match score")),
        new("EmploymentData", Shape.Text, Confidence.Normal, Context.Any, Words("reason for leaving", "termination reason", "dismissal reason", "leaving reason")),
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
        new("AddressData", Shape.Text, Confidence.Normal, Context.Any, Words("street", "address", "zip", "house number", "house name", "apartment", "address block")),
        new("AddressData", Shape.Text, Confidence.Normal, Context.Any, Words(
            "city of residence", "country of residence", "place of residence", "town of residence", "county of residence", "state of residence")),
        // Parts that name a place of any kind, personal only on an address, a person or an order: "Address.State", "Order.Country".
        new("AddressData", Shape.Text, Confidence.Normal, Context.Addressed, Words(
            "city", "town", "suburb", "state", "country", "region", "province", "county", "district", "state province", "locality",
            // The codes of an address value object: "Address.CountryIso".
            "country iso", "country code", "iso country", "country iso code", "country name", "state code", "region code")),
        // The lines of an address value object ("PostalAddress.Line1"), but not an order's or a booking's "Line".
        new("AddressData", Shape.Text, Confidence.Normal, Context.AddressValue, Words("line")),
        // What a person wrote or what was written about them, on a person or on a type that records it: "Client.AlertNote",
        // "Scorecard.Notes", "SafetyReport.Details", "SupportTicket.Transcript", "CollectionsCase.AgentNotes".
        new("ContentData", Shape.Text, Confidence.Normal, Context.PersonLike | Context.Written, Words(
            "notes", "note", "comments", "comment", "remarks", "remark", "transcript", "details", "answer", "recommendation", "statement",
            "explanation", "feedback", "alert note", "internal notes", "private notes")),
        // Criminal proceedings (Art. 10): what a person is accused of, pleaded, was found and was sentenced to.
        new("CriminalData", Shape.Text | Shape.Date, Confidence.High, Context.Any, Words(
            "plea", "verdict", "bail conditions", "bail condition", "offence date", "date of offence", "offense date", "date of offense",
            "offence summary", "offense summary", "offence description", "offense description", "remand status", "custody status", "criminal charge",
            "criminal charges")),
        new("CriminalData", Shape.Text | Shape.Number | Shape.Date, Confidence.Normal, Context.Criminal, Words(
            "sentence", "sentence length", "custodial", "custodial sentence", "fine amount", "fine", "compensation amount", "compensation order",
            "spent on", "spent date", "particulars", "offence", "offense", "offence code", "offense code", "offence wording", "charge wording",
            "unpaid work", "unpaid work hours", "curfew", "curfew hours", "exclusion zone", "licence conditions")),
        // A person's wealth and giving, as fundraisers screen and segment them: "Supporter.WealthBand", "LifetimeGiving", "AskAmount".
        new("FinancialData", Shape.Number | Shape.Text, Confidence.Normal, Context.Any, Words(
            "wealth band", "wealth rating", "wealth score", "wealth screening", "net worth", "estimated wealth", "capacity to give", "giving capacity",
            "lifetime giving", "total giving", "lifetime donations", "ask amount", "propensity to give", "affluence", "affluence score")),
        // A person's life events and circumstances: "IsDeceased", "DateOfDeath", "InterpreterLanguage", "TShirtSize".
        new("DemographicData", Shape.Date | Shape.Text, Confidence.Normal, Context.Any, Words("date of death", "death date", "died on")),
        new("DemographicData", Shape.Text, Confidence.Normal, Context.Any, Words(
            "interpreter language", "interpreter needed", "special measures", "t shirt size", "tshirt size", "shirt size", "clothing size", "shoe size")),
        new("ReligiousOrPhilosophicalBeliefData", Shape.Date | Shape.Text, Confidence.Normal, Context.Any, Words(
            "baptised on", "baptized on", "baptism date", "date of baptism", "previous denomination", "previous church")),
        new("ReligiousOrPhilosophicalBeliefData", Shape.Text, Confidence.Normal, Context.PersonLike, Words("ministries", "ministry")),
        new("EmploymentData", Shape.Text, Confidence.Normal, Context.PersonLike, Words("skills", "skill set", "qualifications", "languages spoken")),
        new("NameData", Shape.Text, Confidence.Normal, Context.PersonLike, Words("known as", "also known as", "aliases", "other names", "previous names")),
        // A person's own words, wherever they are kept: "InTheirWords", "MotivationStory", "CancellationReason", "DeliveryInstructions".
        new("ContentData", Shape.Text, Confidence.Normal, Context.Any, Words(
            "in their words", "in their own words", "own words", "motivation story", "personal story", "in memory of", "in memoriam", "dedication message",
            "prayer request", "testimony", "cancellation reason", "absence reason", "rejection reason", "withdrawal reason", "opt out reason",
            "unsubscribe reason", "refusal reason", "delivery instructions", "access instructions", "safe place instructions")),
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
        "steward", "agent", "veterinarian", "vet", "receptionist", "moderator", "clerk", "officer", "advisor", "adviser", "consultant",
        "representative", "referee", "guarantor", "witness", "victim", "suspect", "offender", "interviewer", "recruiter", "manager",
        "supporter", "parishioner", "congregant", "defendant", "prisoner", "inmate", "solicitor", "prescriber", "pharmacist",
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
        // Records of what someone said or what was said about them: a report, a ticket, a case, an assessment.
        "report", "ticket", "case", "incident", "scorecard", "assessment", "evaluation", "appraisal", "answer", "enquiry", "inquiry", "appeal",
        "grievance", "transcript", "interview", "survey",
        // Records of a meeting with a person: a court hearing, a pastoral or home visit, a consultation, a prayer request.
        "hearing", "visit", "consultation", "counselling", "counseling", "therapy", "prayer",
    };

    /// <summary>Words of a type about criminal proceedings, where a sentence, a fine or an offence is a person's (Art. 10).</summary>
    private static readonly HashSet<string> CriminalTypeWords = new()
    {
        // Not "offence": an offence catalogue's own code and title are reference data.
        "charge", "sentence", "sentencing", "conviction", "plea", "verdict", "disposal", "defendant", "offender", "prisoner", "inmate", "arrest",
        "custody", "bail", "probation", "prosecution", "remand", "caution",
    };

    /// <summary>Words of a type about an animal, whose own name, birth date and health are not a person's.</summary>
    private static readonly HashSet<string> AnimalWords = new()
    {
        "animal", "animals", "pet", "pets", "dog", "cat", "horse", "livestock", "cattle", "cow", "sheep", "pig", "bird", "rabbit", "puppy", "kitten", "herd",
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
        // Roles people hold in a business that serves or employs them.
        "agent", "steward", "veterinarian", "vet", "receptionist", "moderator", "clerk", "cashier", "officer", "attorney", "lawyer", "solicitor",
        "advisor", "adviser", "consultant", "representative", "associate", "colleague", "client", "referee", "guarantor", "witness",
        "victim", "suspect", "offender", "defendant", "plaintiff", "heir", "nominee", "daughter", "mother", "father", "husband", "wife",
        "swiper", "liker", "chaperone", "keeper", "examiner", "assessor", "invigilator",
        // Supporters of a charity, a parish's people, the parties and officers of a court, a will's people.
        "supporter", "parishioner", "congregant", "churchgoer", "godparent", "officiant", "incumbent", "chaplain", "vicar", "priest", "pastor",
        "judge", "magistrate", "juror", "prosecutor", "barrister", "executor", "testator", "trustee", "legatee", "household", "householder", "wearer",
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
        // A centre is a place: a test centre, a leisure centre, a call centre, a data centre.
        "centre", "center",
        // A practice, a network's cells and masts, carriers and employers: organisations and infrastructure.
        "practice", "cell", "mast", "tower", "antenna", "airline", "carrier", "insurer", "bank", "employer", "band",
    };

    private static readonly HashSet<string> ConfigurationTypeWords = new()
    {
        "settings", "options", "config", "configuration", "smtp", "template", "templates", "constants", "resources", "strings", "endpoint", "server",
        "host", "api", "oauth", "range", "subnet", "network", "attribute",
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
        "build", "monitoring", "update", "sync", "proxy", "ai", "llm", "bot",
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
        var typeWords = declaring.Words;

        var words = Normalise(Split(memberName));
        if (words.Count == 0)
        {
            return null;
        }

        var shape = ShapeOf(type);
        if (declaring.IsAboutThings)
        {
            // A place's or an organisation's own data is not personal, but a person named on it is: "ResaleListing.SellerCustomerId",
            // "Warehouse.ManagerEmail", "Listing.SellerPayoutIban" (a "Contact…" of an organisation is its role mailbox).
            // Configuration stays out altogether: "SmtpOptions.UserName" is an account of the application.
            if (shape == Shape.None || declaring.IsConfiguration)
            {
                return null;
            }

            // A promoter's "ContactName" and "ContactEmail" are a named person's, an agency's lone "ContactEmail" its mailbox.
            if (declaring.HasNamedContact && words.Count > 1 && words[0] == "contact")
            {
                return Match(BeforeExclusions, words, shape, Context.PersonLike) ?? Match(Rules, words, shape, Context.PersonLike);
            }

            return PersonIdentifier(words, typeWords, shape) ?? PersonQualified(words, shape);
        }

        if (shape == Shape.None)
        {
            // Not a value: a member whose type holds personal data ("Order.Address", "List<PaymentMethod>", "DbSet<Customer>").
            return includeHolders && PersonalDataHolders.CategoryHeldBy(type) is { } held ? new Suggestion(held, Confidence.Normal) : null;
        }

        var context = declaring.Context;
        if (shape == Shape.Flag)
        {
            return declaring.IsAboutAnimal ? null : RecogniseFlag(words, context);
        }

        // An identifier of a record the model declares says what it points at: a record with a person's name is a person
        // ("SupporterId" → Supporter with a FirstName), equipment is a thing ("DeviceId" → a smart plug's Device).
        if ((shape & (Shape.Text | Shape.Number | Shape.Guid)) != 0 && ReferencedType(memberName, words, containingType) is { } referenced)
        {
            var facts = DeclaringTypeFacts.Of(referenced);
            if (facts.IsEquipment)
            {
                return null;
            }

            if (OwnMembers.Of(referenced).NamesAPerson && !facts.IsAboutAnimal && !facts.IsAboutThings)
            {
                return new Suggestion("AccountData", Confidence.Normal);
            }
        }

        if (Match(BeforeExclusions, words, shape, context) is { } early)
        {
            return IsEquipment(words, early) || IsRoleMailbox(words, early) || IsAboutAPlace(words, early) || IsThingsIdentifier(declaring, words, early)
                || !AppliesTo(declaring, words, early) ? null : early;
        }

        if (PersonIdentifier(words, typeWords, shape) is { } identifier)
        {
            return identifier;
        }

        // The file of a person's picture: "ProfilePhoto.BlobPath", "Selfie.Url", "Signature.StorageKey".
        if (shape == Shape.Text && (context & Context.PersonLike) != 0 && !declaring.IsAboutAnimal && typeWords.Count > 0
            && typeWords[typeWords.Count - 1] is "photo" or "picture" or "pic" or "image" or "selfie" or "avatar" or "headshot" or "portrait" or "signature"
            && IsFileReference(words))
        {
            return new Suggestion("ImageData", Confidence.Normal);
        }

        // What a camera recorded shows the people in front of it: "CameraClip.StorageKey", "DoorbellEvent.SnapshotUrl".
        if (shape == Shape.Text && declaring.IsFootage && (IsFileReference(words) || words.Contains("thumbnail") || words.Contains("snapshot")))
        {
            return new Suggestion("ImageData", Confidence.Normal);
        }

        // Whom a message goes to: "QueuedEmail.To", "ToName", "PrescriptionReadySms.To".
        if (shape == Shape.Text && declaring.IsMessage && words[0] == "to" && (words.Count == 1 || (words.Count == 2 && words[1] is "address" or "number" or "name" or "phone")))
        {
            return new Suggestion(words.Count == 2 && words[1] == "name" ? "NameData" : "ContactData", Confidence.Normal);
        }

        // What a person likes: "Customer.FavouriteGenres", "Member.FavoriteTeams".
        if ((context & Context.PersonLike) != 0 && words.Count > 1 && words[0] is "favourite" or "favorite" or "favourites" or "favorites"
            && (shape & (Shape.Text | Shape.Choice)) != 0)
        {
            return new Suggestion("BehaviouralData", Confidence.Normal);
        }

        // A geographic point on a device, a trip or a person is where that person is or was, whatever its name.
        if (shape == Shape.Geo && (context & Context.Tracked) != 0)
        {
            return new Suggestion("LocationData", Confidence.Normal);
        }

        // Text named after a person's role holds who it is: "Author", "Assignee", "Buyer", "CaseWorker", "CurrentUser".
        if (shape == Shape.Text && words.Count <= 2 && IsPersonWordAt(words, words.Count - 1) && !NotDataSuffixes.Contains(words[words.Count - 1])
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
            return IsRoleMailbox(words, suggestion) || IsAboutAPlace(words, suggestion) || IsThingsIdentifier(declaring, words, suggestion)
                || !AppliesTo(declaring, words, suggestion) ? null : suggestion;
        }

        // "HouseNameOrNumber", "AllergiesAndMedical": either half is the data.
        if (Halves(words) is { } halves)
        {
            foreach (var half in halves)
            {
                if (Match(Rules, half, shape, context) is { } part && !IsRoleMailbox(half, part) && AppliesTo(declaring, half, part))
                {
                    return part;
                }
            }
        }

        // "DisabilityNotes", "GenotypeResult", "AllergyDetails": notes about special-category data are that data.
        if (words.Count > 1 && TrailingDetails.Contains(last)
            && Match(Rules, words.Take(words.Count - 1).ToList(), shape, context) is { } detailed && IsSpecialOrCriminal(detailed.Category)
            && AppliesTo(declaring, words, detailed))
        {
            return detailed;
        }

        // Notes on a person, on what they wrote or on a record about them, whatever qualifies them: "AvailabilityNotes",
        // "ConfidentialNotes", "OutcomeNotes", "InterventionNote".
        if (shape == Shape.Text && words.Count > 1 && last is "notes" or "note" or "comments" or "remarks"
            && (context & (Context.PersonLike | Context.Written | Context.AboutPerson)) != 0 && !declaring.IsAboutAnimal)
        {
            return new Suggestion("ContentData", Confidence.Normal);
        }

        // No name says it, but the type it sits on is about one person: it describes them, unless it is technical.
        return includeHolders ? DescribesAPerson(words, shape, type, containingType) : null;
    }

    /// <summary>"HouseNameOrNumber" → "house name", "house number"; "AllergiesAndMedical" → "allergies", "medical".</summary>
    private static List<string>[]? Halves(List<string> words)
    {
        var at = words.IndexOf("or");
        if (at < 0)
        {
            at = words.IndexOf("and");
        }

        if (at <= 0 || at >= words.Count - 1)
        {
            return null;
        }

        var left = words.GetRange(0, at);
        var right = words.GetRange(at + 1, words.Count - at - 1);
        // "HouseNameOrNumber": the right half shares the left's head ("house number").
        var shared = right.Count == 1 && left.Count > 1 ? [.. left.Take(left.Count - 1), right[0]] : right;
        return [left, shared];
    }

    /// <summary>
    /// Contact details and the position of a place or an organisation named on a member: "VenuePostcode",
    /// "PracticePhone", "ExecutorSolicitorFirmPhone", "RegisteredOfficePostcode" are not the person's.
    /// </summary>
    private static bool IsAboutAPlace(List<string> words, Suggestion suggestion)
    {
        if (suggestion.Category is not ("ContactData" or "AddressData" or "LocationData"))
        {
            return false;
        }

        for (var i = 0; i < words.Count - 1; i++)
        {
            if (PlaceQualifiers.Contains(words[i]) || (words[i] == "office" && i > 0 && words[i - 1] is "registered" or "head" or "listing" or "main"))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> PlaceQualifiers = new()
    {
        "venue", "practice", "firm", "company", "companies", "branch", "store", "shop", "warehouse", "depot", "hotel", "clinic", "hospital", "court",
        "church", "premises", "surgery", "pharmacy", "restaurant", "stadium", "campus", "airport", "station", "employer", "organisation", "centre", "center", "agency",
        "organization", "charity", "switchboard",
    };

    /// <summary>
    /// Network and hardware identifiers of things: a private address on a home or office network ("LanIpAddress",
    /// the same in millions of homes), and a serial number or device id on equipment nobody is named on.
    /// </summary>
    private static bool IsThingsIdentifier(DeclaringTypeFacts declaring, List<string> words, Suggestion suggestion)
    {
        if (suggestion.Category != "OnlineIdentifierData")
        {
            return false;
        }

        if (words[0] is "lan" or "local" or "private" or "internal" or "gateway" or "router" or "server" or "host" or "dns" or "proxy" or "nat" or "subnet")
        {
            return true;
        }

        // A home's public address and a device's MAC follow its people; its serial number and its id in the model do not.
        return declaring.IsEquipment && words.Any(w => w is "serial" or "device");
    }

    private static bool IsFileReference(List<string> words) =>
        words[words.Count - 1] is "url" or "uri" or "path" or "key" or "blob" or "location"
        || (words.Count > 1 && words[words.Count - 1] == "name" && words[words.Count - 2] is "file" or "blob" or "object");

    /// <summary>On a type about things, a name that starts with a person's role: "SellerPayoutIban", "ManagerEmail".</summary>
    private static Suggestion? PersonQualified(List<string> words, Shape shape) =>
        words.Count > 1 && NamesAPersonOnIt(words)
            ? Match(BeforeExclusions, words, shape, Context.Any) ?? Match(Rules, words, shape, Context.Any)
            : null;

    /// <summary>
    /// A person's role before the data: "SellerPayoutIban", "ResponsiblePharmacistName", "PrimaryContactEmail" (but an
    /// organisation's "ContactEmail" or "OwnerPhone" alone is its own).
    /// </summary>
    private static bool NamesAPersonOnIt(List<string> words)
    {
        if (IsPersonWordAt(words, 0) && words[0] is not ("contact" or "holder" or "owner"))
        {
            return true;
        }

        for (var i = 1; i < words.Count - 1; i++)
        {
            if (words[i] == "contact" ? words[i - 1] is "primary" or "main" or "key" or "named" or "nominated" or "lead" or "secondary"
                : IsPersonWordAt(words, i) && words[i] is not ("holder" or "owner" or "user" or "identity" or "profile" or "account" or "staff"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An animal's own data (its name, birth date, diagnosis, passport, photo) is not personal: on a type about an animal
    /// ("Animal", "Pet", a clinical note with an <c>AnimalId</c>) only its keeper's data counts ("OwnerPhone", an
    /// identifier, contact or financial data).
    /// </summary>
    private static bool AppliesTo(DeclaringTypeFacts declaring, List<string> words, Suggestion suggestion) =>
        !declaring.IsAboutAnimal
        || Enumerable.Range(0, words.Count - 1).Any(i => IsPersonWordAt(words, i) || IsActor(words, i))
        || suggestion.Category is not ("HealthData" or "GeneticData" or "BiometricData" or "DemographicData" or "NameData" or "ImageData" or "GovernmentIdentifierData");

    /// <summary>"SupportEmail", "AccountsEmail", "ApplyToEmail", "ReplyToEmail": a team's mailbox or line, not a person's.</summary>
    private static bool IsRoleMailbox(List<string> words, Suggestion suggestion)
    {
        if (suggestion.Category != "ContactData")
        {
            return false;
        }

        for (var i = 0; i < words.Count - 1; i++)
        {
            if (RoleMailboxWords.Contains(words[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> RoleMailboxWords = new()
    {
        "accounts", "apply", "applications", "escalation", "escalations", "reply", "helpdesk", "reception", "team", "press", "enquiries", "inquiries",
        "careers", "jobs", "hr", "finance", "invoices", "invoicing", "abuse", "privacy", "dpo", "webmaster", "postmaster", "hotline", "switchboard",
        "security", "compliance", "legal", "marketing", "newsletter", "returns", "info", "general", "shared", "group", "department", "payroll",
        "helpline", "box", "front", "desk",
    };

    /// <summary>"ScannerDeviceId", "KioskDeviceId": the identifier of a piece of equipment, not of a person's device.</summary>
    private static bool IsEquipment(List<string> words, Suggestion suggestion)
    {
        if (suggestion.Category != "OnlineIdentifierData")
        {
            return false;
        }

        for (var i = 1; i < words.Count; i++)
        {
            if (words[i] is "device" or "serial" && EquipmentWords.Contains(words[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> EquipmentWords = new()
    {
        "scanner", "printer", "kiosk", "terminal", "pos", "till", "gate", "reader", "sensor", "meter", "router", "gateway", "server", "camera",
        "turnstile", "controller", "display", "signage", "vending", "atm", "lock", "door", "thermostat", "machine", "station", "robot",
    };

    /// <summary>
    /// A yes or no says something about a person only when it answers a special-category or sensitive question:
    /// "HasDisability", "Smoker", "CriminalRecordFound", "CaringResponsibilities". Flags about records ("IsActive",
    /// "EmailConfirmed") are not.
    /// </summary>
    private static Suggestion? RecogniseFlag(List<string> words, Context context)
    {
        var start = 0;
        while (start < words.Count - 1 && words[start] is "is" or "has" or "had" or "was" or "does" or "did" or "ever" or "currently" or "any")
        {
            start++;
        }

        var end = words.Count;
        while (end - 1 > start && words[end - 1] is "found" or "declared" or "disclosed" or "flag" or "indicator" or "present" or "reported" or "recorded")
        {
            end--;
        }

        var question = words.Skip(start).Take(end - start).ToList();
        if (Match(FlagRules, question, Shape.Flag, context) is { } flag)
        {
            return flag;
        }

        // "HasAllergies", "HasCriminalRecord", "IsTradeUnionMember": a special category's name answered yes or no.
        // ("RequiresPrescription" on a medicine is not a question about a person.)
        var asked = start > 0 || end < words.Count || (context & Context.PersonLike) != 0;
        return asked && Match(Rules, question, Shape.Text, context) is { } named && IsSpecialOrCriminal(named.Category) ? named : null;
    }

    private static readonly NameRule[] FlagRules =
    {
        // Not "Disabled" ("User.Disabled" is an account switched off) nor "Smoking" alone ("Room.Smoking").
        new("HealthData", Shape.Flag, Confidence.High, Context.Any, Words("smoker", "smokes", "pregnant", "wheelchair user", "uses wheelchair", "needs wheelchair")),
        new("HealthData", Shape.Flag, Confidence.High, Context.PersonLike, Words("smoking")),
        new("TradeUnionMembershipData", Shape.Flag, Confidence.High, Context.Any, Words("union member", "trade union member")),
        new("DemographicData", Shape.Flag, Confidence.Normal, Context.Any, Words(
            "gender same as at birth", "transgender", "caring responsibilities", "carer", "veteran", "armed forces veteran",
            "vulnerable customer", "requires visa sponsorship", "visa sponsorship", "needs visa sponsorship", "right to work")),
        new("DemographicData", Shape.Flag, Confidence.Normal, Context.PersonLike, Words("vulnerable")),
        new("FinancialData", Shape.Flag, Confidence.Normal, Context.Any, Words("bankrupt", "insolvent", "in arrears", "ccj", "county court judgment", "county court judgement")),
        // A person's life and legal circumstances answered yes or no: "IsDeceased", "InCustody", "IsYouthCase", "ConfirmedUkTaxpayer".
        new("DemographicData", Shape.Flag, Confidence.Normal, Context.Any, Words(
            "deceased", "on electoral roll", "youth case", "child account", "minor", "juvenile", "needs intermediary", "needs interpreter",
            "interpreter required", "requires interpreter")),
        new("CriminalData", Shape.Flag, Confidence.High, Context.Any, Words("in custody", "remanded in custody", "on remand", "on bail", "on probation")),
        new("FinancialData", Shape.Flag, Confidence.Normal, Context.Any, Words("uk taxpayer", "taxpayer", "gift aid eligible", "gift aid")),
        // Where a household's people are, from their phones or sensors: "HomeMembership.IsHome", "PresenceChanged.ArrivedHome".
        new("LocationData", Shape.Flag, Confidence.Normal, Context.Any, Words("arrived home", "left home", "at home", "away from home")),
        new("LocationData", Shape.Flag, Confidence.Normal, Context.PersonLike | Context.AboutPerson, Words("home")),
        new("DemographicData", Shape.Flag, Confidence.Normal, Context.Any, Words("politically exposed", "politically exposed person", "pep", "registered to vote")),
    };

    private static readonly HashSet<string> TrailingDetails = new() { "notes", "note", "details", "info", "information", "description", "history", "result", "results", "comment", "comments", "code" };

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

        // "CreatedBy", "LastModifiedBy", "AssignedTo", "HandledBy": who did it.
        if (words.Count >= 2 && IsActor(words, words.Count - 1))
        {
            return new Suggestion("AccountData", Confidence.Normal);
        }

        if (words.Count < 2 || !IdentifierEndings.Contains(words[words.Count - 1]))
        {
            return null;
        }

        var subject = words.Take(words.Count - 1).ToList();
        // "ApprovedById", "AssignedToId" name who did it; "HeadOfDepartmentId" names a person by their post.
        var byRole = IsActor(words, words.Count - 2) || (subject.Count > 2 && subject[0] == "head" && subject[1] == "of");
        // "DefendantPartyId", "VictimPartyId": a party to a case, named by their role in it.
        var party = words.Count > 2 && words[words.Count - 2] == "party" && IsPersonWordAt(words, words.Count - 3);
        if (!byRole && !party && !IsPersonWordAt(words, words.Count - 2))
        {
            return null;
        }

        // "Client" is software on a type about software: "ApiClient.ClientId", "OAuthToken.ClientId".
        if (!byRole && subject[subject.Count - 1] == "client" && typeWords.Any(w => TechnicalWords.Contains(w) || w is "app" or "application" or "token" or "grant" or "credential" or "credentials" or "consent" or "scope" or "openid" or "oidc" or "integration"))
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

    /// <summary>"…By" or "…To" after a verb of doing ("CreatedBy", "HandledBy", "AssignedTo"), but not "OrderedBy" or "GroupedBy".</summary>
    private static bool IsActor(List<string> words, int index) =>
        index >= 1 && words[index] is "by" or "to"
        && (ActorVerbs.Contains(words[index - 1]) || (words[index] == "to" && RecipientVerbs.Contains(words[index - 1]))
            || (words[index] == "by" && words[index - 1].Length > 4 && words[index - 1].EndsWith("ed", System.StringComparison.Ordinal) && !NotActorVerbs.Contains(words[index - 1])));

    /// <summary>"SuppliedTo", "IssuedTo", "DeliveredTo", "BilledTo": whom something was given to.</summary>
    private static readonly HashSet<string> RecipientVerbs = new()
    {
        "supplied", "issued", "delivered", "sent", "paid", "given", "dispensed", "sold", "referred", "addressed", "allocated", "granted", "shipped",
        "billed", "invoiced", "lent", "loaned", "handed", "released", "awarded",
    };

    private static readonly HashSet<string> NotActorVerbs = new()
    {
        "ordered", "sorted", "grouped", "partitioned", "keyed", "indexed", "backed", "powered", "provided", "operated", "hosted", "supported",
        "generated", "caused", "triggered", "filtered", "limited", "separated", "delimited", "prefixed", "suffixed", "replaced", "superseded",
        "identified", "secured", "protected", "encrypted", "covered", "funded", "issued", "published", "distributed", "preceded", "referenced",
        "blocked", "linked", "derived", "inherited", "affected", "mapped", "implemented", "extended", "wrapped", "resolved", "qualified",
    };

    /// <summary>A word naming a person's role, except in technical compounds ("UserAgent", "HttpClient").</summary>
    private static bool IsPersonWordAt(List<string> words, int index) =>
        index >= 0 && index < words.Count && PersonWords.Contains(words[index])
        && !(index > 0 && ((words[index] == "agent" && words[index - 1] == "user") || (words[index] == "client" && TechnicalWords.Contains(words[index - 1]))));

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
        // "ServingCellIdAtEnd", "LocationAtStart": the same value at another moment.
        if (words.Count > 2 && words[words.Count - 2] == "at" && words[words.Count - 1] is "end" or "start" or "begin" or "close" or "open")
        {
            words.RemoveRange(words.Count - 2, 2);
        }

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

    private static readonly HashSet<string> Units = new()
    {
        "kg", "kgs", "lb", "lbs", "cm", "mm", "km", "kmh", "mph", "ft", "inches", "bpm", "mmhg", "pct", "percent", "weeks", "months", "years", "hours", "minutes",
    };

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
            // An enum counts as text for what a person is (Gender, Ethnicity, a special category), not for names or identifiers.
            var fits = (rule.Shapes & shape) != 0
                || (shape == Shape.Choice && (rule.Shapes & Shape.Text) != 0 && (rule.Category == "DemographicData" || IsSpecialOrCriminal(rule.Category)));
            if (!fits)
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
        ReferenceEquals(rules, Rules) ? RulesByLastWord.Value : ReferenceEquals(rules, FlagRules) ? FlagRulesByLastWord.Value : BeforeExclusionsByLastWord.Value;

    private static readonly System.Lazy<Dictionary<string, (NameRule Rule, string[] Sequence)[]>> FlagRulesByLastWord = new(() => Index(FlagRules));

    private static readonly System.Lazy<Dictionary<string, (NameRule Rule, string[] Sequence)[]>> RulesByLastWord = new(() => Index(Rules));

    private static readonly System.Lazy<Dictionary<string, (NameRule Rule, string[] Sequence)[]>> BeforeExclusionsByLastWord = new(() => Index(BeforeExclusions));

    private static Dictionary<string, (NameRule Rule, string[] Sequence)[]> Index(NameRule[] rules) =>
        rules.SelectMany(rule => rule.Sequences.Select(sequence => (Rule: rule, Sequence: sequence)))
            .GroupBy(entry => entry.Sequence[entry.Sequence.Length - 1])
            .ToDictionary(group => group.Key, group => group.ToArray());

    /// <summary>"ShippingState", "HomeCountry", "BuyerName", "CardExpiration": every qualifier gives the word its personal meaning.</summary>
    private static bool QualifiedFor(Context context, List<string> words, int sequenceLength)
    {
        // "TourManagerName", "ReferredPersonName", "CollectedByName", "AgentNotes": the word just before names whose it is.
        var before = words.Count - sequenceLength - 1;
        // ("UserName" is a login, matched by its own rule.)
        if ((context & Context.PersonLike) != 0 && ((IsPersonWordAt(words, before) && words[before] != "user") || IsActor(words, before)))
        {
            return true;
        }

        for (var i = 0; i < words.Count - sequenceLength; i++)
        {
            var word = words[i];
            if (word == "agent" && i > 0 && words[i - 1] == "user")
            {
                return false; // "UserAgentName": software
            }

            var gives = word is "home" or "work" or "birth" or "current" or "last" or "known" or "primary" or "secondary" or "legal" or "preferred" or "residential"
                    or "emergency" or "masked" or "truncated" or "personal" or "private" or "alternate" or "alternative"
                || ((context & Context.PersonLike) != 0 && (PersonWords.Contains(word) || PersonLikeTypeWords.Contains(word)))
                || ((context & Context.Addressed) != 0 && (AddressedTypeWords.Contains(word) || PersonWords.Contains(word)))
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
            if ((PersonLikeTypeWords.Contains(typeWords[i]) || PersonWords.Contains(typeWords[i])) && !(i > 0 && TechnicalWords.Contains(typeWords[i - 1]))
                && !(i > 0 && typeWords[i] == "agent" && typeWords[i - 1] == "user"))
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

        if (typeWords.Any(w => w is "address" or "postal" or "mailing" or "residence"))
        {
            context |= Context.AddressValue;
        }

        if (typeWords.Any(PaymentTypeWords.Contains))
        {
            context |= Context.Payment;
        }

        if (typeWords.Any(WrittenTypeWords.Contains))
        {
            context |= Context.Written;
        }

        if (typeWords.Any(CriminalTypeWords.Contains))
        {
            context |= Context.Criminal;
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
            case SpecialType.System_Boolean:
                return Shape.Flag;
            case SpecialType.System_DateTime:
                return Shape.Date;
            case SpecialType.System_Int16 or SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_UInt16
                or SpecialType.System_UInt32 or SpecialType.System_UInt64 or SpecialType.System_Single or SpecialType.System_Double
                or SpecialType.System_Decimal or SpecialType.System_Byte:
                return Shape.Number;
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            return Shape.Choice;
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
                : generic.Name is "ReadOnlyMemory" or "Memory" ? Shape.None : ShapeOf(element) & (Shape.Text | Shape.Guid | Shape.Number | Shape.Choice);
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

    /// <summary>Every document (or its owner) followed by every part: "id document" × "number" is "IdDocumentNumber".</summary>
    private static string[][] Parts(string[] heads, string[] parts) =>
        heads.SelectMany(head => parts.Select(part => (head + " " + part).Trim().Split(' '))).ToArray();

    private static string[][] PersonImages()
    {
        string[] whose = ["selfie", "profile", "avatar", "passport", "id", "headshot", "user", "customer", "member", "employee", "patient", "student"];
        string[] what = ["photo", "image", "picture", "pic"];
        string[] how = ["", " url", " uri", " path", " file name", " blob name", " blob path", " blob uri", " blob url", " storage key", " urls", " uris"];
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

        /// <summary>An enum: one of a few values ("Gender"), which counts for the special and demographic categories only.</summary>
        Choice = 256,

        /// <summary>A yes or no: personal only when it answers a special-category question ("HasDisability", "Smoker").</summary>
        Flag = 512,
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
        AddressValue = 64,

        /// <summary>The type points at a person by role ("SupporterId", "PatientId"): notes on it are about them.</summary>
        AboutPerson = 128,

        /// <summary>A charge, a sentence, a case party: criminal proceedings, where a sentence or a fine is a person's (Art. 10).</summary>
        Criminal = 256,
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
            var own = OwnMembers.Of(type);
            // A type its members show to be an organisation or a place ("Court" with a court code, "CorporatePartner"
            // with a Companies House number, a "CorporateDonor" or a business "Customer" with no person's name) is about
            // things like one its name shows to be.
            IsAboutThings = PersonalDataNames.IsAboutThings(Words) || (own.IsOrganisation && !own.NamesAPerson);
            Context = IsAboutThings ? Context.Any : ContextOf(Words);
            if (!IsAboutThings && own.NamesAPerson)
            {
                // "Supporter" with a first name and a birth date is a person, like "Customer".
                Context |= Context.PersonLike | Context.Addressed | Context.Tracked;
            }

            if (!IsAboutThings && own.HasAddressParts)
            {
                // "HomeLocation" with a postal code: its "City" and "CountryCode" are an address's.
                Context |= Context.Addressed | Context.AddressValue;
            }

            if (!IsAboutThings && own.RefersToAPerson)
            {
                Context |= Context.AboutPerson;
            }

            IsEquipment = own.IsEquipment;
            IsFootage = !IsAboutThings && Words.Any(w => w is "camera" or "cctv" or "footage" or "doorbell" or "bodycam" or "dashcam" or "surveillance");
            IsMessage = Words.Any(w => w is "email" or "mail" or "sms" or "message" or "notification" or "letter" or "fax" or "whatsapp");
            HasNamedContact = own.HasNamedContact;
            IsAboutAnimal = !IsAboutThings && IsAnimalRecord(type, Words);
            IsConfiguration = IsAboutThings && Words.Any(ConfigurationTypeWords.Contains);
        }

        /// <summary>What a camera recorded ("CameraClip", "DoorbellSnapshot", "CctvFootage"): its files show people.</summary>
        public bool IsFootage { get; }

        /// <summary>A message to someone ("QueuedEmail", "PrescriptionReadySms"): its "To" is their address or number.</summary>
        public bool IsMessage { get; }

        /// <summary>A "ContactName" among its members: "ContactEmail" and "ContactPhone" are then that person's.</summary>
        public bool HasNamedContact { get; }

        /// <summary>Equipment by its members (a model, a firmware, no owner): its serial number and network identifiers are a thing's.</summary>
        public bool IsEquipment { get; }

        /// <summary>Settings, options, templates, endpoints: the application's configuration, where no member is a person's.</summary>
        public bool IsConfiguration { get; }

        /// <summary>"Animal", "Pet", or a record that points at an animal and is not itself about a person ("ClinicalNote" with an "AnimalId").</summary>
        public bool IsAboutAnimal { get; }

        private static bool IsAnimalRecord(INamedTypeSymbol type, IReadOnlyList<string> words)
        {
            if (words.Count == 0)
            {
                return false;
            }

            if (AnimalWords.Contains(words[words.Count - 1]))
            {
                return true;
            }

            if (IsPersonLike(words))
            {
                return false;
            }

            foreach (var member in type.GetMembers())
            {
                if (member is IPropertySymbol or IFieldSymbol && member.Name.Length <= 12 && member.Name.EndsWith("Id", System.StringComparison.OrdinalIgnoreCase)
                    && Split(member.Name) is { Count: 2 } name
                    && AnimalWords.Contains(name[0]) && name[1] is "id" or "guid")
                {
                    return true;
                }
            }

            return false;
        }

        public IReadOnlyList<string> Words { get; }

        public bool IsAboutThings { get; }

        public Context Context { get; }

        public static DeclaringTypeFacts Of(INamedTypeSymbol type) => Known.GetValue(type, static t => new DeclaringTypeFacts(t));
    }

    /// <summary>A member's recognised category, and how sure the name makes it.</summary>
    internal sealed class Suggestion
    {
        public Suggestion(string category, Confidence confidence, string? describes = null)
        {
            Category = category;
            Confidence = confidence;
            Describes = describes;
        }

        public string Category { get; }

        public Confidence Confidence { get; }

        /// <summary>
        /// Found by the type it sits on rather than by its name: the person it describes ("Learner", "the Employee in
        /// EmployeeId"), or null when the name says what it is.
        /// </summary>
        public string? Describes { get; }
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
