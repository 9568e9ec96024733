namespace LawfulBasis.Testing.Tests;

// The purposes the fakes are tested with; the fakes read them from this assembly, as they would from a user's.
[Purpose("Take and ship orders", LegalBasis.Contract, Retention = "P3Y")]
public sealed class Ordering;

[Purpose("Send the newsletter", LegalBasis.Consent, DirectMarketing = true, Retention = "P2Y")]
public sealed class Newsletter;

[Purpose("Detect fraud", LegalBasis.LegitimateInterests, AssessmentReference = "LIA-7", Retention = "P13M")]
public sealed class FraudDetection;

public sealed class NotAPurpose;
