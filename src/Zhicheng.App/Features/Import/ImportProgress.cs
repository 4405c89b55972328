namespace Zhicheng.App.Features.Import;

public enum ImportStage
{
    /// <summary>The first pass: reading and checking, nothing written.</summary>
    Validating,
    /// <summary>The second pass, inside the transaction: <see cref="ImportProgress.Rows"/> rows of the sheet saved so far.</summary>
    Writing,
}

/// <summary>How far an import has got, reported every batch of rows.</summary>
public sealed record ImportProgress(ImportStage Stage, ImportSheet Sheet, int Rows);
