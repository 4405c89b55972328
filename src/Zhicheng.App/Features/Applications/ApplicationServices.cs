using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zhicheng.App.Features.Integrity;
using Zhicheng.Domain.Calendar;

namespace Zhicheng.App.Features.Applications;

public static class ApplicationServices
{
    /// <summary>
    /// Applications and their review chain, materials (limits from the "Materials" section), unit publicity on the
    /// working-day calendar, the qualification check, the integrity archive, falsification and supervision of units.
    /// </summary>
    public static IServiceCollection AddApplications(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = new MaterialLimits();
        configuration.GetSection("Materials").Bind(limits);
        services.AddSingleton(limits);
        services.AddSingleton(WorkingDayCalendar.China);
        services.AddScoped<ApplicationRules>();
        services.AddScoped<ApplicationService>();
        services.AddScoped<ApplicationReview>();
        services.AddScoped<UnitPublicity>();
        services.AddScoped<QualificationCheck>();
        services.AddScoped<ApplicationMaterials>();
        services.AddScoped<IntegrityArchive>();
        services.AddScoped<Falsification>();
        services.AddScoped<UnitSupervision>();
        return services;
    }
}
