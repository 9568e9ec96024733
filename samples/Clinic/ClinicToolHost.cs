using LawfulBasis;

namespace Clinic;

/// <summary>
/// Lets <c>lawfulbasis access|erase &lt;patient&gt; --app Clinic.dll -- --contentRoot samples/Clinic</c> answer requests
/// from the clinic's own database, registers and trail, without starting the web server.
/// </summary>
public sealed class ClinicToolHost : ILawfulBasisToolHost
{
    public IServiceProvider CreateServices(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        ClinicServices.Add(builder);
        return builder.Build().Services;
    }
}
