namespace Zhicheng.App.Features.Eligibility;

/// <summary>
/// A JSON path built only when an error needs it: <c>applicant.assessments</c>, item 2, field <c>grade</c>
/// is written <c>applicant.assessments[2].grade</c>.
/// </summary>
public readonly struct FieldPath(string prefix, int index = -1, string? field = null)
{
    public int Index => index;

    public static implicit operator FieldPath(string path) => new(path);

    /// <summary>A field of this object (one level deeper).</summary>
    public FieldPath Field(string name) => field is null ? new(prefix, index, name) : new(ToString(), -1, name);

    public override string ToString() => (index, field) switch
    {
        ( < 0, null) => prefix,
        ( < 0, _) => $"{prefix}.{field}",
        (_, null) => $"{prefix}[{index}]",
        _ => $"{prefix}[{index}].{field}",
    };
}
