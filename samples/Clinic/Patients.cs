using LawfulBasis;

namespace Clinic;

/// <summary>A patient's administrative record: who they are and how to reach them.</summary>
[DataSubject("patient")]
public sealed class Patient
{
    [SubjectId]
    public Guid Id { get; set; }

    [NameData, ProcessingFor<Appointments>]
    public string Name { get; set; } = string.Empty;

    // Collected for reminders, and for the newsletter once the patient consents to it.
    [ContactData, ProcessingFor<Appointments>, ProcessingFor<Newsletter>]
    public string? Email { get; set; }

    [ContactData, ProcessingFor<Appointments>]
    public string? Phone { get; set; }

    public List<MedicalRecord> Records { get; set; } = [];
}

/// <summary>One consultation in a patient's medical record: health data, kept for care.</summary>
[DataSubject("patient")]
public sealed class MedicalRecord
{
    public Guid Id { get; set; }

    [SubjectId]
    public Guid PatientId { get; set; }

    public Patient? Patient { get; set; }

    [HealthData, ProcessingFor<Treatment>]
    public string Diagnosis { get; set; } = string.Empty;

    [HealthData, ProcessingFor<Treatment>]
    public string? Prescription { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}
