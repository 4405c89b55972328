using Zhicheng.Domain.Eligibility;

namespace Zhicheng.App.Features.Eligibility;

/// <summary>What to write in each spreadsheet column, for the template's explanation sheet and the docs.</summary>
public static class ColumnHelp
{
    public static string For(string path) => path switch
    {
        "id" => "本单位的编号，原样返回，可不填",
        "applicationYear" => "四位年份，如 2024",
        "materialDeadline" or "applicant.workStartDate" or "applicant.currentPost.since" or "applicant.currentTitle.obtainedOn"
            or "applicant.currentTitle.transferredOn" or "determinedOn" => "日期，如 2024-09-30（也可写 2024/9/30、2024年9月30日）",
        "route" => Labels(Codes.Route),
        "target.level" or "applicant.currentTitle.level" => Labels(Codes.Level),
        "applicant.idNumber" => "18位公民身份号码（GB 11643），末位校验码可为 X",
        "applicant.inService" => "是 / 否",
        "applicant.employmentType" => Labels(Codes.EmploymentType),
        "applicant.channel" => Labels(Codes.Channel),
        "applicant.education" => "每项写作“学历|全日制或非全日制|取得日期”，多项用分号隔开，如：本科|全日制|2012-06-30；硕士|非全日制|2018-06-30。学历：" + Labels(Codes.Degree),
        "applicant.achievements" => "每项写作“名称|取得日期”，多项用分号隔开",
        "applicant.assessments" => "每项写作“年度|等次”，多项用分号隔开，如：2022|合格；2023|优秀。等次：" + Labels(Codes.Grade),
        "applicant.integrity" => "诚信档案中的记录，每项写作“类别|记入日期”。类别：" + Labels(Codes.IntegrityKind),
        "otherApplicationsThisYear" => "本人本年度在其他评委会的申报，每项写作“系列|专业|级别”",
        "requirements.minEducation" => "可不填（按评价标准）；填写时为：" + Labels(Codes.Degree),
        _ when path.StartsWith("requirements.", StringComparison.Ordinal) => "可不填（按评价标准）；填写时覆盖标准中的该项，整数",
        _ => "文字",
    };

    private static string Labels<T>(CodeTable<T> table) where T : struct, Enum =>
        string.Join("、", table.Entries.Select(e => e.Label));
}
