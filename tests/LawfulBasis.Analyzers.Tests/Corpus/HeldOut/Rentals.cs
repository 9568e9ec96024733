#if LAWFULBASIS_CORPUS
// Held out: written after the heuristics were frozen, never used to tune them. Property rentals: listings, tenants'
// applications, leases, maintenance requests, viewings. Labels: pd, no, key (see ../README.md).
using System;
using System.Collections.Generic;

namespace Corpus.HeldOut.Rentals
{
    public class Listing
    {
        public Guid Id { get; set; } // no
        public string Headline { get; set; } = ""; // no
        public string Description { get; set; } = ""; // no
        public int Bedrooms { get; set; } // no
        public decimal MonthlyRent { get; set; } // no
        public string Postcode { get; set; } = ""; // no
        public double Latitude { get; set; } // no
        public double Longitude { get; set; } // no
        public List<string> PhotoUrls { get; set; } = new(); // no
        public Guid LandlordId { get; set; } // pd
        public bool PetsAllowed { get; set; } // no
    }

    public class RentalApplication
    {
        public Guid Id { get; set; } // no
        public Guid ListingId { get; set; } // no
        public string ApplicantFullName { get; set; } = ""; // pd
        public string ApplicantEmail { get; set; } = ""; // pd
        public string ApplicantPhone { get; set; } = ""; // pd
        public string CurrentAddress { get; set; } = ""; // pd
        public decimal AnnualSalary { get; set; } // pd
        public string EmployerName { get; set; } = ""; // pd
        public string? PreviousLandlordReference { get; set; } // pd
        public bool HasCcj { get; set; } // pd
        public int NumberOfOccupants { get; set; } // pd
        public DateTime SubmittedAt { get; set; } // no
    }

    public class Lease
    {
        public Guid Id { get; set; } // no
        public Guid ListingId { get; set; } // no
        public Guid TenantId { get; set; } // pd
        public DateOnly StartsOn { get; set; } // no
        public DateOnly EndsOn { get; set; } // no
        public decimal Deposit { get; set; } // no
        public string DepositSchemeReference { get; set; } = ""; // no
        public string? SignedByName { get; set; } // pd
    }

    public class MaintenanceRequest
    {
        public Guid Id { get; set; } // no
        public Guid LeaseId { get; set; } // no
        public string Category { get; set; } = ""; // no
        public string Description { get; set; } = ""; // no
        public string Priority { get; set; } = ""; // no
        public string? ReportedByPhone { get; set; } // pd
        public DateTime ReportedAt { get; set; } // no
        public Guid? ContractorId { get; set; } // no
    }

    public class Viewing
    {
        public Guid Id { get; set; } // no
        public Guid ListingId { get; set; } // no
        public DateTime ScheduledFor { get; set; } // no
        public string VisitorName { get; set; } = ""; // pd
        public string VisitorPhone { get; set; } = ""; // pd
        public string? Notes { get; set; } // no
        public Guid AgentId { get; set; } // pd
    }

    public class Landlord
    {
        public Guid Id { get; set; } // key
        public string Name { get; set; } = ""; // pd
        public string Email { get; set; } = ""; // pd
        public string BankAccountNumber { get; set; } = ""; // pd
        public int PropertiesOwned { get; set; } // pd
    }

    public class Agency
    {
        public Guid Id { get; set; } // no
        public string TradingName { get; set; } = ""; // no
        public string RegisteredNumber { get; set; } = ""; // no
        public string OfficeAddress { get; set; } = ""; // no
        public string ContactEmail { get; set; } = ""; // no
    }
}
#endif
