using Zhicheng.Domain.Eligibility;

namespace Zhicheng.Web.Pages.Eligibility;

/// <summary>The requirements a decision used, in one Chinese sentence.</summary>
public static class RequirementsText
{
    public static string Describe(Requirements r)
    {
        var parts = new List<string>();
        if (r.TenureYears is { } tenure)
        {
            parts.Add($"任职年限{tenure}年");
        }
        if (r.ExceptionalTenureYears is { } exceptional)
        {
            parts.Add($"破格任职年限{exceptional}年");
        }
        if (r.MinEducation is { } education)
        {
            parts.Add($"学历{Codes.Degree.Label(education)}及以上");
        }
        if (r.MinAchievements is { } achievements)
        {
            parts.Add($"业绩成果{achievements}项");
        }
        if (r.ExceptionalMinAchievements is { } exceptionalAchievements)
        {
            parts.Add($"破格业绩成果{exceptionalAchievements}项");
        }
        if (r.TransferPostYears is { } post)
        {
            parts.Add($"转评前现岗位{post}年");
        }
        var source = string.IsNullOrEmpty(r.Source) ? "" : $"（来源：{r.Source}）";
        return parts.Count == 0 ? $"本申报不适用年限、学历和业绩要求{source}" : $"要求：{string.Join("，", parts)}{source}";
    }
}
