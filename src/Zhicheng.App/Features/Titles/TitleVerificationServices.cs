using Microsoft.Extensions.DependencyInjection;

namespace Zhicheng.App.Features.Titles;

public static class TitleVerificationServices
{
    /// <summary>The public verification of certificates (needs the certificate signer: <c>AddCertificates</c>).</summary>
    public static IServiceCollection AddTitleVerification(this IServiceCollection services) =>
        services.AddSingleton<CertificateLookup>().AddScoped<TitleVerification>();
}
