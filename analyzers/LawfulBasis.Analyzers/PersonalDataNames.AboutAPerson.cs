using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace LawfulBasis.Analyzers;

internal static partial class PersonalDataNames
{
    /// <summary>
    /// The person a type is about, if it is about one: any information relating to an identified or identifiable person
    /// is personal data (Art. 4(1)), so a payslip's net pay, a learner's hours driven and a guest's loyalty tier are
    /// personal because of the type they sit on, whatever they are called. A type is about one person when it is that
    /// person's record (its own members name a person, or its name is a person's role: <c>Learner</c>, <c>Employee</c>),
    /// or when it refers to one (<c>EmployeeId</c>, a <c>SupporterId</c> resolved to a person's record, a navigation to
    /// one) and is not itself a thing (an organisation, a place, a catalogue, configuration, equipment, an animal).
    /// Worked out once per type, from its own members and the types they name, and cached.
    /// </summary>
    internal sealed class AboutAPerson
    {
        private static readonly ConditionalWeakTable<INamedTypeSymbol, AboutAPerson> Known = new();

        private static readonly AboutAPerson Nobody = new(null, null, isOwnRecord: false);

        private AboutAPerson(string? person, string? reference, bool isOwnRecord)
        {
            Person = person;
            Reference = reference;
            IsOwnRecord = isOwnRecord;
        }

        /// <summary>The person's record type or role (<c>Learner</c>, <c>Employee</c>), or null when the type is about no one person.</summary>
        public string? Person { get; }

        /// <summary>The member that refers to the person (<c>EmployeeId</c>), or null on the person's own record.</summary>
        public string? Reference { get; }

        /// <summary>The type is the person's own record (<c>Learner</c>), not a record that refers to them.</summary>
        public bool IsOwnRecord { get; }

        /// <summary>How the diagnostic names the person: "Learner", "the person in EmployeeId".</summary>
        public string Describes => Reference is null ? Person! : $"the {Person} in {Reference}";

        public static AboutAPerson Of(INamedTypeSymbol type) => Known.GetValue(type, static t => Find(t));

        private static AboutAPerson Find(INamedTypeSymbol type)
        {
            if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct) || type.IsStatic || type.Name.Length == 0)
            {
                return Nobody;
            }

            var facts = DeclaringTypeFacts.Of(type);
            if (facts.IsAboutThings || facts.IsAboutAnimal || facts.IsEquipment || facts.IsMessage)
            {
                return Nobody;
            }

            if (OwnMembers.Of(type).NamesAPerson || NamesAPersonByHead(facts.Words))
            {
                return new AboutAPerson(type.Name, null, isOwnRecord: true);
            }

            // A type named after a thing ("ProductReview", "HotelReservation") is about the thing, whoever it refers to.
            if (!StartsWithAPerson(facts.Words))
            {
                return Nobody;
            }

            // A record that refers to one person, by role ("EmployeeId") or to their record ("SupporterId", a navigation), is
            // about them, but not a dealing with them (an order, a payment, a booking: its terms are the dealing's) and not a
            // record about several people (a trip's rider and driver: its figures are the trip's).
            if (IsDealing(facts.Words))
            {
                return Nobody;
            }

            string? person = null;
            string? reference = null;
            foreach (var member in type.GetMembers())
            {
                var memberType = member switch
                {
                    IPropertySymbol { IsStatic: false, IsIndexer: false } property => property.Type,
                    IFieldSymbol { IsStatic: false, IsConst: false, IsImplicitlyDeclared: false } field => field.Type,
                    _ => null,
                };
                if (memberType is null || PersonReferredToBy(member.Name, memberType, type, facts.Words) is not { } referred)
                {
                    continue;
                }

                if (person is not null && person != referred)
                {
                    return Nobody;
                }

                person = referred;
                reference ??= member.Name;
            }

