namespace Clinic;

/// <summary>Columns of the Patients table that the front-desk software writes and the API does not map to members.</summary>
public static class FrontDesk
{
    /// <summary>The patient's date of birth (an EF Core shadow property of <see cref="Patient"/>).</summary>
    public const string DateOfBirth = "DateOfBirth";
}
