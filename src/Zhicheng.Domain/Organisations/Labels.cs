using Zhicheng.Domain.Eligibility;

namespace Zhicheng.Domain.Organisations;

/// <summary>Code tables (English code + Chinese label) for organisations, roles and how a title was obtained.</summary>
public static class OrganisationCodes
{
    public static readonly CodeTable<OrganisationKind> Kind = new(
        (OrganisationKind.CityBureau, "city_bureau", ["市人社局", "市人力资源和社会保障局"]),
        (OrganisationKind.CountyBureau, "county_bureau", ["县级人社局", "县（市、区）人社局"]),
        (OrganisationKind.Department, "department", ["主管部门", "行业主管部门"]),
        (OrganisationKind.Employer, "employer", ["用人单位"]),
        (OrganisationKind.LabourDispatch, "labor_dispatch", ["劳务派遣单位"]),
        (OrganisationKind.TalentService, "talent_service", ["人才服务机构", "公共就业和人才服务机构"]));

    public static readonly CodeTable<AccountRole> Role = new(
        (AccountRole.CityAdmin, "city_admin", ["市人社局管理员"]),
        (AccountRole.CountyStaff, "county_staff", ["县级人社局工作人员"]),
        (AccountRole.DepartmentReviewer, "department_reviewer", ["主管部门审核人员"]),
        (AccountRole.EmployerHr, "employer_hr", ["用人单位人事"]),
        (AccountRole.CommitteeOffice, "committee_office", ["评委会办公室"]),
        (AccountRole.Expert, "expert", ["评审专家"]),
        (AccountRole.Applicant, "applicant", ["申报人"]));

    public static readonly CodeTable<TitleSource> Source = new(
        (TitleSource.Evaluation, "evaluation", ["评审"]),
        (TitleSource.InitialDetermination, "initial", ["初定"]),
        (TitleSource.Transfer, "transfer", ["转评"]),
        (TitleSource.Recognised, "recognised", ["认定"]));

    /// <summary>The channel (N2024-3.1c) through which a person's record-holding unit forwards applications.</summary>
    public static Channel ChannelOf(OrganisationKind unit) => unit switch
    {
        OrganisationKind.Employer => Channel.Employer,
        OrganisationKind.LabourDispatch => Channel.LaborDispatch,
        OrganisationKind.Department => Channel.CompetentDepartment,
        OrganisationKind.TalentService => Channel.TalentService,
        _ => Channel.HrBureau,
    };
}
