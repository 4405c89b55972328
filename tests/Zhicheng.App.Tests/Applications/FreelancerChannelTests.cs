using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features.Applications;
using Zhicheng.App.Tests.Committees;
using Zhicheng.Domain.Applications;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Organisations;
using Zhicheng.Tests.Shared;

namespace Zhicheng.App.Tests.Applications;

/// <summary>
/// 兜底 (N2024-3.1c): a freelancer whose record the 盐湖区 bureau holds applies through it — the bureau opens, publicises
/// and recommends the application, and, being the county bureau itself, is not asked again as the county step; the
/// committee office checks and accepts.
/// </summary>
public sealed class FreelancerChannelTests : ApplicationServiceTest
{
    [Fact]
    public async Task Freelancer_ThroughTheCountyBureau_IsAccepted()
    {
        var freelancer = await DoctorLikeAsync("周医生", 301, World.Yanhu.Id, EmploymentType.Freelancer);
        TitleApplication application;
        await using (var county = await As(AccountRole.CountyStaff))
        {
            var created = (await county.Applications.CreateAsync(county.Jurisdiction, Promotion(freelancer))).ShouldSucceed();
            created.Channel.ShouldBe(Channel.HrBureau);
            created.UnitId.ShouldBe(World.Yanhu.Id);
            application = (await county.Applications.SubmitAsync(county.Jurisdiction, created.Id, created.Version)).ShouldSucceed();
        }
        application.Steps.OrderBy(s => s.Order).Select(s => (s.Kind, s.OrganisationId)).ShouldBe(
            [(ReviewStepKind.Unit, World.Yanhu.Id), (ReviewStepKind.CommitteeOffice, World.Health.Id)]);
        await using (var db = Read())
        {
            ApplicationAccess.Queue(db, Desk.ViewerOf(World, AccountRole.CountyStaff)).Select(a => a.Id).ShouldBe([application.Id]);
            ApplicationAccess.Queue(db, Desk.ViewerOf(World, AccountRole.EmployerHr)).ShouldBeEmpty();
        }
        await using (var hr = await As(AccountRole.EmployerHr))
        {
            (await hr.Applications.FindAsync(hr.Jurisdiction, application.Id)).ShouldBeNull();
        }

        await using (var county = await As(AccountRole.CountyStaff))
        {
            application = (await county.Publicity.StartAsync(county.Jurisdiction, application.Id, application.Version, null)).ShouldSucceed();
        }
        Clock.Today = new DateOnly(2025, 9, 1);
        await using (var county = await As(AccountRole.CountyStaff))
        {
            application = (await county.Review.ApproveAsync(county.Jurisdiction, application.Id, application.Version, "同意推荐", false)).ShouldSucceed();
        }
        application.StepKind.ShouldBe(ReviewStepKind.CommitteeOffice);
        application.ReviewerOrganisationId.ShouldBe(World.Health.Id);
        await using (var office = await As(Office))
        {
            application = (await office.Qualification.CheckAsync(office.Jurisdiction, application.Id, application.Version)).ShouldSucceed();
            application.QualificationPassed.ShouldBe(true, application.QualificationSummary);
            application = (await office.Review.ApproveAsync(office.Jurisdiction, application.Id, application.Version, null, false)).ShouldSucceed();
        }

        var stored = await StoredAsync(application.Id);
        stored.Stage.ShouldBe(ApplicationStage.Accepted);
        stored.Events.Where(e => e.Action == ApplicationAction.Approved).Select(e => e.StepKind).ShouldBe([ReviewStepKind.Unit]);
        stored.Events.Single(e => e.Action == ApplicationAction.Accepted).StepKind.ShouldBe(ReviewStepKind.CommitteeOffice);
    }
}
