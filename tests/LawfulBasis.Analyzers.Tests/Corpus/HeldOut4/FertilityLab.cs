#if LAWFULBASIS_CORPUS
// Held out, round 4: written blind (its author read neither the analyzer nor its documentation and never ran it on
// this file). A fertility clinic with a genetics laboratory: patients and partners, sperm and egg donors, treatment
// cycles and embryos, samples in the biobank, genetic test orders and variant results (genetic data, Art. 9), an
// ancestry kit sold to consumers with relative matching, the gene catalogue, instruments and partner clinics. A gene
// in the catalogue is reference data; the same gene on a patient's result is genetic data. Labels: pd, no, key (see
// ../README.md).
using System;
using System.Collections.Generic;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Corpus.HeldOut4.FertilityLab
{
    public enum CycleType { Ivf, Icsi, FrozenEmbryoTransfer, Iui, EggFreezing }

    public enum VariantClass { Benign, LikelyBenign, Uncertain, LikelyPathogenic, Pathogenic }

    public enum SampleType { Blood, Saliva, Semen, Oocytes, Embryo, BuccalSwab }

    public class FertilityPatient
    {
        public Guid Id { get; set; } // key
        public string HospitalNumber { get; set; } = ""; // pd
        public string? NhsNumber { get; set; } // pd
        public string GivenName { get; set; } = ""; // pd
        public string FamilyName { get; set; } = ""; // pd
        public DateOnly DateOfBirth { get; set; } // pd
        public string SexAtBirth { get; set; } = ""; // pd
        public string Email { get; set; } = ""; // pd
        public string Mobile { get; set; } = ""; // pd
        public Guid? PartnerId { get; set; } // pd
        public string? Ethnicity { get; set; } // pd
        public decimal? Bmi { get; set; } // pd
        // Anti-Müllerian hormone: ovarian reserve.
        public decimal? AmhPmolPerL { get; set; } // pd
        public bool Smoker { get; set; } // pd
        public bool NhsFunded { get; set; } // pd
        public DateTime RegisteredAt { get; set; } // no
        public List<TreatmentCycle> Cycles { get; set; } = new(); // pd
    }

    public class Donor
    {
        public Guid Id { get; set; } // key
        // The HFEA donor code the donor-conceived can ask about at 16 and 18.
        public string HfeaDonorCode { get; set; } = ""; // pd
        public string Ethnicity { get; set; } = ""; // pd
        public string EyeColour { get; set; } = ""; // pd
        public string HairColour { get; set; } = ""; // pd
        public int HeightCm { get; set; } // pd
        public string Occupation { get; set; } = ""; // pd
        public string BloodGroup { get; set; } = ""; // pd
        public bool CmvPositive { get; set; } // pd
        // The letter a donor writes to children born from the donation.
        public string? GoodwillMessage { get; set; } // pd
        public decimal CompensationPaid { get; set; } // no
        public int FamilyLimit { get; set; } = 10; // no
    }

    public class TreatmentCycle
    {
        public Guid Id { get; set; } // no
        public Guid PatientId { get; set; } // pd
        public Guid? DonorId { get; set; } // pd
        public CycleType Type { get; set; } // pd
        public DateOnly StartedOn { get; set; } // pd
        public string StimulationProtocol { get; set; } = ""; // pd
        public int EggsCollected { get; set; } // pd
        public int EmbryosTransferred { get; set; } // pd
        public string? Outcome { get; set; } // pd
        public string LeadClinicianId { get; set; } = ""; // pd
        public decimal PackagePrice { get; set; } // no
        public List<Embryo> Embryos { get; set; } = new(); // pd
    }

    public class Embryo
    {
        public Guid Id { get; set; } // no
        public Guid CycleId { get; set; } // no
        public int DayOfDevelopment { get; set; } // no
        public string MorphologyGrade { get; set; } = ""; // no
        // A PGT result can show a chromosomal rearrangement one of the parents carries: their genetic data.
        public string? PgtResult { get; set; } // pd
        public string? StrawLabel { get; set; } // no
        public string TankPosition { get; set; } = ""; // no
    }

    public class Sample
    {
        public string Barcode { get; set; } = ""; // no
        public SampleType Type { get; set; } // no
        public Guid? SourcePatientId { get; set; } // pd
        public Guid? SourceDonorId { get; set; } // pd
        public DateTime CollectedAt { get; set; } // no
        public DateTime ReceivedAt { get; set; } // no
        public string StorageLocation { get; set; } = ""; // no
        // Semen analysis: the sample's figures are the man's health data.
        public decimal? ConcentrationMillionsPerMl { get; set; } // pd
        public decimal? ProgressiveMotilityPercent { get; set; } // pd
        public decimal? VolumeMl { get; set; } // pd
    }

    public class GeneticTestOrder
    {
        public Guid Id { get; set; } // no
        public Guid PatientId { get; set; } // pd
        public string SampleBarcode { get; set; } = ""; // no
        // "BRCA1/2", "Expanded carrier screen": on a patient's order it says what is suspected.
        public string PanelCode { get; set; } = ""; // pd
        public string ClinicalIndication { get; set; } = ""; // pd
        public string? FamilyHistory { get; set; } // pd
        public string OrderingClinicianId { get; set; } = ""; // pd
        public int TurnaroundDays { get; set; } // no
        public string Status { get; set; } = "received"; // no
        public decimal Price { get; set; } // no
    }

    public class VariantCall
    {
        public long Id { get; set; } // no
        public Guid OrderId { get; set; } // no
        public string Gene { get; set; } = ""; // pd
        public string Hgvs { get; set; } = ""; // pd
        public string Zygosity { get; set; } = ""; // pd
        public VariantClass Classification { get; set; } // pd
        public int ReadDepth { get; set; } // no
        public double QualityScore { get; set; } // no
    }

    public class GeneticReport
    {
        public Guid Id { get; set; } // no
        public Guid OrderId { get; set; } // no
        public string Summary { get; set; } = ""; // pd
        public string PdfBlobPath { get; set; } = ""; // pd
        public string SignedOffByScientist { get; set; } = ""; // pd
        public DateTime ReleasedAt { get; set; } // no
        public int Version { get; set; } // no
    }

    // Reference data: the genes a panel covers.
    public class GeneCatalogueEntry
    {
        public string Symbol { get; set; } = ""; // no
        public string Chromosome { get; set; } = ""; // no
        public string Transcript { get; set; } = ""; // no
        public string Description { get; set; } = ""; // no
        public List<string> Panels { get; set; } = new(); // no
    }

    // Consumer ancestry kits: ethnic origin and family relationships inferred from a genome.
    public class AncestryKit
    {
        public string KitBarcode { get; set; } = ""; // no
        public Guid? CustomerId { get; set; } // pd
        public string? ActivatedByEmail { get; set; } // pd
        public DateTime? ActivatedAt { get; set; } // no
        public Dictionary<string, double> AncestryBreakdown { get; set; } = new(); // pd
        public string? MaternalHaplogroup { get; set; } // pd
        public bool RelativeMatchingEnabled { get; set; } // no
    }

    public record RelativeMatch(
        Guid CustomerId, // pd
        Guid MatchedCustomerId, // pd
        double SharedCentimorgans, // pd
        string PredictedRelationship); // pd

    public class Instrument
    {
        public string SerialNumber { get; set; } = ""; // no
        public string Model { get; set; } = ""; // no
        public string IpAddress { get; set; } = ""; // no
        public DateOnly LastCalibratedOn { get; set; } // no
    }

    public class PartnerClinic
    {
        public int Id { get; set; } // no
        public string Name { get; set; } = ""; // no
        public string HfeaCentreNumber { get; set; } = ""; // no
        public string Phone { get; set; } = ""; // no
        public string ReferralsEmail { get; set; } = ""; // no
        public string Postcode { get; set; } = ""; // no
        public string LeadConsultantName { get; set; } = ""; // pd
    }

    public class LimsOptions
    {
        public Uri BaseUrl { get; set; } = new("https://lims.example"); // no
        public string SftpHost { get; set; } = ""; // no
        public string ReportSigningCertificateThumbprint { get; set; } = ""; // no
        public int RetainRawDataYears { get; set; } = 30; // no
    }

    public record ResultReleased(
        Guid ReportId, // no
        Guid PatientId, // pd
        string Gene, // pd
        VariantClass Classification, // pd
        DateTime ReleasedAt) : INotification; // no

    public record SampleReceived(
        string Barcode, // no
        SampleType Type, // no
        double TemperatureOnArrivalC, // no
        DateTime ReceivedAt); // no

    public record OrderGeneticTest(
        Guid PatientId, // pd
        string PanelCode, // pd
        string ClinicalIndication) : IRequest<Guid>; // pd

    public class LabDbContext : DbContext
    {
        public DbSet<FertilityPatient> Patients { get; set; } = null!; // pd
        public DbSet<Donor> Donors { get; set; } = null!; // pd
        public DbSet<Sample> Samples { get; set; } = null!; // pd
        public DbSet<GeneCatalogueEntry> Genes { get; set; } = null!; // no
        public DbSet<Instrument> Instruments { get; set; } = null!; // no
        public DbSet<PartnerClinic> Clinics { get; set; } = null!; // pd
    }
}
#endif
