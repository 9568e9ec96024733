using Microsoft.Extensions.Options;

namespace LawfulBasis;

/// <summary>
/// The declarative part of the options' validation: the data-annotation attributes on <see cref="LawfulBasisOptions"/>
/// (ranges that hold whatever the other settings are), checked by code the options source generator writes at build
/// time, without reflection.
/// </summary>
/// <remarks>
/// Rules that compare settings with each other are in <see cref="LawfulBasisOptionsValidator"/>; checks against the
/// disk are in <see cref="LawfulBasisFileSystemValidator"/>.
/// </remarks>
[OptionsValidator]
internal sealed partial class LawfulBasisOptionsAnnotationsValidator : IValidateOptions<LawfulBasisOptions>;
