using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Zhicheng.App.Features.Titles;

public static class TitleVerificationServices
{
    /// <summary>
    /// The public verification of certificates (needs the certificate signer: <c>AddCertificates</c>). The lookup's
    /// settings are checked here, so that a wrong one stops start-up (<see cref="CertificateLookup.SettingsOf"/>).
    /// </summary>
    public static IServiceCollection AddTitleVerification(this IServiceCollection services, IConfiguration configuration)
    {
        CertificateLookup.SettingsOf(configuration);
        return services.AddSingleton<CertificateLookup>().AddScoped<TitleVerification>();
    }
}
