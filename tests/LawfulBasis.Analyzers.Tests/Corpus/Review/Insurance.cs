#if LAWFULBASIS_CORPUS
// Review: held out at first (precision 0.957, recall 0.674 with the heuristics of commit 31953aa), then its misses
// guided a second round of families, so its figures are no longer an unseen-code estimate. Insurance policies and claims.
// Labels: pd, no, key (see ../README.md).
using System;
using System.Collections.Generic;

namespace Corpus.HeldOut.Insurance
{
    public enum ClaimStatus { Open, UnderReview, Approved, Rejected, Paid }

    public class PolicyHolder
    {
        public Guid Id { get; set; } // key
        public string Forename { get; set; } = ""; // pd
        public string Surname { get; set; } = ""; // pd
        public DateOnly DateOfBirth { get; set; } // pd
        public string Occupation { get; set; } = ""; // pd
        public bool Smoker { get; set; } // pd
        public string Postcode { get; set; } = ""; // pd
        public string Email { get; set; } = ""; // pd
        public string? Iban { get; set; } // pd
        public int NoClaimsYears { get; set; } // pd
    }

    public class MotorPolicy
    {
        public Guid Id { get; set; } // no
        public string PolicyReference { get; set; } = ""; // no
        public Guid HolderId { get; set; } // pd
        public string VehicleRegistration { get; set; } = ""; // pd
        public string Make { get; set; } = ""; // no
        public string Model { get; set; } = ""; // no
        public int YearOfManufacture { get; set; } // no
        public decimal Premium { get; set; } // no
        public DateOnly StartDate { get; set; } // no
        public DateOnly EndDate { get; set; } // no
        public List<NamedDriver> NamedDrivers { get; set; } = new(); // pd
    }

    public class NamedDriver
    {
        public Guid Id { get; set; } // key
        public string FullName { get; set; } = ""; // pd
        public string DrivingLicenceNumber { get; set; } = ""; // pd
        public int PenaltyPoints { get; set; } // pd
        public string? Convictions { get; set; } // pd
    }

    public class Claim
    {
        public Guid Id { get; set; } // no
        public string ClaimNumber { get; set; } = ""; // no
        public Guid PolicyId { get; set; } // no
        public Guid ClaimantId { get; set; } // pd
        public DateTime IncidentDate { get; set; } // no
        public string IncidentDescription { get; set; } = ""; // pd
        public double? IncidentLatitude { get; set; } // pd
        public double? IncidentLongitude { get; set; } // pd
        public decimal AmountClaimed { get; set; } // no
        public ClaimStatus Status { get; set; } // no
        public string? InjuryDetails { get; set; } // pd
        public Guid? AssignedAdjusterId { get; set; } // pd
        public List<ClaimDocument> Documents { get; set; } = new(); // no
    }

    public class ClaimDocument
    {
        public Guid Id { get; set; } // no
        public string FileName { get; set; } = ""; // no
        public string ContentType { get; set; } = ""; // no
        public long SizeBytes { get; set; } // no
        public string StorageKey { get; set; } = ""; // no
        public DateTime UploadedAt { get; set; } // no
    }

    public class RatingFactor
    {
        public string Name { get; set; } = ""; // no
        public decimal Weight { get; set; } // no
        public string AppliesTo { get; set; } = ""; // no
    }

    public class Quote
    {
        public Guid Id { get; set; } // no
        public string ApplicantEmail { get; set; } = ""; // pd
        public DateOnly ApplicantDateOfBirth { get; set; } // pd
        public string ApplicantPostcode { get; set; } = ""; // pd
        public decimal QuotedPremium { get; set; } // no
        public DateTime ValidUntil { get; set; } // no
        public string Channel { get; set; } = ""; // no
    }
}
#endif
