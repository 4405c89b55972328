using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhicheng.App.Features;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Standards;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Standards;
using Zhicheng.Web.Auth;
using Zhicheng.Web.Pages.Plans;

namespace Zhicheng.Web.Pages.Standards;

/// <summary>
/// 起草评价标准 — a new draft version (its content pre-filled from the sample standard, or from a published version
/// to revise), saved and then published: publishing lists every problem with its JSON path and clause (an empty
/// dimension, weights not totalling 100, "破四唯", N2024-1.1). A published version is immutable (N2024-1.2).
/// </summary>
public sealed class EditModel(StandardService standards, TimeProvider time) : PageModel
{
    /// <summary>The fields shown beside their own control; every other problem is about the content document.</summary>
    public static readonly string[] OwnFields = ["title", "series", "specialty", "level", "inForceFrom"];

    [BindProperty(Name = "title")]
    public string? Title { get; set; }

    [BindProperty(Name = "series")]
    public string? Series { get; set; }

    [BindProperty(Name = "specialty")]
    public string? Specialty { get; set; }

    [BindProperty(Name = "level")]
    public string? Level { get; set; }

    [BindProperty(Name = "inForceFrom")]
    public string? InForceFrom { get; set; }

    [BindProperty(Name = "content")]
    public string? ContentJson { get; set; }

    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    /// <summary>The version being edited; null for a new draft.</summary>
    public EvaluationStandard? Standard { get; private set; }

    public IReadOnlyList<Problem> Problems { get; private set; } = [];

    public string? Refused { get; private set; }

    public IEnumerable<Problem> ErrorsFor(string field) =>
        Array.IndexOf(OwnFields, field) >= 0 ? Problems.Where(p => p.Field == field) : Problems.Where(p => Array.IndexOf(OwnFields, p.Field) < 0);

    public async Task<IActionResult> OnGetAsync(int? id, int? from)
    {
        var jurisdiction = await HttpContext.JurisdictionAsync();
        if (!PlanAccess.MayUse(jurisdiction.Viewer))
        {
            return NotFound();
        }
        if (id is not null || from is not null)
        {
            var source = await standards.FindAsync(jurisdiction, (id ?? from)!.Value, HttpContext.RequestAborted);
            if (source is null)
            {
                return NotFound();
            }
            Standard = id is null ? null : source;
            (Title, Series, Specialty, Level, ContentJson) = (source.Title, source.Series, source.Specialty, Codes.Level.Code(source.Level), source.ContentJson);
            InForceFrom = (id is null ? Math.Max(source.InForceFrom, ThisYear) : source.InForceFrom).ToString(CultureInfo.InvariantCulture);
            return Page();
        }
        Level = Codes.Level.Code(TitleLevel.Intermediate);
        InForceFrom = ThisYear.ToString(CultureInfo.InvariantCulture);
        ContentJson = StandardJson.Write(SampleStandards.Engineering(TitleLevel.Intermediate), indented: true);
        return Page();
    }

    /// <summary>保存草稿: a new draft, or the draft's title, year and content.</summary>
    public async Task<IActionResult> OnPostSaveAsync(int? id)
    {
        var jurisdiction = await HttpContext.JurisdictionAsync();
        if (!PlanAccess.MayUse(jurisdiction.Viewer))
        {
            return NotFound();
        }
        var saved = await SaveAsync(jurisdiction, id);
        return saved switch
        {
            { IsNotFound: true } => NotFound(),
            { Succeeded: true } => Redirect($"/standards/edit/{saved.Value!.Id}?done=saved"),
            _ => Page(),
        };
    }

    /// <summary>保存并发布: saves, then publishes the version if it passes every rule; otherwise lists why not.</summary>
    public async Task<IActionResult> OnPostPublishAsync(int? id)
    {
        var jurisdiction = await HttpContext.JurisdictionAsync();
        if (!PlanAccess.MayUse(jurisdiction.Viewer))
        {
            return NotFound();
        }
        var saved = await SaveAsync(jurisdiction, id);
        if (saved.IsNotFound)
        {
            return NotFound();
        }
        if (!saved.Succeeded)
        {
            return Page();
        }
        Standard = saved.Value!;
        var published = await standards.PublishAsync(jurisdiction, Standard.Id, HttpContext.RequestAborted);
        if (published.IsNotFound)
        {
            return NotFound();
        }
        if (published.Succeeded)
        {
            return Redirect($"/standards/{Standard.Id}");
        }
        (Refused, Problems) = ("已保存为草稿，但未能发布", published.Problems);
        return Page();
    }

    /// <summary>
    /// Where the form posts: written out, because link generation for this page's optional-id route answers an empty
    /// action when the draft is new (the browser then posted to the page itself without its handler).
    /// </summary>
    public string HandlerUrl(string handler) => Standard is null ? $"/standards/edit?handler={handler}" : $"/standards/edit/{Standard.Id}?handler={handler}";

    public int ThisYear => DateOnly.FromDateTime(time.GetLocalNow().DateTime).Year;

    /// <summary>Creates or updates the draft; on refusal the problems are set and the form keeps what was typed.</summary>
    private async Task<Outcome<EvaluationStandard>> SaveAsync(Jurisdiction jurisdiction, int? id)
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (id is { } existing)
        {
            Standard = await standards.FindAsync(jurisdiction, existing, cancellationToken);
            if (Standard is null)
            {
                return Outcome<EvaluationStandard>.NotFound;
            }
            // What a version is for does not change once drafted; the form shows it without posting it.
            (Series, Specialty, Level) = (Standard.Series, Standard.Specialty, Codes.Level.Code(Standard.Level));
        }
        var problems = new List<Problem>();
        if (!Codes.Level.TryParse(Level, out var level))
        {
            problems.Add(new Problem("level", "请选择级别"));
        }
        if (!int.TryParse(InForceFrom, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            problems.Add(new Problem("inForceFrom", "施行年度应为四位年份，如 " + ThisYear.ToString(CultureInfo.InvariantCulture)));
        }
        var outcome = problems.Count > 0
            ? Outcome<EvaluationStandard>.Refused(problems)
            : id is { } standardId
                ? await standards.UpdateAsync(jurisdiction, standardId, Draft(level, year), cancellationToken)
                : await standards.CreateAsync(jurisdiction, Draft(level, year), cancellationToken);
        if (!outcome.Succeeded && !outcome.IsNotFound)
        {
            (Refused, Problems) = ("未能保存", outcome.Problems);
        }
        return outcome;
    }

    private StandardDraft Draft(TitleLevel level, int year) => new(Title ?? "", Series ?? "", Specialty, level, year, ContentJson ?? "");
}
