using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Provisioning.Operations.Doctor;

public static class DoctorServiceCollectionExtensions
{
    /// <summary>The doctor's checks of the cloud dependencies: OCI, GCAS (with Google federation) and SMTP.</summary>
    public static IServiceCollection AddDependencyChecks(this IServiceCollection services)
    {
        services.AddSingleton<IDoctorCheck, OciDoctorCheck>();
        services.AddSingleton<IDoctorCheck, GcasDoctorCheck>();
        services.AddSingleton<IDoctorCheck, SmtpDoctorCheck>();
        return services;
    }
}
