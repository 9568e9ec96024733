using LawfulBasis.Processing;

namespace LawfulBasis.AspNetCore;

/// <summary>
/// Endpoint metadata: the endpoint processes one data subject's personal data for <see cref="Purpose"/>, and the
/// gate decides each request before the handler runs. Added by
/// <c>RequirePurpose&lt;TPurpose&gt;()</c> and by
/// <see cref="PurposeEndpointConventionBuilderExtensions.RequireDeclaredPurposes{TBuilder}"/>; privacy endpoints and
/// tests read it to list what each endpoint processes.
/// </summary>
/// <param name="Purpose">The purpose type.</param>
/// <param name="Subject">Where the data subject's identifier comes from.</param>
/// <param name="Operation">The operation recorded, or null to derive it from the HTTP method.</param>
public sealed record PurposeRequirement(Type Purpose, SubjectSource Subject, ProcessingOperation? Operation);
