using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zhicheng.App.Features.Standards;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Policy;

namespace Zhicheng.App.Features.Eligibility;

public static class EligibilityServices
{
    /// <summary>
    /// The eligibility feature: policy N2024 with any settings the "Policy" configuration section
    /// overrides (e.g. <c>Policy__Falsification=Warn</c>), the requirements source, the service and the batch.
    /// </summary>
    public static IServiceCollection AddEligibility(this IServiceCollection services, IConfiguration configuration)
    {
        var policy = PolicyFrom(configuration);
        services.AddSingleton(policy);
        services.AddSingleton(new EligibilityEngine(policy));
        services.AddSingleton<PublishedStandards>();
        services.AddSingleton<IRequirementsSource>(sp => sp.GetRequiredService<PublishedStandards>());
        services.AddSingleton<EligibilityService>();
        services.AddSingleton<EligibilityBatch>();
        return services;
    }

    /// <summary>Policy N2024 with the settings the "Policy" configuration section overrides.</summary>
    public static PolicyVersion PolicyFrom(IConfiguration configuration)
    {
        var settings = new PolicySettings();
        configuration.GetSection("Policy").Bind(settings);
        return PolicyVersion.N2024.With(settings);
    }
}
