using ChatOps.Provisioning.Operations.Doctor;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Doctor;

/// <summary>Every options section the bot binds, validated exactly as a start would.</summary>
internal sealed class ConfigurationCheck(IServiceProvider services) : IDoctorCheck
{
    public string Name => "configuration";

    public Task<DoctorFinding> RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            (services.GetService(typeof(IStartupValidator)) as IStartupValidator)?.Validate();
            return Task.FromResult(DoctorFinding.Ok(Name, "every section valid"));
        }
        catch (OptionsValidationException exception)
        {
            return Task.FromResult(DoctorFinding.Failed(Name, string.Join("; ", exception.Failures), "Set the named keys (environment variables use __ for :)."));
        }
        catch (AggregateException exception)
        {
            var failures = exception.InnerExceptions.OfType<OptionsValidationException>().SelectMany(e => e.Failures);
            return Task.FromResult(DoctorFinding.Failed(Name, string.Join("; ", failures), "Set the named keys (environment variables use __ for :)."));
        }
    }
}