            return person is null ? Nobody : new AboutAPerson(person, reference, isOwnRecord: false);
        }

        /// <summary>Not named after a thing: "ProductReview" and "HotelReservation" are about the product and the hotel.</summary>
        private static bool StartsWithAPerson(IReadOnlyList<string> words) => words.Count > 0 && !NotPersonTypeWords.Contains(words[0]);

        /// <summary>"Learner", "Employee", "CustomerDto", "PassengerDetails": a person's role heads the type's name.</summary>
        private static bool NamesAPersonByHead(IReadOnlyList<string> words)
        {
            var head = words.Count - 1;
            while (head > 0 && GenericTypeHeads.Contains(words[head]))
            {
                head--;
            }

            return head >= 0 && PersonWords.Contains(words[head]) && !(head > 0 && (TechnicalWords.Contains(words[head - 1]) || words[head - 1] == "user")) && words[head] is not ("identity" or "profile" or "household" or "lead" or "prospect" or "holder");
        }

        /// <summary>
        /// The person a member refers to, by the plain convention of entity models: "EmployeeId" (a role and an
        /// identifier), "SupporterId" resolved to a record with a person's name, a navigation to such a record. A
        /// qualified reference ("HiringManagerId", "AssignedDriverId", "PerformedByUserId") names someone acting on the
        /// record, not whom it is about; so does a member of staff ("AgentId", "RecruiterId"), unless the type is named
        /// after them ("InstructorPayout.InstructorId").
        /// </summary>
        private static string? PersonReferredToBy(string memberName, ITypeSymbol memberType, INamedTypeSymbol containingType, IReadOnlyList<string> typeWords)
        {
            var shape = ShapeOf(memberType);
            if ((shape & (Shape.Text | Shape.Number | Shape.Guid)) != 0 && !IsCollection(memberType))
            {
                var words = Split(memberName);
                if (words.Count != 2 || words[1] is not ("id" or "guid" or "uuid"))
                {
                    return null;
                }

                if (ReferencedType(memberName, words, containingType) is { } referenced)
                {
                    var facts = DeclaringTypeFacts.Of(referenced);
                    return OwnMembers.Of(referenced).NamesAPerson && !facts.IsAboutThings && !facts.IsAboutAnimal ? referenced.Name : null;
                }

                if (!IsPersonWordAt(words, 0) || (words[0] == "client" && TechnicalTypeWords(typeWords))
                    || (StaffRoles.Contains(words[0]) && !Has(typeWords, words[0])))
                {
                    return null;
                }

                return memberName.Substring(0, memberName.Length - words[1].Length);
            }

            // A navigation to one person's record ("Payslip.Employee"), not a collection of them.
            if (shape == Shape.None && memberType is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } navigation && !IsCollection(navigation)
                && navigation.Locations.Length > 0 && navigation.Locations[0].IsInSource && !SymbolEqualityComparer.Default.Equals(navigation, containingType))
            {
                var facts = DeclaringTypeFacts.Of(navigation);
                return OwnMembers.Of(navigation).NamesAPerson && !facts.IsAboutThings && !facts.IsAboutAnimal && !AnyOf(facts.Words, StaffRoles)
                    ? navigation.Name : null;
            }

            return null;
        }

        /// <summary>An order, a payment, a booking, a subscription: a dealing with a person, whose amounts and terms are the dealing's.</summary>
        private static bool IsDealing(IReadOnlyList<string> typeWords) => AnyOf(typeWords, DealingWords);

        private static bool TechnicalTypeWords(IReadOnlyList<string> typeWords) => AnyOf(typeWords, TechnicalWords) || AnyOf(typeWords, SoftwareWords);

        private static bool IsCollection(ITypeSymbol type) =>
            type is IArrayTypeSymbol
            || (type is INamedTypeSymbol { IsGenericType: true } generic && generic.SpecialType == SpecialType.None
                && generic.OriginalDefinition.SpecialType is not SpecialType.System_Nullable_T);
    }

    /// <summary>
    /// A member of a type about one person, which no name rule recognised, is personal data unless it is technical: it
    /// describes that person (Art. 4(1)). Never high confidence (never LB0008): the name says nothing, the structure does.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private static Suggestion? DescribesAPerson(List<string> words, Shape shape, ITypeSymbol type, INamedTypeSymbol containingType)
    {
        if ((shape & (Shape.Text | Shape.Number | Shape.Date | Shape.Choice)) == 0 || type is IArrayTypeSymbol)
        {
            return null;
        }

        var subject = AboutAPerson.Of(containingType);
        if (subject.Person is null || (shape == Shape.Choice && !subject.IsOwnRecord) || IsTechnical(words, shape, type, subject.IsOwnRecord, DeclaringTypeFacts.Of(containingType).Words))
        {
            return null;
        }

        return new Suggestion(CategoryDescribing(words, shape, containingType), Confidence.Normal, subject.Describes);
    }

    /// <summary>
    /// What says nothing about the person a record is about: identifiers and keys of things (a record's own number on a
    /// record about someone), row versions and concurrency tokens, audit stamps and other timestamps of the record,
    /// credentials, tenants and partitions, workflow states and decisions, preferences and settings, reference-data codes,
    /// counts, a thing's name, the make and model of equipment, rooms and queues, and prices and amounts (what something
    /// costs, not what a person earns: on pay, benefits and pensions the amounts are the person's).
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private static bool IsTechnical(List<string> words, Shape shape, ITypeSymbol type, bool isOwnRecord, IReadOnlyList<string> typeWords)
    {
        var last = words[words.Count - 1];
        if (TechnicalEndings.Contains(last) || AuditVerbs.Contains(words[0]) || words[0] is "preferred" or "default"
            || (last == "name" && words.Count > 1 && !PersonNameKinds.Contains(words[words.Count - 2])))
        {
            // "BankName", "InsurerName", "ClinicName" name a thing; "DisplayName" and "FullName" name the person.
            return true;
        }

        var money = false;
        var dealing = false;
        foreach (var word in words)
        {
            if (TechnicalMemberWords.Contains(word) || PlaceQualifiers.Contains(word))
            {
                return true;
            }

            money |= PriceWords.Contains(word);
            dealing |= DealingWords.Contains(word);
        }

        // What is named after a dealing ("DonationDate", "OrderTotal", a count of "Orders") is the dealing's, not the person's.
        if (dealing)
        {
            return true;
        }

        if (money && !(isOwnRecord ? last is not ("amount" or "price" or "fee" or "fare" or "total" or "cost" or "premium" or "target") : IsAboutPay(typeWords)))
        {
            return true;
        }

        // The record's own number on a record about someone ("Claim.ClaimNumber", "ParkingPermit.PermitNumber").
        if (!isOwnRecord && words.Count > 1 && last is "number" or "reference" or "ref" && Has(typeWords, words[words.Count - 2]))
        {
            return true;
        }

        switch (shape)
        {
            case Shape.Date:
                // When a record was made, seen or changed ("RegisteredAt", "LastLoginDateUtc") is the record's; a date on a
                // record that refers to a person is the record's too (a booking's start, a policy's end).
                return !isOwnRecord || last is "at" or "utc" or "time" or "timestamp" or "since" or "until" or "end" or "start";
            case Shape.Choice:
                return IsWorkflow(last) || (type is INamedTypeSymbol { Name: var enumName } && Split(enumName) is { Count: > 0 } enumWords
                    && IsWorkflow(enumWords[enumWords.Count - 1]));
            default:
                return false;
        }
    }

    private static bool Has(IReadOnlyList<string> words, string word)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] == word)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> PersonNameKinds = new()
    {
        "display", "full", "first", "last", "given", "family", "preferred", "nick", "user", "screen", "legal", "maiden", "middle", "known", "birth",
    };

    private static bool IsAboutPay(IReadOnlyList<string> typeWords) => AnyOf(typeWords, PayTypeWords);

    private static bool AnyOf(IReadOnlyList<string> words, HashSet<string> family)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (family.Contains(words[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> SoftwareWords = new() { "app", "application", "token", "grant", "credential", "credentials", "consent", "scope" };

    private static bool IsWorkflow(string word) => word is "status" or "state" or "stage" or "phase" or "step" or "kind" or "type" or "category" or "mode"
        or "visibility" or "priority" or "channel" or "platform";

    /// <summary>The category a describing value fits, by its kind of value and the type it sits on.</summary>
    private static string CategoryDescribing(List<string> words, Shape shape, INamedTypeSymbol containingType)
    {
        if (shape == Shape.Text && words[words.Count - 1] is "notes" or "note" or "comment" or "comments" or "remarks" or "description" or "summary"
            or "reason" or "feedback" or "debrief" or "message" or "details" or "availability" or "bio" or "assessment")
        {
            return "ContentData";
        }

        if (IsAboutPay(DeclaringTypeFacts.Of(containingType).Words) || AnyOf(DeclaringTypeFacts.Of(containingType).Words, EmploymentTypeWords))
        {
            return "EmploymentData";
        }

        foreach (var word in words)
        {
            if (MoneyWords.Contains(word))
            {
                return "FinancialData";
            }
        }

        return "BehaviouralData";
    }

    private static readonly HashSet<string> TechnicalEndings = new()
    {
        "id", "ids", "guid", "guids", "uuid", "key", "keys", "version", "etag", "stamp", "hash", "salt", "token", "tokens", "secret", "password",
        "code", "codes", "count", "checksum", "xmin", "ms", "bytes", "stage", "phase", "step", "pnr", "puk", "pin", "decision", "action", "attempts",
        "reference", "ref", "result", "outcome",
        // "SortedBy", "GroupedBy": who did something is recognised by name before ("CreatedBy"); what is left is a setting.
        "by",
    };

    private static readonly HashSet<string> AuditVerbs = new()
    {
        "created", "updated", "modified", "deleted", "inserted", "changed", "edited", "synced", "imported", "exported", "archived", "row", "concurrency",
    };

    private static readonly HashSet<string> TechnicalMemberWords = new()
    {
        "password", "hash", "salt", "secret", "token", "otp", "lockout", "concurrency", "tenant", "culture", "locale", "language", "timezone", "zone",
        "theme", "currency", "etag", "sort", "ordinal", "sequence", "provider", "utm", "webhook", "correlation", "trace", "partition", "shard",
        "cursor", "page", "vat", "website", "method", "elapsed", "duration", "consent", "opt", "optin", "unsubscribed", "marketing", "newsletter",
        // Equipment and things: their make, model and measures are not a person's.
        "make", "model", "manufacturer", "manufacture", "firmware", "battery", "fuel", "capacity", "width", "px", "pixels", "unit", "units", "range",
        "budget", "headcount", "brand", "bic", "swift", "sha", "sha256", "md5",
        // Where a record is handled: a room, a queue, a channel, a session, a seat.
        "room", "courtroom", "queue", "channel", "session", "seat", "seats", "location",
    };

    /// <summary>What something costs or is worth: the price of a thing, not what a person earns or owes.</summary>
    private static readonly HashSet<string> PriceWords = new()
    {
        "amount", "price", "fee", "fees", "fare", "fares", "total", "cost", "premium", "principal", "deductible", "excess", "rate", "charge", "deposit",
        "rent", "tip", "tips", "target", "raised", "donation", "gift", "sponsorship",
    };

    /// <summary>Types about what a person is paid or awarded: a payslip, a payout, a pension, a benefit.</summary>
    private static readonly HashSet<string> PayTypeWords = new()
    {
        "payslip", "payroll", "pay", "payout", "payouts", "earnings", "salary", "wage", "wages", "pension", "benefit", "benefits", "allowance",
        "remuneration", "compensation", "commission", "timesheet", "expenses",
    };

    /// <summary>An order, a payment, a booking: dealings with a person (not about them).</summary>
    private static readonly HashSet<string> DealingWords = new()
    {
        "order", "orders", "payment", "payments", "transaction", "transactions", "invoice", "invoices", "booking", "reservation", "subscription",
        "loan", "quote", "refund", "donation", "gift", "purchase", "sale", "basket", "cart", "trip", "ride", "receipt", "voucher", "coupon", "bill",
    };

    /// <summary>Staff acting on a record about someone else: a record that names one is about them only when named after them.</summary>
    private static readonly HashSet<string> StaffRoles = new()
    {
        "agent", "recruiter", "interviewer", "manager", "supervisor", "officer", "steward", "clerk", "cashier", "receptionist", "moderator", "adjuster",
        "underwriter", "inspector", "auditor", "technician", "dispatcher", "approver", "reviewer", "assignee", "caseworker", "administrator", "organiser",
        "organizer", "teacher", "instructor", "tutor", "coach", "mentor", "doctor", "physician", "practitioner", "nurse", "clinician", "therapist",
        "dentist", "surgeon", "pharmacist", "prescriber", "vet", "veterinarian", "judge", "magistrate", "prosecutor", "barrister", "solicitor",
        "attorney", "lawyer", "consultant", "advisor", "adviser", "representative", "staff", "examiner", "assessor", "invigilator", "councillor",
    };

    private static readonly HashSet<string> MoneyWords = new()
    {
        "amount", "balance", "pay", "paid", "earnings", "payout", "fee", "fees", "price", "cost", "total", "income", "rate", "tax", "deduction",
        "deductions", "pension", "bonus", "spend", "spent", "owed", "debt", "credit", "credits", "salary", "wage", "wages", "gross", "net", "tips",
        "allowance", "contribution", "contributions", "refund", "charge", "charges", "value",
    };

    private static readonly HashSet<string> EmploymentTypeWords = new()
    {
        "employee", "employment", "staff", "worker", "contractor", "instructor", "absence", "timesheet", "shift", "rota", "appraisal", "job", "hr",
    };
}
