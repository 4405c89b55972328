namespace Zhicheng.Web.Pages.Committees;

/// <summary>What the filing-fields partial needs: the values, the units to choose the scope from, the problems.</summary>
public sealed record FilingFieldsView(FilingInput Input, IReadOnlyList<UnitOption> Units, ProblemList Problems);
