using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace LawfulBasis.Analyzers;

internal static partial class PersonalDataNames
{
    /// <summary>
    /// What a type's own members say it is, whatever it is called: a record of a person when it has a person's name or
    /// birth date (<c>Supporter.FirstName</c>), an organisation when it has a legal entity's identifiers or a switchboard
    /// (<c>CorporatePartner.CompaniesHouseNumber</c>), a piece of equipment when it has a model, a firmware or a
    /// manufacturer and no person it belongs to (a smart plug, not a wearable paired to an athlete). A type name list
    /// cannot know every organisation (<c>Court</c>, <c>CorporatePartner</c>) or every word for a person
    /// (<c>Supporter</c>, <c>Parishioner</c>); the members say it. Worked out from the member names alone, once per type
    /// and cached, and never from other types' evidence, so that two types that refer to each other cannot recurse.
    /// </summary>
    internal sealed class OwnMembers
    {
        private static readonly ConditionalWeakTable<INamedTypeSymbol, OwnMembers> Known = new();

        private OwnMembers(INamedTypeSymbol type)
        {
            var equipmentHints = false;
            var personLink = false;
            foreach (var member in type.GetMembers())
            {
                if (member is not (IPropertySymbol { IsStatic: false } or IFieldSymbol { IsStatic: false, IsConst: false, IsImplicitlyDeclared: false }))
                {
                    continue;
                }

                var name = member.Name;
                NamesAPerson |= PersonRecordMembers.Contains(name);
                IsOrganisation |= OrganisationMembers.Contains(name);
                HasAddressParts |= AddressMembers.Contains(name);
                HasNamedContact |= name is "ContactName" or "ContactPersonName" or "ContactFullName" or "ContactFirstName" or "ContactLastName";
                equipmentHints |= EquipmentMembers.Contains(name);
                // Only names ending in an identifier are split: "SupporterId", "OwnerUserId", "PairedAthleteId".
                if (!personLink && name.Length > 3 && (name.EndsWith("Id", StringComparison.Ordinal) || name.EndsWith("Guid", StringComparison.Ordinal)))
                {
                    personLink = NamesAPersonByRole(Split(name));
                }
            }

            // A device someone carries or is paired to is theirs (its serial number follows them); one nobody is named on is equipment.
            IsEquipment = equipmentHints && !personLink && !NamesAPerson;
            RefersToAPerson = personLink;
        }

        /// <summary>It has a person's own name or birth date: it is a record of a person, whatever the type is called.</summary>
        public bool NamesAPerson { get; }

        /// <summary>It has a legal entity's identifiers, opening hours or a switchboard: an organisation or a place.</summary>
        public bool IsOrganisation { get; }

        /// <summary>It has a postcode, a street or an address line: its city, region and country are parts of an address.</summary>
        public bool HasAddressParts { get; }

        /// <summary>It names a contact person ("ContactName"): its other "Contact…" members are that person's, not a role mailbox.</summary>
        public bool HasNamedContact { get; }

        /// <summary>It has a model, a firmware or a manufacturer and names no person: equipment, whose identifiers are a thing's.</summary>
        public bool IsEquipment { get; }

        /// <summary>It points at a person by role ("SupporterId" aside, "PatientId", "MemberId"): free text on it is about them.</summary>
        public bool RefersToAPerson { get; }

        public static OwnMembers Of(INamedTypeSymbol type) => Known.GetValue(type, static t => new OwnMembers(t));

        /// <summary>"PatientId", "OwnerUserId", "PairedAthleteId", "DefendantPartyId": a person named by their role.</summary>
        private static bool NamesAPersonByRole(List<string> words)
        {
            if (words.Count < 2 || !IdentifierEndings.Contains(words[words.Count - 1]))
            {
                return false;
            }

            var subject = words.Count - 2;
            if (words[subject] == "party" && subject > 0)
            {
                subject--;
            }

            return IsPersonWordAt(words, subject);
        }
    }

    /// <summary>
    /// The type an identifier points at, by the convention of entity models ("SupporterId" → <c>Supporter</c>,
    /// "DeviceId" → <c>Device</c>), looked up in the declaring type's namespace (one dictionary lookup), or null.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private static INamedTypeSymbol? ReferencedType(string memberName, List<string> words, INamedTypeSymbol containingType)
    {
        if (words.Count < 2 || words[words.Count - 1] is not ("id" or "guid") || containingType.ContainingNamespace is not { } ns)
        {
            return null;
        }

        var suffix = words[words.Count - 1].Length;
        if (memberName.Length <= suffix)
        {
            return null;
        }

        // "SupporterId" → Supporter; "WearerContractorId" → Contractor, after a role ("wearer") the model does not declare.
        var end = memberName.Length - suffix;
        for (var start = 0; start < end; start++)
        {
            if (start > 0 && !char.IsUpper(memberName[start]))
            {
                continue;
            }

            var types = ns.GetTypeMembers(memberName.Substring(start, end - start));
            if (types.Length == 1)
            {
                return SymbolEqualityComparer.Default.Equals(types[0], containingType) ? null : types[0];
            }
        }

        return null;
    }

    /// <summary>Members a person's own record has, and an organisation's or a thing's has not.</summary>
    private static readonly HashSet<string> PersonRecordMembers = new(StringComparer.OrdinalIgnoreCase)
    {
        "FirstName", "LastName", "FullName", "Surname", "GivenName", "GivenNames", "FamilyName", "Forename", "Forenames", "MiddleName", "MaidenName",
        "PreferredName", "KnownAs", "DateOfBirth", "BirthDate", "Birthdate", "Dob", "NationalInsuranceNumber", "NiNumber", "Ssn",
    };

    /// <summary>Members only an organisation or a place has: a legal entity's numbers, a switchboard, opening hours.</summary>
    private static readonly HashSet<string> OrganisationMembers = new(StringComparer.OrdinalIgnoreCase)
    {
        "CompanyNumber", "CompaniesHouseNumber", "CompanyRegistrationNumber", "RegisteredCompanyNumber", "CharityNumber", "RegisteredCharityNumber",
        "CharityRegistrationNumber", "VatNumber", "VatRegistrationNumber", "VatId", "TradingName", "RegisteredName", "LegalEntityIdentifier", "Lei",
        "DunsNumber", "Ukprn", "OdsCode", "OpeningHours", "OpeningTimes", "Switchboard", "SwitchboardPhone", "SwitchboardNumber", "DxAddress",
        "DxNumber", "RegisteredOffice", "RegisteredOfficeAddress", "HeadOfficeAddress", "NumberOfEmployees", "EmployeeCount", "SraFirmNumber",
        "FirmNumber", "CourtCode", "SeatingCapacity", "Courtrooms",
    };

    /// <summary>Members only an address has: where "City" and "CountryCode" beside them are parts of one.</summary>
    private static readonly HashSet<string> AddressMembers = new(StringComparer.OrdinalIgnoreCase)
    {
        "Postcode", "PostalCode", "ZipCode", "Zip", "ZipPostalCode", "Street", "StreetAddress", "AddressLine1", "Line1", "HouseNumber", "HouseNameOrNumber",
    };

    /// <summary>Members a manufactured thing has.</summary>
    private static readonly HashSet<string> EquipmentMembers = new(StringComparer.OrdinalIgnoreCase)
    {
        "FirmwareVersion", "Firmware", "HardwareVersion", "HardwareRevision", "Model", "ModelNumber", "ModelName", "Manufacturer", "Make",
    };
}
