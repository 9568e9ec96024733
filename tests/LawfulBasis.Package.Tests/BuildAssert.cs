namespace LawfulBasis.Package.Tests;

/// <summary>
/// Assertions on a <c>dotnet</c> command whose failure message shows the command's errors and warnings, not the
/// first characters of its output (which are restore chatter).
/// </summary>
internal static class BuildAssert
{
    public static void Succeeded(Dotnet.Result result) => Assert.True(result.ExitCode == 0, result.ToString());

    public static void Failed(Dotnet.Result result) => Assert.True(result.ExitCode != 0, result.ToString());

    public static void Printed(Dotnet.Result result, string expected) =>
        Assert.True(result.Output.Contains(expected, StringComparison.Ordinal), $"expected \"{expected}\" in the output of {result}");

    public static void DidNotPrint(Dotnet.Result result, string unexpected) =>
        Assert.False(result.Output.Contains(unexpected, StringComparison.Ordinal), $"did not expect \"{unexpected}\" in the output of {result}");
}
