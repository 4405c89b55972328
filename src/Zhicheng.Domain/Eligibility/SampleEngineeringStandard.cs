namespace Zhicheng.Domain.Eligibility;

/// <summary>
/// SAMPLE DATA, not a published standard: plausible requirements for the engineering series (工程系列),
/// every specialty, so that the engine can decide applications before the standards catalogue exists.
/// Decisions that use it say so in their requirements' source.
/// </summary>
public sealed class SampleEngineeringStandard : IRequirementsSource
{
    /// <summary>Shown as the source of every requirement this table supplies.</summary>
    public const string SourceName = "内置示例数据：工程系列（非正式评价标准）";

    private static readonly Requirements Assistant = Make(tenure: 2, exceptionalTenure: 1, Degree.Secondary, achievements: 0, exceptionalAchievements: 2);
    private static readonly Requirements Intermediate = Make(tenure: 4, exceptionalTenure: 2, Degree.Associate, achievements: 1, exceptionalAchievements: 3);
    private static readonly Requirements AssociateSenior = Make(tenure: 5, exceptionalTenure: 3, Degree.Bachelor, achievements: 2, exceptionalAchievements: 4);
    private static readonly Requirements Senior = Make(tenure: 5, exceptionalTenure: 3, Degree.Bachelor, achievements: 3, exceptionalAchievements: 5);
    private static readonly Requirements Clerk = Make(tenure: 0, exceptionalTenure: 0, Degree.Secondary, achievements: 0, exceptionalAchievements: 0);

    public Requirements? Find(TitleTarget target, int year)
    {
        if (!Names.SameSeries(target.Series, "工程"))
        {
            return null;
        }
        return target.Level switch
        {
            TitleLevel.Clerk => Clerk,
            TitleLevel.Assistant => Assistant,
            TitleLevel.Intermediate => Intermediate,
            TitleLevel.AssociateSenior => AssociateSenior,
            TitleLevel.Senior => Senior,
            _ => null,
        };
    }

    private static Requirements Make(int tenure, int exceptionalTenure, Degree education, int achievements, int exceptionalAchievements) => new()
    {
        TenureYears = tenure,
        ExceptionalTenureYears = exceptionalTenure,
        MinEducation = education,
        MinAchievements = achievements,
        ExceptionalMinAchievements = exceptionalAchievements,
        TransferPostYears = 1,
        InitialDetermination = InitialDeterminationTable.NationalDefault,
        Source = SourceName,
    };
}
