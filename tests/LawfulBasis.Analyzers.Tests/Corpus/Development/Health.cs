#if LAWFULBASIS_CORPUS
// A clinic: patients, practitioners, appointments, encounters, prescriptions, lab results, insurance. In the shape
// of practice-management systems and FHIR-inspired models. Labels: pd, no, key (see ../README.md).
using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore;

namespace Corpus.Health
{
    public enum AppointmentStatus { Booked, Arrived, Fulfilled, Cancelled, NoShow }

    public class Patient
    {
        public Guid Id { get; set; } // key
        public string MedicalRecordNumber { get; set; } = ""; // pd
        public string GivenName { get; set; } = ""; // pd
        public string FamilyName { get; set; } = ""; // pd
        public DateOnly BirthDate { get; set; } // pd
        public string Sex { get; set; } = ""; // pd
        public string? Ethnicity { get; set; } // pd
        public string? BloodType { get; set; } // pd
        public string? Allergies { get; set; } // pd
        public string? PhoneNumber { get; set; } // pd
        public string? Email { get; set; } // pd
        public string? AddressLine1 { get; set; } // pd
        public string? PostalCode { get; set; } // pd
        public string? HealthInsuranceNumber { get; set; } // pd
        public string? EmergencyContactName { get; set; } // pd
        public string? EmergencyContactPhone { get; set; } // pd
        public string? PreferredLanguage { get; set; } // no
        public bool Deceased { get; set; } // pd
        public DateTime CreatedAt { get; set; } // no
        public List<Appointment> Appointments { get; set; } = new(); // pd
    }

    public class Practitioner
    {
        public Guid Id { get; set; } // key
        public string FullName { get; set; } = ""; // pd
        public string LicenseNumber { get; set; } = ""; // pd
        public string Specialty { get; set; } = ""; // no
        public string? WorkPhone { get; set; } // pd
        public bool AcceptingNewPatients { get; set; } // no
    }

    public class Appointment
    {
        public Guid Id { get; set; } // no
        public Guid PatientId { get; set; } // pd
        public Guid PractitionerId { get; set; } // pd
        public DateTime Start { get; set; } // no
        public int DurationMinutes { get; set; } // no
        public AppointmentStatus Status { get; set; } // no
        public string? ReasonForVisit { get; set; } // pd
        public string RoomNumber { get; set; } = ""; // no
        public bool ReminderSent { get; set; } // no
    }

    public class Encounter
    {
        public Guid Id { get; set; } // no
        public Guid AppointmentId { get; set; } // no
        public Guid PatientId { get; set; } // pd
        public string Diagnosis { get; set; } = ""; // pd
        public string? IcdCode { get; set; } // pd
        public string? ClinicalNotes { get; set; } // pd
        public string? Symptoms { get; set; } // pd
        public string? TreatmentPlan { get; set; } // pd
        public DateTime RecordedAt { get; set; } // no
        public int Version { get; set; } // no
    }

    public class Prescription
    {
        public Guid Id { get; set; } // no
        public Guid PatientId { get; set; } // pd
        public Guid PrescriberId { get; set; } // pd
        public string Medication { get; set; } = ""; // pd
        public string Dosage { get; set; } = ""; // pd
        public int Refills { get; set; } // no
        public DateOnly ValidUntil { get; set; } // no
        public string PharmacyCode { get; set; } = ""; // no
    }

    public class LabResult
    {
        public Guid Id { get; set; } // no
        public Guid PatientId { get; set; } // pd
        public string TestCode { get; set; } = ""; // no
        public string TestName { get; set; } = ""; // no
        public decimal Value { get; set; } // pd
        public string Unit { get; set; } = ""; // no
        public string ReferenceRange { get; set; } = ""; // no
        public bool Abnormal { get; set; } // pd
        public string? GenotypeResult { get; set; } // pd
        public DateTime CollectedAt { get; set; } // no
    }

    public class InsurancePolicy
    {
        public Guid Id { get; set; } // no
        public string PolicyNumber { get; set; } = ""; // pd
        public string InsurerName { get; set; } = ""; // no
        public Guid PolicyholderId { get; set; } // pd
        public DateOnly CoverageStart { get; set; } // no
        public DateOnly CoverageEnd { get; set; } // no
        public decimal Deductible { get; set; } // no
    }

    public class Medication
    {
        public int Id { get; set; } // no
        public string Name { get; set; } = ""; // no
        public string AtcCode { get; set; } = ""; // no
        public string Form { get; set; } = ""; // no
        public decimal StrengthMg { get; set; } // no
    }

    public class ClinicSettings
    {
        public string ClinicName { get; set; } = ""; // no
        public string ReceptionEmail { get; set; } = ""; // no
        public int SlotMinutes { get; set; } // no
        public TimeSpan OpeningTime { get; set; } // no
    }

    public class ClinicDbContext : DbContext
    {
        public DbSet<Patient> Patients { get; set; } = null!; // pd
        public DbSet<Encounter> Encounters { get; set; } = null!; // pd
        public DbSet<Medication> Medications { get; set; } = null!; // no
    }
}
#endif
