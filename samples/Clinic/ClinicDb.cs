using LawfulBasis;
using LawfulBasis.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Clinic;

/// <summary>The clinic's database: SQLite by default, PostgreSQL by configuration.</summary>
public sealed class ClinicDb(DbContextOptions<ClinicDb> options) : DbContext(options)
{
    public DbSet<Patient> Patients => Set<Patient>();

    public DbSet<MedicalRecord> MedicalRecords => Set<MedicalRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<MedicalRecord>()
            .HasOne(r => r.Patient).WithMany(p => p.Records).HasForeignKey(r => r.PatientId)
            // A medical record outlives an erasure of the patient's contact details (Art. 17(3)(c)): never cascade.
            .OnDelete(DeleteBehavior.Restrict);

        // The front-desk software shares the Patients table and writes the date of birth, to tell apart two patients
        // with the same name when booking; this API never reads it, so Patient has no member to annotate. It is stored
        // all the same, so it is classified here: the record lists it, access reports copy it, erasure clears it.
        modelBuilder.Entity<Patient>().Property<DateOnly?>(FrontDesk.DateOfBirth)
            .HasPersonalData<DemographicDataAttribute>()
            .ProcessedFor<Appointments>();
    }
}
