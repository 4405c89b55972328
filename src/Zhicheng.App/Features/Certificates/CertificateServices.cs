using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Zhicheng.App.Features.Certificates;

public static class CertificateServices
{
    /// <summary>
    /// Electronic certificates: <see cref="CertificateOptions"/> from the "Certificates" section, the
    /// <see cref="CertificateSigner"/> (a singleton; its key is loaded or created on first use) and the PDF renderers'
    /// font (<c>Pdf:FontFile</c>; <see cref="CertificateDocument"/> and <see cref="MinutesDocument"/> are static).
    /// </summary>
    public static IServiceCollection AddCertificates(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(Options(configuration));
        services.AddSingleton<CertificateSigner>();
        PdfFonts.UseFontFile(configuration["Pdf:FontFile"]);
        return services;
    }

    /// <summary>The "Certificates" section bound onto the defaults (for the CLI, which has no service container).</summary>
    public static CertificateOptions Options(IConfiguration configuration)
    {
        var options = new CertificateOptions();
        configuration.GetSection("Certificates").Bind(options);
        return options;
    }
}
