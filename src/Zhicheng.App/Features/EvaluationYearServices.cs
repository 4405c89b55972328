using Microsoft.Extensions.DependencyInjection;
using Zhicheng.App.Features.Committees;
using Zhicheng.App.Features.Dashboard;
using Zhicheng.App.Features.People;
using Zhicheng.App.Features.Plans;
using Zhicheng.App.Features.Standards;

namespace Zhicheng.App.Features;

public static class EvaluationYearServices
{
    /// <summary>Committees and their filings, supervision, work plans, standards, the dashboard and record checks.</summary>
    public static IServiceCollection AddEvaluationYear(this IServiceCollection services)
    {
        services.AddScoped<CommitteeService>();
        services.AddScoped<CommitteeFilings>();
        services.AddScoped<CommitteeSupervision>();
        services.AddScoped<CommitteeRoster>();
        services.AddScoped<WorkPlanService>();
        services.AddScoped<StandardService>();
        services.AddScoped<CommitteeDashboard>();
        services.AddScoped<RecordEligibility>();
        services.AddScoped<InitialDetermination>();
        services.AddHostedService<PublishedStandardsRefresh>();
        return services;
    }
}
