#if LAWFULBASIS_CORPUS
// Held out, round 3: written blind (its author read neither the analyzer nor its documentation and never ran it on
// this file). A community pharmacy chain: patients, prescribers, electronic prescriptions and their items, the
// medicines catalogue, the controlled drugs register, pharmacy consultations, home delivery runs, branches and staff
// smartcards. A medicine in the catalogue is reference data; the same medicine on a patient's prescription is health
// data. Labels: pd, no, key (see ../README.md).
using System;
using System.Collections.Generic;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace Corpus.HeldOut3.Pharmacy
{
    public enum PrescriptionStatus { Received, Dispensing, ReadyToCollect, OutForDelivery, Collected, Cancelled }

    public class PharmacyPatient
    {
        public Guid Id { get; set; } // key
        public string NhsNumber { get; set; } = ""; // pd
        public string? Title { get; set; } // pd
        public string GivenName { get; set; } = ""; // pd
        public string FamilyName { get; set; } = ""; // pd
        public DateOnly DateOfBirth { get; set; } // pd
        public PatientAddress Address { get; set; } = new(); // pd
        public string? MobileNumber { get; set; } // pd
        // The GP practice a person is registered with says where they live and who treats them.
        public string? RegisteredPracticeOdsCode { get; set; } // pd
        public List<string> Allergies { get; set; } = new(); // pd
        // "Maternity certificate", "Universal Credit", "60 or over": pregnancy, income or age.
        public string? ExemptionCategory { get; set; } // pd
        public string? CarerName { get; set; } // pd
        public string? CarerPhone { get; set; } // pd
        // "Leave with no. 12, knock loudly, I'm hard of hearing": free text about the person.
        public string? DeliveryInstructions { get; set; } // pd
        public bool SmsRemindersEnabled { get; set; } // no
        public List<Prescription> Prescriptions { get; set; } = new(); // pd
    }

    [Owned]
    public class PatientAddress
    {
        public string Line1 { get; set; } = ""; // pd
        public string? Line2 { get; set; } // pd
        public string Town { get; set; } = ""; // pd
        public string Postcode { get; set; } = ""; // pd
    }

    public class Prescriber
    {
        public Guid Id { get; set; } // key
        public string FullName { get; set; } = ""; // pd
        public string ProfessionalRegistrationNumber { get; set; } = ""; // pd
        public string Profession { get; set; } = "GP"; // pd
        public string PracticeName { get; set; } = ""; // no
        public string PracticeOdsCode { get; set; } = ""; // no
        public string PracticePhone { get; set; } = ""; // no
    }

    public class Prescription
    {
        public Guid Id { get; set; } // no
        // The national prescription identifier printed as a barcode on the token: an identifier of the prescription.
        public string PrescriptionShortFormId { get; set; } = ""; // no
        public Guid PatientId { get; set; } // pd
        public PharmacyPatient Patient { get; set; } = null!; // pd
        public Guid PrescriberId { get; set; } // pd
        public DateOnly IssuedOn { get; set; } // no
        public PrescriptionStatus Status { get; set; } // no
        public bool IsRepeat { get; set; } // no
        // Nothing paid means the patient is exempt (pregnant, on benefits, over 60): derived, and no name says so.
        public decimal ChargePaid { get; set; } // pd
        public List<PrescriptionItem> Items { get; set; } = new(); // pd
    }

    public class PrescriptionItem
    {
        public Guid Id { get; set; } // no
        public Guid PrescriptionId { get; set; } // no
        // What one patient takes: health data, although the same code in the catalogue is not.
        public string DmdCode { get; set; } = ""; // pd
        public string MedicineDescription { get; set; } = ""; // pd
        public string DosageInstructions { get; set; } = ""; // pd
        public int Quantity { get; set; } // no
        public bool NotDispensed { get; set; } // no
    }

    public class Medicine
    {
        public Guid Id { get; set; } // no
        public string DmdCode { get; set; } = ""; // no
        public string Name { get; set; } = ""; // no
        public string Strength { get; set; } = ""; // no
        public string Form { get; set; } = ""; // no
        public int? ControlledDrugSchedule { get; set; } // no
        public int PackSize { get; set; } // no
        public decimal UnitCost { get; set; } // no
        public bool RequiresRefrigeration { get; set; } // no
    }

    public class ControlledDrugRegisterEntry
    {
        public Guid Id { get; set; } // no
        public Guid MedicineId { get; set; } // no
        public int QuantitySupplied { get; set; } // no
        public int RunningBalance { get; set; } // no
        public DateTime RecordedAt { get; set; } // no
        public string SuppliedToName { get; set; } = ""; // pd
        public string SuppliedToAddress { get; set; } = ""; // pd
        public string? CollectedByName { get; set; } // pd
        public string PrescriberRegistrationNumber { get; set; } = ""; // pd
        public Guid PharmacistUserId { get; set; } // pd
    }

    public class Consultation
    {
        public Guid Id { get; set; } // no
        public Guid PatientId { get; set; } // pd
        // "Emergency contraception", "urinary tract infection": the service used says something about health and sex life.
        public string ServiceCode { get; set; } = ""; // pd
        public string ClinicalNotes { get; set; } = ""; // pd
        public string? Outcome { get; set; } // pd
        public Guid PharmacistUserId { get; set; } // pd
        public DateTime StartedAt { get; set; } // no
        public string Room { get; set; } = ""; // no
    }

    public class DeliveryStop
    {
        public Guid Id { get; set; } // no
        public Guid RunId { get; set; } // no
        public Guid PrescriptionId { get; set; } // no
        public int Sequence { get; set; } // no
        public string AddressLine { get; set; } = ""; // pd
        public string Postcode { get; set; } = ""; // pd
        // Where the patient lives.
        public Point DropOffPoint { get; set; } = null!; // pd
        public DateTime? DeliveredAt { get; set; } // no
        public string? ReceivedByName { get; set; } // pd
        public string? SignatureImagePath { get; set; } // pd
    }

    public class Branch
    {
        public Guid Id { get; set; } // no
        public string OdsCode { get; set; } = ""; // no
        public string Name { get; set; } = ""; // no
        public string Address { get; set; } = ""; // no
        public string Phone { get; set; } = ""; // no
        public string NhsMail { get; set; } = ""; // no
        public double Latitude { get; set; } // no
        public double Longitude { get; set; } // no
        // The responsible pharmacist's name must be displayed: a named person.
        public string? ResponsiblePharmacistName { get; set; } // pd
    }

    public class PharmacyStaffUser : IdentityUser
    {
        public string FullName { get; set; } = ""; // pd
        public string? GphcNumber { get; set; } // pd
        // The NHS smartcard's unique user id: it identifies the member of staff in every NHS system.
        public string? SmartcardUserId { get; set; } // pd
        public string JobTitle { get; set; } = ""; // pd
        public Guid BranchId { get; set; } // no
    }

    public record PrescriptionReadySms(
        string To, // pd
        string PatientFirstName, // pd
        string BranchName, // no
        DateTime ReadyAt); // no

    public record ItemDispensed(
        Guid PrescriptionItemId, // no
        Guid BranchId, // no
        int Quantity, // no
        DateTime DispensedAt) : INotification; // no

    public record DispenseCommand(
        Guid PrescriptionId, // no
        Guid PharmacistUserId, // pd
        bool ClinicalCheckPassed, // no
        // "Dose too high for a patient with renal impairment; prescriber contacted".
        string? InterventionNote) : IRequest<bool>; // pd

    public class SpineOptions
    {
        public Uri Endpoint { get; set; } = null!; // no
        public string AccreditedSystemId { get; set; } = ""; // no
        public string PartyKey { get; set; } = ""; // no
        public string ClientCertificatePath { get; set; } = ""; // no
        public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30); // no
    }

    public class PharmacyDbContext : DbContext
    {
        public DbSet<PharmacyPatient> Patients { get; set; } = null!; // pd
        public DbSet<Prescription> Prescriptions { get; set; } = null!; // pd
        public DbSet<Medicine> Medicines { get; set; } = null!; // no
        public DbSet<ControlledDrugRegisterEntry> ControlledDrugRegister { get; set; } = null!; // pd
        public DbSet<Consultation> Consultations { get; set; } = null!; // pd
        public DbSet<Branch> Branches { get; set; } = null!; // pd
    }
}
#endif
