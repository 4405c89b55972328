using Zhicheng.App.Features;
using Zhicheng.App.Features.Committees;
using Zhicheng.Domain.Eligibility;

namespace Zhicheng.Web.Pages.Committees;

/// <summary>An expert as the roster form posts one.</summary>
public sealed class MemberInput
{
    public string? Name { get; set; }
    public string? Employer { get; set; }
    public string? Specialty { get; set; }
    public TitleLevel TitleLevel { get; set; } = TitleLevel.AssociateSenior;
    public DateOnly? TermStart { get; set; }
    public DateOnly? TermEnd { get; set; }

    /// <summary>The form for the roster service, or the dates the form left blank (a term needs both ends).</summary>
    public (MemberForm? Form, IReadOnlyList<Problem> Missing) ToForm() => TermStart is { } start && TermEnd is { } end
        ? (new MemberForm(Name ?? "", Employer ?? "", Specialty ?? "", TitleLevel, start, end), [])
        : (null, [.. new[] { ("termStart", TermStart), ("termEnd", TermEnd) }.Where(d => d.Item2 is null).Select(d => new Problem(d.Item1, "请填写任期的开始日和结束日"))]);
}
