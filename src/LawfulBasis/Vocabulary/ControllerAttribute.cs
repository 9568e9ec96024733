namespace LawfulBasis;

/// <summary>
/// Names the controller responsible for the processing in an assembly (GDPR Art. 4(7), 30(1)(a)).
/// </summary>
/// <remarks>
/// <code>
/// [assembly: Controller("Acme Shop SAS", Contact = "privacy@acme.example", DataProtectionOfficer = "dpo@acme.example")]
/// </code>
/// </remarks>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
public sealed class ControllerAttribute : Attribute
{
    /// <summary>Names the controller.</summary>
    /// <param name="name">The legal name of the controller.</param>
    public ControllerAttribute(string name)
    {
        Name = name;
    }

    /// <summary>The legal name of the controller.</summary>
    public string Name { get; }

    /// <summary>The controller's contact details (postal address, e-mail).</summary>
    public string? Contact { get; set; }

    /// <summary>The data protection officer's contact details (Art. 37–39), where one is designated.</summary>
    public string? DataProtectionOfficer { get; set; }

    /// <summary>The representative in the Union (Art. 27), for a controller established outside it.</summary>
    public string? Representative { get; set; }

    /// <summary>Joint controllers (Art. 26), with their contact details.</summary>
    public string[] JointControllers { get; set; } = [];

    /// <summary>A general description of the technical and organisational security measures (Art. 30(1)(g), 32(1)).</summary>
    public string? SecurityMeasures { get; set; }

    /// <summary>
    /// Whether the controller is a public authority or body. Public authorities cannot rely on legitimate interests
    /// for processing in the performance of their tasks (Art. 6(1), last subparagraph).
    /// </summary>
    public bool IsPublicAuthority { get; set; }
}
