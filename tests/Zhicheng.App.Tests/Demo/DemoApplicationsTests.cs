using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Applications;
using Zhicheng.Domain.Applications;
using Zhicheng.Domain.Organisations;

namespace Zhicheng.App.Tests.Demo;

/// <summary>The demo year's applications: at every step of their chains, in the queues of the demo accounts that act on them.</summary>
public sealed class DemoApplicationsTests(DemoCityFixture city) : IClassFixture<DemoCityFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Seed_PutsApplicationsAtEveryStepAndEnd()
    {
        await using var db = city.Open();
        var stages = await db.Applications.GroupBy(a => a.Stage).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, Cancel);
        stages.Keys.ShouldBe([ApplicationStage.InReview, ApplicationStage.Returned, ApplicationStage.Accepted, ApplicationStage.Withdrawn], ignoreOrder: true);
        var steps = await db.Applications.Where(a => a.Stage == ApplicationStage.InReview).Select(a => a.StepKind).Distinct().ToListAsync(Cancel);
        steps.ShouldBeSubsetOf([ReviewStepKind.Unit, ReviewStepKind.Department, ReviewStepKind.CountyBureau, ReviewStepKind.CommitteeOffice]);
        steps.ShouldContain(ReviewStepKind.Unit);
        steps.ShouldContain(ReviewStepKind.CountyBureau);
        steps.ShouldContain(ReviewStepKind.CommitteeOffice);
        (await db.Applications.AllAsync(a => a.Number.StartsWith("SB"), Cancel)).ShouldBeTrue();
        (await db.Applications.AllAsync(a => a.Steps.Count >= 2 && a.Events.Count >= 2, Cancel)).ShouldBeTrue();
    }

    [Theory]
    [InlineData("committee.office")]
    [InlineData("county.staff")]
    public async Task DemoReviewers_HaveAQueue(string userName)
    {
        await using var db = city.Open();
        var account = await db.Users.SingleAsync(u => u.UserName == userName, Cancel);
        var viewer = new Viewer(account.Id, account.DisplayName, account.Role, account.OrganisationId, account.PersonId);

        (await ApplicationAccess.Queue(db, viewer).CountAsync(Cancel)).ShouldBeGreaterThan(0);
    }
}
