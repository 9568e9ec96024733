#if LAWFULBASIS_CORPUS
// Review: held out at first (precision 0.957, recall 0.674 with the heuristics of commit 31953aa), then its misses
// guided a second round of families, so its figures are no longer an unseen-code estimate. Parcel delivery, fleet telematics
// and a CRM with marketing campaigns. Labels: pd, no, key (see ../README.md).
using System;
using System.Collections.Generic;

namespace Corpus.HeldOut.Logistics
{
    public class Parcel
    {
        public Guid Id { get; set; } // no
        public string Barcode { get; set; } = ""; // no
        public decimal WeightKg { get; set; } // no
        public string SenderName { get; set; } = ""; // pd
        public string ReceiverName { get; set; } = ""; // pd
        public string ReceiverPhone { get; set; } = ""; // pd
        public string DeliveryAddressLine { get; set; } = ""; // pd
        public string DeliveryPostalCode { get; set; } = ""; // pd
        public string DeliveryCity { get; set; } = ""; // pd
        public string? SafePlaceInstructions { get; set; } // pd
        public string? SignatureImageUrl { get; set; } // pd
        public DateTime? DeliveredAt { get; set; } // no
        public string Status { get; set; } = ""; // no
    }

    public class Depot
    {
        public int Id { get; set; } // no
        public string Name { get; set; } = ""; // no
        public string Street { get; set; } = ""; // no
        public string PostalCode { get; set; } = ""; // no
        public double Latitude { get; set; } // no
        public double Longitude { get; set; } // no
    }

    public class Van
    {
        public int Id { get; set; } // no
        public string Registration { get; set; } = ""; // no
        public int CapacityKg { get; set; } // no
        public int DepotId { get; set; } // no
        public int? AssignedDriverId { get; set; } // pd
    }

    public class TelematicsReading
    {
        public long Id { get; set; } // no
        public int VanId { get; set; } // no
        public int DriverId { get; set; } // pd
        public double Latitude { get; set; } // pd
        public double Longitude { get; set; } // pd
        public double SpeedKmh { get; set; } // pd
        public bool HarshBraking { get; set; } // pd
        public double FuelLevel { get; set; } // no
        public DateTime ReadAt { get; set; } // no
    }

    public class DeliveryRoute
    {
        public Guid Id { get; set; } // no
        public DateOnly Day { get; set; } // no
        public int VanId { get; set; } // no
        public List<Guid> ParcelIds { get; set; } = new(); // no
        public double PlannedDistanceKm { get; set; } // no
    }

    public class Lead
    {
        public Guid Id { get; set; } // key
        public string FirstName { get; set; } = ""; // pd
        public string LastName { get; set; } = ""; // pd
        public string Email { get; set; } = ""; // pd
        public string? CompanyName { get; set; } // no
        public string? JobTitle { get; set; } // pd
        public string Source { get; set; } = ""; // no
        public int Score { get; set; } // pd
        public Guid? OwnerId { get; set; } // pd
        public DateTime CreatedAt { get; set; } // no
    }

    public class Campaign
    {
        public Guid Id { get; set; } // no
        public string Name { get; set; } = ""; // no
        public string Channel { get; set; } = ""; // no
        public DateTime StartsAt { get; set; } // no
        public decimal Budget { get; set; } // no
        public string? UtmSource { get; set; } // no
    }

    public class CampaignRecipient
    {
        public Guid CampaignId { get; set; } // no
        public Guid ContactId { get; set; } // pd
        public string EmailAddress { get; set; } = ""; // pd
        public bool Opened { get; set; } // pd
        public bool Clicked { get; set; } // pd
        public bool Unsubscribed { get; set; } // pd
    }

    public class WebhookSubscription
    {
        public Guid Id { get; set; } // no
        public string CallbackUrl { get; set; } = ""; // no
        public string Secret { get; set; } = ""; // no
        public List<string> Events { get; set; } = new(); // no
        public bool Active { get; set; } // no
    }
}
#endif
