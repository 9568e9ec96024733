using LawfulBasis.Registers;

namespace LawfulBasis.Rights;

/// <summary>
/// Answers data-subject requests from the declarations, the registered sources and the audit trail: access (Art. 15),
/// portability (Art. 20), erasure (Art. 17), restriction (Art. 18) and objection (Art. 21). Each answer closes its
/// request in the <see cref="IRequestLedger"/>. Access, portability and erasure need a verified identity (Art. 12(6)).
/// </summary>
public interface ISubjectRights
{
    /// <summary>Builds the access report and completes the request.</summary>
    /// <param name="requestId">An access request with a verified identity.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The report; write it with <see cref="AccessReportWriter"/>.</returns>
    Task<AccessReport> AccessAsync(Guid requestId, CancellationToken cancellationToken = default);

    /// <summary>Exports the data the subject provided under consent or contract, and completes the request.</summary>
    /// <param name="requestId">A portability request with a verified identity.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The export; write it with <see cref="AccessReportWriter.ToJson(PortabilityExport)"/>.</returns>
    Task<PortabilityExport> PortabilityAsync(Guid requestId, CancellationToken cancellationToken = default);

    /// <summary>Plans an erasure without changing anything: per source, erase or retain under an Art. 17(3) exception.</summary>
    /// <param name="subjectId">The data subject.</param>
    /// <returns>The plan.</returns>
    ErasurePlan PlanErasure(string subjectId);

    /// <summary>
    /// Executes the erasure plan: erases at every source not done yet, keeps what an exception requires, then destroys
    /// the subject's audit pseudonym key. A source that fails is reported and the request stays open; running this
    /// again retries only what is left.
    /// </summary>
    /// <param name="requestId">An erasure request with a verified identity.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The receipt.</returns>
    Task<ErasureReceipt> EraseAsync(Guid requestId, CancellationToken cancellationToken = default);

    /// <summary>Restricts processing (Art. 18) and completes the request; the gate then allows only storage.</summary>
    /// <param name="requestId">A restriction request.</param>
    /// <param name="ground">The Art. 18(1) ground.</param>
    /// <param name="purpose">The purpose restricted, or null for every purpose.</param>
    /// <returns>The completed request.</returns>
    SubjectRequest Restrict(Guid requestId, RestrictionGround ground, PurposeDeclaration? purpose = null);

    /// <summary>
    /// Records an objection (Art. 21) and completes the request; the gate then refuses the purpose (and, for direct
    /// marketing, every direct-marketing purpose). An objection to a purpose not open to objection (contract, consent,
    /// legal obligation, vital interests) is refused with the reason and the right to complain (Art. 12(4)).
    /// </summary>
    /// <param name="requestId">An objection request.</param>
    /// <param name="purpose">The purpose objected to, or null for every purpose open to objection.</param>
    /// <returns>The completed or refused request.</returns>
    SubjectRequest RecordObjection(Guid requestId, PurposeDeclaration? purpose);
}
