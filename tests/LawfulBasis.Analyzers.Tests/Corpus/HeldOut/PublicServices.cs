#if LAWFULBASIS_CORPUS
// Held out: written after the heuristics were frozen, never used to tune them. A council's public services:
// residents, benefit claims, parking permits, waste collection, food delivery orders from a municipal canteen.
// Labels: pd, no, key (see ../README.md).
using System;
using System.Collections.Generic;

namespace Corpus.HeldOut.PublicServices
{
    public class Resident
    {
        public Guid Id { get; set; } // key
        public string NationalInsuranceNo { get; set; } = ""; // pd
        public string FirstNames { get; set; } = ""; // pd
        public string LastName { get; set; } = ""; // pd
        public DateOnly BirthDate { get; set; } // pd
        public string AddressLine1 { get; set; } = ""; // pd
        public string AddressLine2 { get; set; } = ""; // pd
        public string Town { get; set; } = ""; // pd
        public string Postcode { get; set; } = ""; // pd
        public string? Telephone { get; set; } // pd
        public string? PreferredContactMethod { get; set; } // no
        public bool RegisteredToVote { get; set; } // pd
        public string? EthnicGroup { get; set; } // pd
    }

    public class BenefitClaim
    {
        public Guid Id { get; set; } // no
        public Guid ResidentId { get; set; } // pd
        public string BenefitType { get; set; } = ""; // pd
        public decimal WeeklyAmount { get; set; } // pd
        public string? DisabilityDetails { get; set; } // pd
        public int HouseholdSize { get; set; } // pd
        public DateOnly AwardedOn { get; set; } // no
        public string CaseWorker { get; set; } = ""; // pd
    }

    public class ParkingPermit
    {
        public Guid Id { get; set; } // no
        public string PermitNumber { get; set; } = ""; // no
        public string Zone { get; set; } = ""; // no
        public string VehicleRegistrationNumber { get; set; } = ""; // pd
        public Guid HolderId { get; set; } // pd
        public DateOnly ValidFrom { get; set; } // no
        public DateOnly ValidTo { get; set; } // no
        public decimal Fee { get; set; } // no
    }

    public class WasteCollectionRound
    {
        public int Id { get; set; } // no
        public string Name { get; set; } = ""; // no
        public DayOfWeek Day { get; set; } // no
        public List<string> Streets { get; set; } = new(); // no
        public string BinType { get; set; } = ""; // no
    }

    public class MealOrder
    {
        public Guid Id { get; set; } // no
        public Guid ResidentId { get; set; } // pd
        public string DeliveryAddress { get; set; } = ""; // pd
        public string? DietaryRequirements { get; set; } // pd
        public string? Allergens { get; set; } // pd
        public DateTime DeliverySlot { get; set; } // no
        public decimal Price { get; set; } // no
        public string Status { get; set; } = ""; // no
    }

    public class Ward
    {
        public int Id { get; set; } // no
        public string Name { get; set; } = ""; // no
        public int Population { get; set; } // no
        public string CouncillorName { get; set; } = ""; // pd
        public string CouncillorEmail { get; set; } = ""; // pd
    }

    public class FoiRequest
    {
        public Guid Id { get; set; } // no
        public string RequesterName { get; set; } = ""; // pd
        public string RequesterEmail { get; set; } = ""; // pd
        public string RequestText { get; set; } = ""; // pd
        public DateOnly ReceivedOn { get; set; } // no
        public DateOnly DueOn { get; set; } // no
        public string Outcome { get; set; } = ""; // no
    }

    public class ServiceOptions
    {
        public string PortalUrl { get; set; } = ""; // no
        public string NotifyApiKey { get; set; } = ""; // no
        public string ContactCentrePhone { get; set; } = ""; // no
        public int MaxAttachments { get; set; } // no
    }
}
#endif
