using LawfulBasis;

namespace LawfulBasis.PostgreSql.Writer;

// What the instances under test process: an ordinary contract purpose and a consent purpose.
[Purpose("Take and ship orders", LegalBasis.Contract, Retention = "P3Y")]
public sealed class Ordering;

[Purpose("Send the newsletter", LegalBasis.Consent, DirectMarketing = true, Retention = "P2Y")]
public sealed class Newsletter;
