#if LAWFULBASIS_CORPUS
// Held out, round 2: written before its author read the discovery heuristics, measured once. A veterinary practice:
// clients (the owners, who are the data subjects), their animals (who are not), appointments, clinical records,
// prescriptions, invoices, staff, reminders. Labels: pd, no, key (see ../README.md).
using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore;

namespace Corpus.HeldOut2.Veterinary
{
    public enum Species { Dog, Cat, Rabbit, Horse, Bird, Reptile, Other }

    public enum Sex { Male, Female, MaleNeutered, FemaleSpayed, Unknown }

    public class Address
    {
        public string Street { get; set; } = ""; // pd
        public string City { get; set; } = ""; // pd
        public string Postcode { get; set; } = ""; // pd
    }

    public class Client
    {
        public int ClientId { get; set; } // key
        public string Title { get; set; } = ""; // pd
        public string FirstName { get; set; } = ""; // pd
        public string Surname { get; set; } = ""; // pd
        public string HomePhone { get; set; } = ""; // pd
        public string? WorkPhone { get; set; } // pd
        public string? Email { get; set; } // pd
        public Address Address { get; set; } = new(); // pd
        public decimal AccountBalance { get; set; } // pd
        // The practice's own warning: this client pays late or was abusive to staff.
        public bool DoNotBook { get; set; } // pd
        public string? AlertNote { get; set; } // pd
        public bool ReminderBySms { get; set; } // no
        public DateTime RegisteredAt { get; set; } // no
        public List<Animal> Animals { get; set; } = new(); // pd
    }

    // An animal is not a data subject: its name, age and illnesses say nothing about a person.
    public class Animal
    {
        public int Id { get; set; } // no
        public int OwnerId { get; set; } // pd
        public string Name { get; set; } = ""; // no
        public Species Species { get; set; } // no
        public string Breed { get; set; } = ""; // no
        public Sex Sex { get; set; } // no
        public DateOnly? DateOfBirth { get; set; } // no
        public string? Colour { get; set; } // no
        public decimal? WeightKg { get; set; } // no
        // Registered to the owner in the national pet database: looking it up gives the owner's name and address.
        public string? MicrochipNumber { get; set; } // pd
        // The pet passport's serial: the paper document names the owner, but no register resolves the number to them.
        public string? PassportNumber { get; set; } // no
        public bool Deceased { get; set; } // no
        public string? InsurerName { get; set; } // no
        // The owner's insurance contract.
        public string? InsurancePolicyNumber { get; set; } // pd
        public byte[]? Photo { get; set; } // no
    }

    public class Appointment
    {
        public Guid Id { get; set; } // no
        public int AnimalId { get; set; } // no
        public int ClientId { get; set; } // pd
        public int VeterinarianId { get; set; } // pd
        public DateTime StartsAt { get; set; } // no
        public int LengthMinutes { get; set; } // no
        public string Reason { get; set; } = ""; // no
        public string Room { get; set; } = ""; // no
        // The owner's conduct, which the practice uses to decide whether to book them again.
        public bool ArrivedLate { get; set; } // pd
        public bool NoShow { get; set; } // pd
    }

    public class ClinicalNote
    {
        public long Id { get; set; } // no
        public int AnimalId { get; set; } // no
        public Guid? AppointmentId { get; set; } // no
        public string Subjective { get; set; } = ""; // no
        public string Objective { get; set; } = ""; // no
        public string Assessment { get; set; } = ""; // no
        public string Plan { get; set; } = ""; // no
        public decimal? TemperatureC { get; set; } // no
        public int? HeartRate { get; set; } // no
        public string Diagnosis { get; set; } = ""; // no
        public int AuthorStaffId { get; set; } // pd
        public DateTime WrittenAt { get; set; } // no
    }

    public class Prescription
    {
        public Guid Id { get; set; } // no
        public int AnimalId { get; set; } // no
        public string DrugName { get; set; } = ""; // no
        public string Dose { get; set; } = ""; // no
        public bool ControlledDrug { get; set; } // no
        public int PrescribedByStaffId { get; set; } // pd
        // The controlled-drugs register records who took the medicine away.
        public string? CollectedByName { get; set; } // pd
        public string? CollectedBySignatureUri { get; set; } // pd
        public DateTime IssuedAt { get; set; } // no
    }

    public class VaccinationReminder
    {
        public int Id { get; set; } // no
        public int AnimalId { get; set; } // no
        public string Vaccine { get; set; } = ""; // no
        public DateOnly DueOn { get; set; } // no
        public string SendToMobile { get; set; } = ""; // pd
        public DateTime? SentAt { get; set; } // no
    }

    public class InvoiceLine
    {
        public int Id { get; set; } // no
        public string ItemCode { get; set; } = ""; // no
        public string Description { get; set; } = ""; // no
        public int Quantity { get; set; } // no
        public decimal UnitPrice { get; set; } // no
        public decimal VatRate { get; set; } // no
    }

    public class ClientInvoice
    {
        public int Id { get; set; } // no
        public int ClientId { get; set; } // pd
        public List<InvoiceLine> Lines { get; set; } = new(); // no
        public decimal Total { get; set; } // no
        public string? CardLastFour { get; set; } // pd
        public string? CardBrand { get; set; } // no
        public string PaymentMethod { get; set; } = ""; // no
        public DateTime IssuedAt { get; set; } // no
    }

    public class StaffMember
    {
        public int StaffId { get; set; } // key
        public string Name { get; set; } = ""; // pd
        public string Role { get; set; } = ""; // pd
        // Royal College registration number: identifies the vet.
        public string? ProfessionalRegistrationNumber { get; set; } // pd
        public string Initials { get; set; } = ""; // pd
        public string RotaPattern { get; set; } = ""; // pd
        // A salted hash of the till PIN: a credential, it says nothing about the person.
        public string? PinHash { get; set; } // no
    }

    public class Practice
    {
        public int Id { get; set; } // no
        public string Name { get; set; } = ""; // no
        public string Phone { get; set; } = ""; // no
        public string Email { get; set; } = ""; // no
        public string AddressLine { get; set; } = ""; // no
        public string Postcode { get; set; } = ""; // no
        public double Latitude { get; set; } // no
        public double Longitude { get; set; } // no
        public string OpeningHours { get; set; } = ""; // no
    }

    // DTOs for the booking site and the practice-management API.
    public record BookingRequest(
        string OwnerName, // pd
        string OwnerPhone, // pd
        string PetName, // no
        Species Species, // no
        DateTime PreferredSlot); // no

    public record AnimalSummary(
        int Id, // no
        string Name, // no
        string Breed, // no
        int AgeYears, // no
        string OwnerSurname); // pd

    public record AppointmentBooked(
        Guid AppointmentId, // no
        int ClientId, // pd
        DateTime StartsAt); // no

    public class ReminderOptions
    {
        public int DaysBeforeDue { get; set; } = 14; // no
        public string SmsSenderName { get; set; } = "VetClinic"; // no
        public string ReplyToEmail { get; set; } = "reception@example-vets.co.uk"; // no
    }

    public class PracticeDbContext : DbContext
    {
        public DbSet<Client> Clients { get; set; } = null!; // pd
        // An animal row names its owner (OwnerId) and carries the owner-linked microchip number.
        public DbSet<Animal> Animals { get; set; } = null!; // pd
        public DbSet<ClinicalNote> ClinicalNotes { get; set; } = null!; // pd
        public DbSet<InvoiceLine> InvoiceLines { get; set; } = null!; // no
        public DbSet<Practice> Practices { get; set; } = null!; // no
    }
}
#endif
