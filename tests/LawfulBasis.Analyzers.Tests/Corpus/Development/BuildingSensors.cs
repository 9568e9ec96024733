#if LAWFULBASIS_CORPUS
// An office building's access control and sensors: contractors on site, inductions, badge readers, occupancy
// sensors and their readings, wearable lone-worker alarms, doorbell cameras, the building's occupier companies.
// Written for the fifth round's families (equipment known by its members, identifiers resolved to the type they point
// at, a person's record known by its members, camera footage, private network addresses, address parts beside a
// postcode). Labels: pd, no, key (see ../README.md).
using System;
using System.Collections.Generic;

namespace Corpus.BuildingSensors
{
    public class Contractor
    {
        public Guid Id { get; set; } // key
        public string FirstName { get; set; } = ""; // pd
        public string LastName { get; set; } = ""; // pd
        public string? Mobile { get; set; } // pd
        public string? Title { get; set; } // pd
        public Guid OccupierId { get; set; } // no
        public DateTime RegisteredAt { get; set; } // no
    }

    public class SiteInduction
    {
        public Guid Id { get; set; } // no
        public Guid ContractorId { get; set; } // pd
        public DateOnly CompletedOn { get; set; } // no
        public string CourseVersion { get; set; } = ""; // no
    }

    // Equipment: a model and a firmware, nobody named on it.
    public class OccupancySensor
    {
        public Guid Id { get; set; } // no
        public string SerialNumber { get; set; } = ""; // no
        public string Model { get; set; } = ""; // no
        public string FirmwareVersion { get; set; } = ""; // no
        public string? LanIpAddress { get; set; } // no
        public string Floor { get; set; } = ""; // no
    }

    public class SensorReading
    {
        public long Id { get; set; } // no
        public Guid OccupancySensorId { get; set; } // no
        public int PeopleCount { get; set; } // no
        public DateTime RecordedAt { get; set; } // no
    }

    // Worn by one person: its serial number follows them.
    public class LoneWorkerAlarm
    {
        public Guid Id { get; set; } // no
        public string SerialNumber { get; set; } = ""; // pd
        public string Manufacturer { get; set; } = ""; // no
        public Guid WearerContractorId { get; set; } // pd
        public double? Latitude { get; set; } // pd
        public double? Longitude { get; set; } // pd
    }

    public class DoorbellCameraEvent
    {
        public Guid Id { get; set; } // no
        public Guid DeviceId { get; set; } // no
        public DateTime OccurredAt { get; set; } // no
        public string SnapshotUrl { get; set; } = ""; // pd
        public string ClipStorageKey { get; set; } = ""; // pd
        public int DurationSeconds { get; set; } // no
    }

    public class Device
    {
        public Guid Id { get; set; } // no
        public string Model { get; set; } = ""; // no
        public string Manufacturer { get; set; } = ""; // no
        public string? PublicIpAddress { get; set; } // pd
    }

    // A company, shown by its members.
    public class Occupier
    {
        public Guid Id { get; set; } // no
        public string TradingName { get; set; } = ""; // no
        public string CompanyNumber { get; set; } = ""; // no
        public string ReceptionPhone { get; set; } = ""; // no
        public string Email { get; set; } = ""; // no
        public double Latitude { get; set; } // no
    }

    public class ContractorHomeAddress
    {
        public string Street { get; set; } = ""; // pd
        public string Town { get; set; } = ""; // pd
        public string Postcode { get; set; } = ""; // pd
        public string CountryCode { get; set; } = ""; // pd
    }

    public class VisitorBadgeRequest
    {
        public Guid Id { get; set; } // no
        public string VisitorName { get; set; } = ""; // pd
        public string HostEmployeeEmail { get; set; } = ""; // pd
        public string? IssuedToName { get; set; } // pd
        public DateOnly VisitDate { get; set; } // no
    }
}
#endif
