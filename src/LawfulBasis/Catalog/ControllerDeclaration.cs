namespace LawfulBasis;

/// <summary>The controller named by <see cref="ControllerAttribute"/> (Art. 30(1)(a), (g)).</summary>
/// <param name="Name">The legal name of the controller.</param>
/// <param name="Contact">Contact details, or null when not declared.</param>
/// <param name="DataProtectionOfficer">The DPO's contact details, or null when not declared.</param>
/// <param name="Representative">The representative in the Union (Art. 27), or null when not declared.</param>
/// <param name="JointControllers">Joint controllers (Art. 26).</param>
/// <param name="SecurityMeasures">The general description of security measures (Art. 32(1)), or null when not declared.</param>
/// <param name="IsPublicAuthority">Whether the controller is a public authority or body.</param>
public sealed record ControllerDeclaration(
    string Name,
    string? Contact,
    string? DataProtectionOfficer,
    string? Representative,
    IReadOnlyList<string> JointControllers,
    string? SecurityMeasures,
    bool IsPublicAuthority);
