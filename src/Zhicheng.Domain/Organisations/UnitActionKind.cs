namespace Zhicheng.Domain.Organisations;

/// <summary>
/// Supervision of a unit that failed its review duty (N2024-4.3b): first an order to rectify by a deadline; a notice of
/// criticism when the unit has not rectified.
/// </summary>
public enum UnitActionKind
{
    /// <summary>责令整改.</summary>
    RectificationOrder = 1,
    /// <summary>通报批评.</summary>
    CriticismNotice = 2,
}

public static class UnitActionKinds
{
    public static string Label(UnitActionKind kind) => kind == UnitActionKind.RectificationOrder ? "责令整改" : "通报批评";
}
