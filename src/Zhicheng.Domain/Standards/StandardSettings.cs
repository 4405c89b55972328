namespace Zhicheng.Domain.Standards;

/// <summary>The numbers of the standard rules (<see cref="StandardRules"/>) that a bureau or a later notice could change.</summary>
public sealed record StandardSettings
{
    private readonly int _maxFourBasesWeight = Indicator.FullWeight;

    /// <summary>N2024's defaults.</summary>
    public static StandardSettings Default { get; } = new();

    /// <summary>
    /// N2024-1.1 "破四唯": the most weight, in percent, that indicators judged on papers, titles, degrees or awards may carry
    /// together. More than this is refused; exactly this passes. Default 100: refused only when all the weight rests on
    /// them (N2024-1.1 itself — and a standard with no weight on performance is refused whatever this says); a bureau may
    /// lower it. 0…100.
    /// </summary>
    public int MaxFourBasesWeight
    {
        get => _maxFourBasesWeight;
        init => _maxFourBasesWeight = value is >= 0 and <= Indicator.FullWeight
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxFourBasesWeight), value, "A share of the weight: 0 to 100 percent.");
    }
}
