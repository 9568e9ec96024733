namespace LawfulBasis.Audit;

/// <summary>
/// Where the gate and the registers hand what they decided or changed: the trail's receiving end, without the trail.
/// Implementations stamp nothing and do no I/O on the caller's thread beyond what their flush mode promises.
/// </summary>
internal interface IAuditRecorder
{
    /// <summary>Records one event; throws when the trail cannot record (processing must then be refused).</summary>
    void Record(in AuditRecord record);
}
