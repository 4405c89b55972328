using Zhicheng.App.Tests.Committees;
using Zhicheng.Domain.Applications;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Policy;
using Zhicheng.Tests.Shared;

namespace Zhicheng.App.Tests.Applications;

/// <summary>
/// One application through its whole chain, through the services: submitted by the doctor, returned by the hospital
/// with a complete list, corrected, publicised for 5 working days, recommended, approved by the department and the
/// county bureau, checked and accepted by the committee office.
/// </summary>
public sealed class ReviewChainJourneyTests : ApplicationServiceTest
{
    [Fact]
    public async Task Application_ThroughEveryStep_IsAccepted()
    {
        var application = await SubmittedAsync();
        application.Stage.ShouldBe(ApplicationStage.InReview);
        application.Steps.Select(s => (s.Kind, s.OrganisationId)).ShouldBe(
        [
            (ReviewStepKind.Unit, World.Hospital.Id), (ReviewStepKind.Department, World.Health.Id),
            (ReviewStepKind.CountyBureau, World.Yanhu.Id), (ReviewStepKind.CommitteeOffice, World.Health.Id),
        ]);
        application.Number.ShouldBe($"SB2025-{application.Id:D6}");

        await using (var hr = await As(AccountRole.EmployerHr))
        {
            application = (await hr.Review.ReturnAsync(hr.Jurisdiction, application.Id, application.Version, ["缺少学历证书扫描件", "业绩成果未加盖单位公章"], null)).ShouldSucceed();
        }
        application.Stage.ShouldBe(ApplicationStage.Returned);
        await using (var doctor = await As(AccountRole.Applicant))
        {
            application = (await doctor.Applications.SubmitAsync(doctor.Jurisdiction, application.Id, application.Version)).ShouldSucceed();
        }
        application.StepKind.ShouldBe(ReviewStepKind.Unit);

        await using (var hr = await As(AccountRole.EmployerHr))
        {
            (await hr.Review.ApproveAsync(hr.Jurisdiction, application.Id, application.Version, null, false))
                .ShouldBeRefused("", ClauseIds.NationalUnitReview).Message.ShouldBe("推荐前须在单位内部公示不少于 5 个工作日");
            application = (await hr.Publicity.StartAsync(hr.Jurisdiction, application.Id, application.Version, null)).ShouldSucceed();
        }
        application.PublicityStart.ShouldBe(new DateOnly(2025, 8, 25));
        application.PublicityEnd.ShouldBe(new DateOnly(2025, 8, 29));

        Clock.Today = new DateOnly(2025, 8, 29);
        await using (var hr = await As(AccountRole.EmployerHr))
        {
            (await hr.Review.ApproveAsync(hr.Jurisdiction, application.Id, application.Version, null, false))
                .ShouldBeRefused("", ClauseIds.NationalUnitReview).Message.ShouldBe("公示期至 2025-08-29，期满后方可推荐");
        }
        Clock.Today = new DateOnly(2025, 9, 1);
        await using (var hr = await As(AccountRole.EmployerHr))
        {
            application = (await hr.Review.ApproveAsync(hr.Jurisdiction, application.Id, application.Version, "同意推荐", false)).ShouldSucceed();
        }
        await using (var dept = await As(AccountRole.DepartmentReviewer))
        {
            application = (await dept.Review.ApproveAsync(dept.Jurisdiction, application.Id, application.Version, null, false)).ShouldSucceed();
        }
        await using (var county = await As(AccountRole.CountyStaff))
        {
            application = (await county.Review.ApproveAsync(county.Jurisdiction, application.Id, application.Version, null, false)).ShouldSucceed();
        }
        application.StepKind.ShouldBe(ReviewStepKind.CommitteeOffice);
        await using (var office = await As(Office))
        {
            (await office.Review.ApproveAsync(office.Jurisdiction, application.Id, application.Version, null, false))
                .ShouldBeRefused("", ClauseIds.Channels).Message.ShouldBe("受理前须先进行资格审查");
            application = (await office.Qualification.CheckAsync(office.Jurisdiction, application.Id, application.Version)).ShouldSucceed();
            application.QualificationPassed.ShouldBe(true, application.QualificationSummary);
            application = (await office.Review.ApproveAsync(office.Jurisdiction, application.Id, application.Version, null, false)).ShouldSucceed();
        }

        var stored = await StoredAsync(application.Id);
        stored.Stage.ShouldBe(ApplicationStage.Accepted);
        stored.ReviewerOrganisationId.ShouldBeNull();
        stored.Events.OrderBy(e => e.Id).Select(e => e.Action).ShouldBe(
        [
            Features.Applications.ApplicationAction.Created, Features.Applications.ApplicationAction.Submitted,
            Features.Applications.ApplicationAction.Returned, Features.Applications.ApplicationAction.Resubmitted,
            Features.Applications.ApplicationAction.PublicityStarted, Features.Applications.ApplicationAction.Approved,
            Features.Applications.ApplicationAction.Approved, Features.Applications.ApplicationAction.Approved,
            Features.Applications.ApplicationAction.QualificationChecked, Features.Applications.ApplicationAction.Accepted,
        ]);
        stored.Events.Single(e => e.Action == Features.Applications.ApplicationAction.Returned).ItemList.ShouldBe(["缺少学历证书扫描件", "业绩成果未加盖单位公章"]);
    }
}
