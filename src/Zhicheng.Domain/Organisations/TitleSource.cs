namespace Zhicheng.Domain.Organisations;

/// <summary>取得方式 — how a title held was obtained.</summary>
public enum TitleSource
{
    /// <summary>评审 — by an evaluation committee.</summary>
    Evaluation = 1,
    /// <summary>初定 — determined by the employer for a graduate (N2024-3.5b).</summary>
    InitialDetermination = 2,
    /// <summary>转评 — transferred into a new series/specialty at the same level (N2024-3.4).</summary>
    Transfer = 3,
    /// <summary>认定 — recognised from elsewhere (another province, a national examination).</summary>
    Recognised = 4,
}
