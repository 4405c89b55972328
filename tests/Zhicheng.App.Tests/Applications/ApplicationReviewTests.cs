using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Applications;
using Zhicheng.App.Tests.Committees;
using Zhicheng.Domain.Applications;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Policy;
using Zhicheng.Tests.Shared;

namespace Zhicheng.App.Tests.Applications;

/// <summary>
/// What a reviewer may not do, each refused with its clause and nothing written: act on an application that is not in
/// review, act outside the chain or at another organisation's step, act on a stale version, return without a complete
/// list (MOHRSS-40-one-time-notice), reject without a reason; and what the applicant's side may not: withdraw after
/// acceptance.
/// </summary>
public sealed class ApplicationReviewTests : ApplicationServiceTest
{
    [Fact]
    public async Task Approve_WithdrawnApplication_Refused()
    {
        var application = await SubmittedAsync();
        await using (var doctor = await As(AccountRole.Applicant))
        {
            application = (await doctor.Applications.WithdrawAsync(doctor.Jurisdiction, application.Id, application.Version, "另行申报")).ShouldSucceed();
        }
        application.Stage.ShouldBe(ApplicationStage.Withdrawn);
        application.ReviewerOrganisationId.ShouldBeNull();
        var before = await WrittenAsync();
        await using var hr = await As(AccountRole.EmployerHr);

        (await hr.Review.ApproveAsync(hr.Jurisdiction, application.Id, application.Version, null, false))
            .ShouldBeRefused("", ClauseIds.Channels).Message.ShouldBe("该申报当前为“已撤回”，不在审核中");
        (await hr.Review.ReturnAsync(hr.Jurisdiction, application.Id, application.Version, ["缺少材料"], null))
            .ShouldBeRefused("", ClauseIds.Channels).Message.ShouldBe("该申报当前为“已撤回”，不在审核中");
        (await hr.Publicity.StartAsync(hr.Jurisdiction, application.Id, application.Version, null))
            .ShouldBeRefused("", ClauseIds.Channels).Message.ShouldBe("该申报当前为“已撤回”，不在审核中");
        (await WrittenAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Approve_RejectedApplication_Refused()
    {
        var application = await SubmittedAsync();
        await using (var hr = await As(AccountRole.EmployerHr))
        {
            application = (await hr.Review.RejectAsync(hr.Jurisdiction, application.Id, application.Version, "不在专业技术岗位")).ShouldSucceed();
        }
        var stored = await StoredAsync(application.Id);
        stored.Stage.ShouldBe(ApplicationStage.Rejected);
        stored.Events.Last().Note.ShouldBe("不在专业技术岗位");
        var before = await WrittenAsync();
        await using (var hr = await As(AccountRole.EmployerHr))
        {
            (await hr.Review.RejectAsync(hr.Jurisdiction, application.Id, application.Version, "再次不予通过"))
                .ShouldBeRefused("", ClauseIds.Channels).Message.ShouldBe("该申报当前为“不予通过”，不在审核中");
        }
        await using (var doctor = await As(AccountRole.Applicant))
        {
            (await doctor.Applications.SubmitAsync(doctor.Jurisdiction, application.Id, application.Version))
                .ShouldBeRefused("", ClauseIds.Channels).Message.ShouldBe("该申报当前为“不予通过”，不能提交");
            (await doctor.Applications.WithdrawAsync(doctor.Jurisdiction, application.Id, application.Version, null))
                .ShouldBeRefused("", ClauseIds.Channels).Message.ShouldBe("该申报当前为“不予通过”，不能撤回（评委会受理后不能撤回）");
        }
        (await WrittenAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task ActOnAccepted_ReviewAndWithdraw_Refused()
    {
        var application = await DoctorAtOfficeAsync();
        await using (var office = await As(Office))
        {
            application = (await office.Qualification.CheckAsync(office.Jurisdiction, application.Id, application.Version)).ShouldSucceed();
            application = (await office.Review.ApproveAsync(office.Jurisdiction, application.Id, application.Version, "受理", false)).ShouldSucceed();
        }
        application.Stage.ShouldBe(ApplicationStage.Accepted);
        var before = await WrittenAsync();
        await using (var office = await As(Office))
        {
            (await office.Review.RejectAsync(office.Jurisdiction, application.Id, application.Version, "重复受理"))
                .ShouldBeRefused("", ClauseIds.Channels).Message.ShouldBe("该申报当前为“已受理”，不在审核中");
        }
        foreach (var role in new[] { AccountRole.Applicant, AccountRole.EmployerHr })
        {
            await using var side = await As(role);
            (await side.Applications.WithdrawAsync(side.Jurisdiction, application.Id, application.Version, "不想参评了"))
                .ShouldBeRefused("", ClauseIds.Channels).Message.ShouldBe("该申报当前为“已受理”，不能撤回（评委会受理后不能撤回）");
        }
        (await WrittenAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Withdraw_ByNonApplicantSide_Refused()
    {
        var application = await SubmittedAsync();
        var before = await WrittenAsync();
        await using var county = await As(AccountRole.CountyStaff);

        (await county.Applications.WithdrawAsync(county.Jurisdiction, application.Id, application.Version, null))
            .ShouldBeRefused("", ClauseIds.Channels).Message.ShouldBe("只有申报人本人或其所在单位可以撤回申报");
        (await WrittenAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Review_ByAnotherCountysStaff_NotFound()
    {
        var application = await SubmittedAsync();
        var before = await WrittenAsync();
        await using var yongji = await As(YongjiStaff);

        (await yongji.Review.ApproveAsync(yongji.Jurisdiction, application.Id, application.Version, null, false)).ShouldBeNotFound();
        (await yongji.Review.ReturnAsync(yongji.Jurisdiction, application.Id, application.Version, ["缺少材料"], null)).ShouldBeNotFound();
        (await yongji.Review.RejectAsync(yongji.Jurisdiction, application.Id, application.Version, "不符合")).ShouldBeNotFound();
        (await yongji.Applications.FindAsync(yongji.Jurisdiction, application.Id)).ShouldBeNull();
        (await WrittenAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Approve_HospitalHrAtTheDepartmentStep_Refused()
    {
        var application = await AtDepartmentAsync();
        var before = await WrittenAsync();
        await using var hr = await As(AccountRole.EmployerHr);

        (await hr.Review.ApproveAsync(hr.Jurisdiction, application.Id, application.Version, null, false))
            .ShouldBeRefused("", ClauseIds.Channels).Message.ShouldBe("该申报当前在“主管部门审核”环节，由运城市卫生健康委员会办理，您不能办理");
        (await WrittenAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Approve_CountyBureauAtTheUnitStep_Refused()
    {
        var application = await SubmittedAsync();
        await using var county = await As(AccountRole.CountyStaff);

        (await county.Review.ApproveAsync(county.Jurisdiction, application.Id, application.Version, null, false))
            .ShouldBeRefused("", ClauseIds.Channels).Message.ShouldBe("该申报当前在“单位审核推荐”环节，由运城市中心医院办理，您不能办理");
    }

    [Fact]
    public async Task Approve_StaleVersion_RefusedAndNothingWritten()
    {
        var application = await SubmittedAsync();
        await using (var hr = await As(AccountRole.EmployerHr))
        {
            application = (await hr.Publicity.StartAsync(hr.Jurisdiction, application.Id, application.Version, null)).ShouldSucceed();
        }
        Clock.Today = new DateOnly(2025, 9, 1);
        var before = await WrittenAsync();
        await using (var hr = await As(AccountRole.EmployerHr))
        {
            (await hr.Review.ApproveAsync(hr.Jurisdiction, application.Id, application.Version - 1, null, false))
                .ShouldBeRefused("version", ClauseIds.Channels).Message.ShouldBe("该申报已被他人处理或修改，您的操作未执行；请刷新后查看最新状态");
        }
        (await WrittenAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("", Label = "NoItems")]
    [InlineData("|   ", Label = "BlankItems")]
    public async Task Return_WithoutAnyItem_Refused(string joined)
    {
        string[] items = joined.Length == 0 ? [] : joined.Split('|');
        var application = await SubmittedAsync();
        var before = await WrittenAsync();
        await using var hr = await As(AccountRole.EmployerHr);

        (await hr.Review.ReturnAsync(hr.Jurisdiction, application.Id, application.Version, items, "材料不全"))
            .ShouldBeRefused("items", ClauseIds.NationalOneTimeNotice).Message.ShouldBe("退回补正须一次性列明需要补正的全部问题（至少一项）");
        (await WrittenAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Return_ItemSpanningLines_Refused()
    {
        var application = await SubmittedAsync();
        await using var hr = await As(AccountRole.EmployerHr);

        (await hr.Review.ReturnAsync(hr.Jurisdiction, application.Id, application.Version, ["第一行\n第二行"], null))
            .ShouldBeRefused("items", ClauseIds.NationalOneTimeNotice).Message.ShouldBe("每项问题写成一行，不超过500字");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public async Task Reject_WithoutReason_Refused(string? reason)
    {
        var application = await SubmittedAsync();
        var before = await WrittenAsync();
        await using var hr = await As(AccountRole.EmployerHr);

        (await hr.Review.RejectAsync(hr.Jurisdiction, application.Id, application.Version, reason))
            .ShouldBeRefused("reason", ClauseIds.Channels).Message.ShouldBe("不予通过须写明理由");
        (await WrittenAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Queue_OfEachReviewer_HoldsOnlyItsCurrentStep()
    {
        var application = await AtDepartmentAsync();
        await using var db = Read();

        ApplicationAccess.Queue(db, Desk.ViewerOf(World, AccountRole.DepartmentReviewer)).Select(a => a.Id).ShouldBe([application.Id]);
        ApplicationAccess.Queue(db, Desk.ViewerOf(World, AccountRole.EmployerHr)).ShouldBeEmpty();
        ApplicationAccess.Queue(db, Desk.ViewerOf(World, AccountRole.CountyStaff)).ShouldBeEmpty();
        ApplicationAccess.Queue(db, Office).ShouldBeEmpty();
    }

    /// <summary>The doctor's application recommended by the hospital, now at the department's step.</summary>
    private async Task<TitleApplication> AtDepartmentAsync()
    {
        var application = await SubmittedAsync();
        await using (var hr = await As(AccountRole.EmployerHr))
        {
            application = (await hr.Publicity.StartAsync(hr.Jurisdiction, application.Id, application.Version, null)).ShouldSucceed();
        }
        Clock.Today = new DateOnly(2025, 9, 1);
        await using (var hr = await As(AccountRole.EmployerHr))
        {
            application = (await hr.Review.ApproveAsync(hr.Jurisdiction, application.Id, application.Version, "同意推荐", false)).ShouldSucceed();
        }
        application.StepKind.ShouldBe(ReviewStepKind.Department);
        return application;
    }
}
