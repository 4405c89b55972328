namespace Zhicheng.Domain.Eligibility;

/// <summary>
/// Where the checks' numbers come from: the evaluation standard in force for a target title in a year.
/// Until the standards catalogue exists, <see cref="SampleEngineeringStandard"/> answers for 工程系列;
/// the catalogue will answer for every published standard, and no check changes.
/// </summary>
public interface IRequirementsSource
{
    /// <summary>The requirements of the standard in force for <paramref name="target"/> in <paramref name="year"/>, or null when there is none.</summary>
    Requirements? Find(TitleTarget target, int year);
}
