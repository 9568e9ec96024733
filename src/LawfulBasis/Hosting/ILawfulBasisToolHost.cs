namespace LawfulBasis;

/// <summary>
/// Lets the <c>lawfulbasis</c> tool answer access and erasure requests from the command line with the application's
/// own data sources, as the application itself would. Implement it once, in the application's assembly, with a public
/// parameterless constructor; the tool finds it when given the assembly (<c>lawfulbasis access &lt;subject&gt; --app
/// MyApp.dll</c>). Like EF Core's design-time factories, it builds the services without running the application.
/// </summary>
public interface ILawfulBasisToolHost
{
    /// <summary>
    /// Builds the application's services: <c>AddLawfulBasis</c> with the same options as in production, and every
    /// <see cref="Rights.ISubjectDataSource"/>. The tool disposes the provider when it is done, which flushes the trail.
    /// </summary>
    /// <param name="args">The arguments given after <c>--</c> on the tool's command line (for example a data folder or an environment).</param>
    /// <returns>The service provider.</returns>
    IServiceProvider CreateServices(string[] args);
}
