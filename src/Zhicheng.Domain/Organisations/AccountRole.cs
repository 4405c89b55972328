namespace Zhicheng.Domain.Organisations;

/// <summary>The role an account acts in; each account has exactly one.</summary>
public enum AccountRole
{
    /// <summary>市人社局管理员.</summary>
    CityAdmin = 1,
    /// <summary>县级人社局工作人员.</summary>
    CountyStaff = 2,
    /// <summary>主管部门审核人员.</summary>
    DepartmentReviewer = 3,
    /// <summary>用人单位人事.</summary>
    EmployerHr = 4,
    /// <summary>评委会办公室工作人员.</summary>
    CommitteeOffice = 5,
    /// <summary>评审专家.</summary>
    Expert = 6,
    /// <summary>申报人 — a person's own account.</summary>
    Applicant = 7,
}
