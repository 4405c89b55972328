using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zhicheng.App.Features.Titles;

namespace Zhicheng.App.Features.Meetings;

public static class MeetingServices
{
    /// <summary>
    /// Meetings (schedule, draw, groups, ballot, minutes, results), the ballot's seal ("Ballots" section; its key beside
    /// the certificate key unless <c>Ballots:KeyDirectory</c> says otherwise) and the granting of titles ("Titles" section).
    /// </summary>
    public static IServiceCollection AddMeetings(this IServiceCollection services, IConfiguration configuration)
    {
        var titles = new TitleOptions();
        configuration.GetSection("Titles").Bind(titles);
        services.AddSingleton(titles);
        services.AddSingleton(new BallotSeal(BallotOptionsOf(configuration)));
        services.AddScoped<ExpertPool>();
        services.AddScoped<MeetingQueries>();
        services.AddScoped<MeetingSchedule>();
        services.AddScoped<PanelDraw>();
        services.AddScoped<GroupReview>();
        services.AddScoped<SecretBallot>();
        services.AddScoped<MeetingMinutesArchive>();
        services.AddScoped<MeetingResults>();
        services.AddScoped<TitleGrant>();
        return services;
    }

    /// <summary>The "Ballots" section bound onto the defaults; its key directory, when not set, is the certificates'.</summary>
    public static BallotOptions BallotOptionsOf(IConfiguration configuration)
    {
        var options = new BallotOptions { KeyDirectory = configuration["Certificates:KeyDirectory"] ?? new BallotOptions().KeyDirectory };
        configuration.GetSection("Ballots").Bind(options);
        return options;
    }
}
