#if LAWFULBASIS_CORPUS
// Held out: written after the heuristics were frozen, never used to tune them. A fitness app with a wearable:
// athletes, workouts, GPS tracks, heart-rate samples, gyms, challenges. Labels: pd, no, key (see ../README.md).
using System;
using System.Collections.Generic;
using NetTopologySuite.Geometries;

namespace Corpus.HeldOut.Fitness
{
    public enum Sport { Run, Ride, Swim, Walk }

    public class Athlete
    {
        public Guid Id { get; set; } // key
        public string Username { get; set; } = ""; // pd
        public string FirstName { get; set; } = ""; // pd
        public string LastName { get; set; } = ""; // pd
        public string Sex { get; set; } = ""; // pd
        public double WeightKg { get; set; } // pd
        public double HeightCm { get; set; } // pd
        public int RestingHeartRate { get; set; } // pd
        public string? ProfilePhotoUrl { get; set; } // pd
        public string HomeCity { get; set; } = ""; // pd
        public bool Premium { get; set; } // no
        public DateTime CreatedAt { get; set; } // no
    }

    public class Workout
    {
        public Guid Id { get; set; } // no
        public Guid AthleteId { get; set; } // pd
        public Sport Sport { get; set; } // no
        public DateTime StartedAt { get; set; } // no
        public TimeSpan MovingTime { get; set; } // no
        public double DistanceMeters { get; set; } // no
        public int AverageHeartRate { get; set; } // pd
        public int Calories { get; set; } // no
        public Point StartPoint { get; set; } = null!; // pd
        public List<TrackPoint> Track { get; set; } = new(); // pd
        public string? Title { get; set; } // no
    }

    public class TrackPoint
    {
        public double Lat { get; set; } // pd
        public double Lng { get; set; } // pd
        public double Elevation { get; set; } // pd
        public DateTime Time { get; set; } // no
        public int? HeartRate { get; set; } // pd
    }

    public class WearableDevice
    {
        public Guid Id { get; set; } // no
        public string SerialNumber { get; set; } = ""; // pd
        public string Manufacturer { get; set; } = ""; // no
        public string FirmwareVersion { get; set; } = ""; // no
        public Guid PairedAthleteId { get; set; } // pd
        public string? BluetoothAddress { get; set; } // pd
    }

    public class Gym
    {
        public int Id { get; set; } // no
        public string Name { get; set; } = ""; // no
        public string Address { get; set; } = ""; // no
        public double Latitude { get; set; } // no
        public double Longitude { get; set; } // no
        public int Capacity { get; set; } // no
    }

    public class Challenge
    {
        public int Id { get; set; } // no
        public string Name { get; set; } = ""; // no
        public DateOnly Starts { get; set; } // no
        public DateOnly Ends { get; set; } // no
        public double TargetKm { get; set; } // no
        public List<Guid> ParticipantIds { get; set; } = new(); // pd
    }

    public class SleepRecord
    {
        public long Id { get; set; } // no
        public Guid AthleteId { get; set; } // pd
        public DateOnly Night { get; set; } // no
        public int DeepSleepMinutes { get; set; } // pd
        public int RemSleepMinutes { get; set; } // pd
        public int SleepScore { get; set; } // pd
    }

    public record WorkoutUploaded(
        Guid WorkoutId, // no
        Guid AthleteId, // pd
        string DeviceModel, // no
        DateTime UploadedAt); // no
}
#endif
