using System.Collections.Frozen;
using Zhicheng.Domain.Policy;

namespace Zhicheng.Domain.Standards;

/// <summary>The field names of the standard document (<see cref="StandardJson"/>), their Chinese labels, and the clause each part answers to.</summary>
public static class StandardFields
{
    public const string Indicators = "indicators";
    public const string Requirements = "requirements";
    public const string ExceptionalConditions = "exceptionalConditions";
    public const string InitialDetermination = "initialDetermination";

    private static readonly FrozenDictionary<string, string> Labels = new Dictionary<string, string>
    {
        [Indicators] = "评价指标",
        ["dimension"] = "评价维度",
        ["name"] = "指标名称",
        ["weight"] = "权重",
        ["basis"] = "评价依据",
        ["description"] = "指标说明",
        [Requirements] = "资格条件",
        ["tenureYears"] = "任职年限",
        ["exceptionalTenureYears"] = "破格任职年限",
        ["minEducation"] = "最低学历",
        ["minAchievements"] = "业绩成果数量",
        ["exceptionalMinAchievements"] = "破格业绩成果数量",
        ["transferPostYears"] = "转评前现岗位工作年限",
        [ExceptionalConditions] = "破格条件",
        [InitialDetermination] = "初定对照表",
        ["degree"] = "学历",
        ["minYears"] = "毕业年限",
        ["level"] = "级别",
        ["series"] = "系列",
        ["specialty"] = "专业",
    }.ToFrozenDictionary();

    /// <summary>"权重（weight）" — how a message names a field.</summary>
    public static string Label(string field) => Labels.TryGetValue(field, out var label) ? $"{label}（{field}）" : field;

    /// <summary>
    /// The clause a problem at <paramref name="path"/> answers to when no rule names one (a malformed document): the
    /// indicators N2024-1.1, the 初定 table N2024-3.5b, everything else the published standard itself, N2024-1.2.
    /// </summary>
    public static string ClauseFor(string path) =>
        path.StartsWith(Indicators, StringComparison.Ordinal) ? ClauseIds.StandardDimensions
        : path.StartsWith(InitialDetermination, StringComparison.Ordinal) ? ClauseIds.InitialDetermination
        : ClauseIds.StandardPublication;
}
