using LawfulBasis;

[assembly: Controller("Clinique des Lilas SAS",
    Contact = "3 allée des Lilas, 69003 Lyon, France; privacy@clinique-lilas.example",
    DataProtectionOfficer = "Dr Anne Leroy, dpo@clinique-lilas.example",
    SecurityMeasures = "Health data hosted by a certified health-data host; TLS 1.3; encrypted database; staff access by role; audit trail of every processing decision")]

namespace Clinic;

// Care under Art. 9(2)(h): health data processed by health professionals bound by secrecy (Art. 9(3)). The medical
// record is kept after an erasure request under the exception this purpose declares: Art. 17(3)(c), with the statute
// that sets how long a record must be kept.
[Purpose("Diagnose, treat and follow up patients, and keep their medical record", LegalBasis.Contract,
    ContractReference = "Care agreement signed at admission",
    Condition = SpecialCategoryCondition.HealthOrSocialCare,
    LegalReference = "GDPR Art. 9(2)(h) and 9(3); Code de la santé publique, art. L1110-4 (medical secrecy) and R1112-7 (medical records kept 20 years)",
    Retention = "P20Y",
    ErasureException = ErasureException.PublicHealth,
    ErasureExceptionReference = "Code de la santé publique, art. R1112-7: a medical record is kept 20 years from the last stay or consultation",
    Recipients = ["The patient's treating physicians", "Health insurance funds"])]
public sealed class Treatment;

[Purpose("Book appointments and send reminders", LegalBasis.Contract,
    ContractReference = "Care agreement signed at admission",
    Retention = "P3Y")]
public sealed class Appointments;

[Purpose("Send the clinic's prevention newsletter", LegalBasis.Consent,
    Retention = "P2Y",
    DirectMarketing = true)]
public sealed class Newsletter;

// The privacy center's own processing: showing patients their consents and requests, taking and answering those
// requests, and keeping the evidence. A legal obligation of the controller (GDPR Art. 12 to 22 and 7(1)), kept for the
// five-year civil limitation period so the clinic can prove how it answered.
[Purpose("Answer patients' requests about their data and record their privacy choices", LegalBasis.LegalObligation,
    LegalReference = "GDPR Art. 7(1), 12 and 15 to 22; Code civil, art. 2224 (five-year limitation period for the evidence kept)",
    Retention = "P5Y",
    Categories = [typeof(AccountDataAttribute)], // the requests, consents and objections recorded under the patient's id
    DataSubjects = ["patient"])]
public sealed class PrivacyRequests;
